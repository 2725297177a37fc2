import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { AcknowledgeRequest, Locale } from '../../engine';
import { cleanReference } from '../../office/audit-header';
import { t } from '../strings';
import { CheckboxField, TextField } from './review-controls';

/** What the field takes; the header keeps the first 40 characters (RULES.md «Review steps»). */
const MAX_REFERENCE_INPUT = 200;

const useStyles = makeStyles({
  step: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  label: { overflowWrap: 'anywhere' },
  status: { color: tokens.colorNeutralForeground3 },
  field: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  fieldLabel: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

export interface ReviewStepProps {
  readonly step: AcknowledgeRequest;
  readonly locale: Locale;
  /** The reference confirmed for this finding, or null while the step is still open. */
  readonly confirmed: string | null;
  /** What the field starts with while the step is open: the reference given before a change reopened it. */
  readonly lastReference?: string;
  onConfirm(reference: string): void;
  onWithdraw(): void;
}

/**
 * The organisation's review step for a finding (审批, 群发申请): a checkbox with the admin's label and,
 * when the step names one, the reference field. Ticking needs the reference; once ticked the
 * reference is kept as given, and unticking reopens it.
 */
export function ReviewStep({ step, locale, confirmed, lastReference = '', onConfirm, onWithdraw }: ReviewStepProps) {
  const styles = useStyles();
  const [reference, setReference] = useState(confirmed ?? lastReference);
  const [missing, setMissing] = useState(false);
  const statusId = useId();
  const inputId = useId();
  const errorId = useId();
  const done = confirmed !== null;
  const toggle = (checked: boolean) => {
    if (!checked) return onWithdraw();
    // What the header will carry: a reference of only `;` or line breaks is none.
    const given = step.reference ? cleanReference(reference) : '';
    if (step.reference && given === '') return setMissing(true);
    setMissing(false);
    onConfirm(given);
  };
  return (
    <div className={styles.step} data-part="review">
      {step.reference && (
        // A native label and message rather than Fluent's Field: the pane's bundle has little room, and this is all Field would add.
        <div className={styles.field}>
          <label htmlFor={inputId} className={styles.fieldLabel}>
            {step.reference}
          </label>
          <TextField
            id={inputId}
            value={reference}
            readOnly={done}
            required
            maxLength={MAX_REFERENCE_INPUT}
            aria-invalid={missing}
            aria-describedby={missing ? errorId : undefined}
            data-part="review-reference"
            onChange={(value) => {
              setReference(value);
              if (value.trim() !== '') setMissing(false);
            }}
          />
          {missing && (
            <Text id={errorId} className={styles.error} size={200} role="alert">
              {t('reviewReferenceMissing', locale, { reference: step.reference })}
            </Text>
          )}
        </div>
      )}
      <CheckboxField className={styles.label} checked={done} label={step.label} aria-describedby={statusId} data-part="review-confirm" onChange={toggle} />
      <Text id={statusId} className={styles.status} size={200} role="status">
        {t(done ? 'reviewDone' : 'reviewPending', locale)}
      </Text>
    </div>
  );
}
