import { Field, Input, Select, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale } from '../../engine';
import type { PlaygroundSession } from '../session';
import type { SimulatedMessage } from '../simulated-mailbox';
import { t, type UiKey } from '../strings';
import { AttachmentList } from './attachment-list';
import { RecipientField, type RecipientFieldName } from './recipient-field';

const COMPOSE_TYPES: ReadonlyArray<{ value: SimulatedMessage['composeType']; label: UiKey }> = [
  { value: 'newMail', label: 'composeNew' },
  { value: 'reply', label: 'composeReply' },
  { value: 'forward', label: 'composeForward' },
];

const RECIPIENT_FIELDS: readonly RecipientFieldName[] = ['to', 'cc', 'bcc'];

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS, flexWrap: 'wrap' },
  body: { minHeight: '14em' },
  bodyText: { fontFamily: tokens.fontFamilyBase, lineHeight: tokens.lineHeightBase400 },
});

export interface ComposeFormProps {
  readonly session: PlaygroundSession;
  readonly locale: Locale;
}

/**
 * The message as Outlook's compose window shows it. Edits go straight into the simulated item
 * (what the add-in reads); recipient and attachment edits also raise Outlook's change events.
 */
export function ComposeForm({ session, locale }: ComposeFormProps) {
  const styles = useStyles();
  const message = session.mailbox.message;
  const labels = session.mailbox.options.sensitivityLabels;
  const trackCursor = (target: HTMLTextAreaElement) => session.editMessage((m) => void (m.cursor = target.selectionStart));

  return (
    <form className={styles.form} aria-label={t('title', locale)} onSubmit={(event) => event.preventDefault()}>
      <Field label={t('from', locale)}>
        <Input value={message.from.emailAddress} onChange={(_, data) => session.editMessage((m) => void (m.from = { ...m.from, emailAddress: data.value }))} />
      </Field>
      {RECIPIENT_FIELDS.map((field) => (
        <RecipientField key={field} field={field} recipients={message[field]} locale={locale} onChange={(next) => session.editRecipients((m) => void (m[field] = next))} />
      ))}
      <Field label={t('subject', locale)}>
        <Input value={message.subject} data-testid="subject" onChange={(_, data) => session.editMessage((m) => void (m.subject = data.value))} />
      </Field>
      <Field label={t('body', locale)}>
        <Textarea
          className={styles.body}
          textarea={{ className: styles.bodyText, 'data-testid': 'body' } as object}
          resize="vertical"
          value={message.body}
          onChange={(event, data) => {
            const cursor = event.currentTarget.selectionStart;
            session.editMessage((m) => {
              m.body = data.value;
              m.bodyHtml = null;
              m.cursor = cursor;
            });
          }}
          onSelect={(event) => trackCursor(event.currentTarget)}
        />
      </Field>
      <AttachmentList attachments={message.attachments} locale={locale} onChange={(next) => session.editAttachments((m) => void (m.attachments = next))} />
      <div className={styles.row}>
        <Field label={t('composeType', locale)} size="small">
          <Select size="small" value={message.composeType} onChange={(_, data) => void session.setComposeType(data.value as SimulatedMessage['composeType'])}>
            {COMPOSE_TYPES.map((type) => (
              <option key={type.value} value={type.value}>
                {t(type.label, locale)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('sensitivity', locale)} size="small">
          <Select size="small" value={message.sensitivityLabel} onChange={(_, data) => session.editMessage((m) => void (m.sensitivityLabel = data.value))}>
            <option value="">{t('noLabel', locale)}</option>
            {labels.map((label) => (
              <option key={label.id} value={label.id}>
                {label.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </form>
  );
}
