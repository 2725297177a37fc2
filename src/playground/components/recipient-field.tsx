import { RemoveButton } from './remove-button';
import { Button, Input, Label, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Locale } from '../../engine';
import type { EmailAddressDetailsLike } from '../../office/mailbox';
import { formatRecipient, parseRecipient } from '../format';
import { t, type UiKey } from '../strings';

export type RecipientFieldName = 'to' | 'cc' | 'bcc';

/** The recipient types the playground offers (Office.js `MailboxEnums.RecipientType`). */
const RECIPIENT_TYPES: ReadonlyArray<{ value: string; label: UiKey }> = [
  { value: 'user', label: 'typeUser' },
  { value: 'distributionList', label: 'typeDistributionList' },
  { value: 'externalUser', label: 'typeExternal' },
];

const useStyles = makeStyles({
  label: { display: 'block', marginBottom: tokens.spacingVerticalXXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  chip: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  chipText: { overflowWrap: 'anywhere' },
  add: { display: 'flex', columnGap: tokens.spacingHorizontalXS, marginTop: tokens.spacingVerticalXS },
  addInput: { flexGrow: 1, minWidth: '12em' },
});

export interface RecipientFieldProps {
  readonly field: RecipientFieldName;
  readonly recipients: readonly EmailAddressDetailsLike[];
  readonly locale: Locale;
  onChange(next: EmailAddressDetailsLike[]): void;
}

/** One of To / CC / BCC: resolved recipients with a type picker each, and a line to add one. */
export function RecipientField({ field, recipients, locale, onChange }: RecipientFieldProps) {
  const styles = useStyles();
  const labelId = useId();
  const [draft, setDraft] = useState('');
  const [draftType, setDraftType] = useState('user');
  const [invalid, setInvalid] = useState(false);
  const fieldLabel = t(field, locale);

  const add = () => {
    const recipient = parseRecipient(draft, draftType);
    setInvalid(recipient === null);
    if (!recipient) return;
    onChange([...recipients, recipient]);
    setDraft('');
  };
  const retype = (index: number, recipientType: string) => onChange(recipients.map((r, i) => (i === index ? { ...r, recipientType } : r)));
  const remove = (index: number) => onChange(recipients.filter((_, i) => i !== index));

  return (
    <div role="group" aria-labelledby={labelId} data-testid={`recipients-${field}`}>
      <Label id={labelId} className={styles.label}>
        {fieldLabel}
      </Label>
      <ul className={styles.list}>
        {recipients.map((recipient, index) => (
          <li key={`${recipient.emailAddress}-${index}`} className={styles.chip} data-address={recipient.emailAddress}>
            <span className={styles.chipText}>{formatRecipient(recipient)}</span>
            <Select
              size="small"
              appearance="underline"
              aria-label={t('recipientTypeOf', locale, { address: recipient.emailAddress })}
              value={recipient.recipientType ?? 'user'}
              onChange={(_, data) => retype(index, data.value)}
            >
              {RECIPIENT_TYPES.map((type) => (
                <option key={type.value} value={type.value}>
                  {t(type.label, locale)}
                </option>
              ))}
            </Select>
            <RemoveButton label={t('remove', locale, { what: recipient.emailAddress })} onClick={() => remove(index)} />
          </li>
        ))}
      </ul>
      <div className={styles.add}>
        <Input
          className={styles.addInput}
          size="small"
          type="email"
          value={draft}
          aria-label={t('newRecipient', locale, { field: fieldLabel })}
          aria-invalid={invalid}
          placeholder="name@contoso.com"
          onChange={(_, data) => {
            setDraft(data.value);
            setInvalid(false);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') add();
          }}
        />
        <Select size="small" aria-label={`${fieldLabel}: ${t('recipientType', locale)}`} value={draftType} onChange={(_, data) => setDraftType(data.value)}>
          {RECIPIENT_TYPES.map((type) => (
            <option key={type.value} value={type.value}>
              {t(type.label, locale)}
            </option>
          ))}
        </Select>
        <Button size="small" onClick={add} aria-label={`${t('addRecipient', locale)}: ${fieldLabel}`}>
          {t('addRecipient', locale)}
        </Button>
      </div>
    </div>
  );
}
