import { RemoveButton } from './remove-button';
import { Button, Checkbox, Field, Input, Label, Select, makeStyles, tokens } from '@fluentui/react-components';
import { AttachRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import type { Locale } from '../../engine';
import { toBase64 } from '../blank-attachment';
import { SIZE_UNITS, formatSize, type SizeUnit } from '../format';
import type { SimulatedAttachment } from '../simulated-mailbox';
import { t } from '../strings';

const useStyles = makeStyles({
  label: { display: 'block', marginBottom: tokens.spacingVerticalXXS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  name: { overflowWrap: 'anywhere', flexGrow: 1 },
  size: { color: tokens.colorNeutralForeground2, fontVariantNumeric: 'tabular-nums' },
  empty: { color: tokens.colorNeutralForeground3 },
  add: { display: 'flex', alignItems: 'end', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap', marginTop: tokens.spacingVerticalS },
  sizeInput: { width: '7em' },
});

export interface AttachmentListProps {
  readonly attachments: readonly SimulatedAttachment[];
  readonly locale: Locale;
  onChange(next: SimulatedAttachment[]): void;
}

let nextAttachmentId = 1;

/** The message's attachments with name, size and inline flag; add and remove like Outlook's attach/remove. */
export function AttachmentList({ attachments, locale, onChange }: AttachmentListProps) {
  const styles = useStyles();
  const labelId = useId();
  const [name, setName] = useState('');
  const [size, setSize] = useState('100');
  const [unit, setUnit] = useState<SizeUnit>('KB');
  const [inline, setInline] = useState(false);
  const bytes = Math.round(Number(size) * SIZE_UNITS[unit]);
  const canAdd = name.trim() !== '' && Number.isFinite(bytes) && bytes >= 0;

  const add = () => {
    if (!canAdd) return;
    onChange([...attachments, { id: `att-added-${nextAttachmentId++}`, name: name.trim(), size: bytes, isInline: inline, attachmentType: 'file' }]);
    setName('');
  };

  /** A real file: the simulated mailbox hands its bytes to getAttachmentContentAsync, so the pane reads what is in it. */
  const attachFiles = async (files: FileList | null) => {
    const added: SimulatedAttachment[] = [];
    for (const file of Array.from(files ?? [])) {
      const content = toBase64(new Uint8Array(await file.arrayBuffer()));
      added.push({ id: `att-added-${nextAttachmentId++}`, name: file.name, size: file.size, isInline: false, attachmentType: 'file', content });
    }
    if (added.length > 0) onChange([...attachments, ...added]);
  };

  return (
    <section aria-labelledby={labelId} data-testid="attachments">
      <Label id={labelId} className={styles.label}>
        {t('attachments', locale)}
      </Label>
      {attachments.length === 0 ? (
        <span className={styles.empty}>{t('noAttachments', locale)}</span>
      ) : (
        <ul className={styles.list}>
          {attachments.map((attachment) => (
            <li key={attachment.id} className={styles.row} data-attachment={attachment.name}>
              <AttachRegular aria-hidden />
              <span className={styles.name}>{attachment.name}</span>
              <span className={styles.size}>{formatSize(attachment.size)}</span>
              <Checkbox
                label={t('inline', locale)}
                checked={attachment.isInline}
                onChange={(_, data) => onChange(attachments.map((a) => (a.id === attachment.id ? { ...a, isInline: data.checked === true } : a)))}
              />
              <RemoveButton label={t('remove', locale, { what: attachment.name })} onClick={() => onChange(attachments.filter((a) => a.id !== attachment.id))} />
            </li>
          ))}
        </ul>
      )}
      <div className={styles.add}>
        <Field label={t('attachmentName', locale)} size="small">
          <Input size="small" value={name} placeholder="report.pdf" onChange={(_, data) => setName(data.value)} />
        </Field>
        <Field label={t('attachmentSize', locale)} size="small">
          <Input className={styles.sizeInput} size="small" type="number" min={0} value={size} onChange={(_, data) => setSize(data.value)} />
        </Field>
        <Select size="small" aria-label={t('sizeUnit', locale)} value={unit} onChange={(_, data) => setUnit(data.value as SizeUnit)}>
          <option value="KB">KB</option>
          <option value="MB">MB</option>
        </Select>
        <Checkbox label={t('inline', locale)} checked={inline} onChange={(_, data) => setInline(data.checked === true)} />
        <Button size="small" icon={<AttachRegular />} disabled={!canAdd} onClick={add}>
          {t('addAttachment', locale)}
        </Button>
      </div>
      <div className={styles.add}>
        <Field label={t('attachFile', locale)} size="small" hint={t('attachFileHint', locale)}>
          {(fieldProps) => (
            <input
              {...fieldProps}
              type="file"
              multiple
              data-testid="attach-file"
              onChange={(event) => {
                const input = event.currentTarget;
                void attachFiles(input.files).then(() => (input.value = ''));
              }}
            />
          )}
        </Field>
      </div>
    </section>
  );
}
