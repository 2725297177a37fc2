import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { RULE_CATALOG, type Finding, type Fix, type Locale, type RuleId } from '../../engine';
import { fixTitleParts, messageParts } from '../bidi';
import { t, tParts } from '../strings';
import { Sentence, Value } from './isolated';
import { MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from './message-bar';
import { ReviewStep } from './review-step';

const INTENT = { block: 'error', warning: 'warning', info: 'info' } as const;

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, minWidth: 0 },
  message: { overflowWrap: 'anywhere' },
  clause: {
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    color: tokens.colorNeutralForeground2,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  instruction: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS, minWidth: 0, maxWidth: '100%' },
  // A label quoting the draft (a long subject) wraps inside the button instead of widening it.
  button: { maxWidth: '100%', minWidth: 0, overflowWrap: 'anywhere', height: 'auto' },
  acknowledged: { color: tokens.colorNeutralForeground3 },
});

export interface FindingCardProps {
  readonly finding: Finding;
  /** Whether the finding's clause is the organisation's own (policy `clauses`), not the rule's built-in principle. */
  readonly ownClause: boolean;
  readonly locale: Locale;
  readonly busyFixId: string | null;
  /** The reference the user acknowledged this finding with ('' for none), or null when not acknowledged. */
  readonly acknowledged: string | null;
  /** The reference this rule's step was last confirmed with, offered again when a change reopens it. */
  readonly lastReference?: string;
  onFix(fix: Fix): void;
  onAcknowledge(reference?: string): void;
  onWithdraw(): void;
}

/** A rule's name; a custom rule's is its id (its message is the admin's own words). */
export function ruleTitle(rule: string, locale: Locale): string {
  return Object.hasOwn(RULE_CATALOG, rule) ? RULE_CATALOG[rule as RuleId].title[locale] : rule;
}


/** One finding as a message bar: what is wrong, the organisation's clause or the rule's principle, and its fixes. */
export function FindingCard({ finding, ownClause, locale, busyFixId, acknowledged, lastReference = '', onFix, onAcknowledge, onWithdraw }: FindingCardProps) {
  const styles = useStyles();
  const [instruction, setInstruction] = useState<string | null>(null);
  const applyOrShow = (fix: Fix) => {
    if (fix.action.kind === 'showInstruction') setInstruction(fix.action.text);
    else onFix(fix);
  };
  return (
    <MessageBar intent={INTENT[finding.severity]} layout="multiline" data-rule={finding.rule}>
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{ruleTitle(finding.rule, locale)}</MessageBarTitle>
        <Text className={styles.message} data-part="message">
          <Sentence parts={messageParts(finding)} revealIn={locale} />
        </Text>
        {finding.clause && (
          <Text className={styles.clause} data-part="clause" size={200}>
            <Sentence parts={tParts(ownClause ? 'ownClause' : 'principle', locale, { clause: finding.clause })} />
          </Text>
        )}
        {instruction !== null && (
          <Text className={styles.instruction} role="status">
            <strong>{t('instruction', locale)}</strong>
            <Value text={instruction} />
          </Text>
        )}
        {finding.acknowledge && <ReviewStep step={finding.acknowledge} locale={locale} confirmed={acknowledged} lastReference={lastReference} onConfirm={onAcknowledge} onWithdraw={onWithdraw} />}
        {!finding.acknowledge && acknowledged !== null && (
          <Text className={styles.acknowledged} size={200}>
            {t('acknowledged', locale)}
          </Text>
        )}
      </MessageBarBody>
      <MessageBarActions>
        <div className={styles.actions}>
          {finding.fixes.map((fix) => (
            <Button key={fix.id} className={styles.button} size="small" appearance="primary" disabled={busyFixId !== null} onClick={() => applyOrShow(fix)}>
              <Sentence parts={fixTitleParts(finding, fix)} revealIn={locale} />
            </Button>
          ))}
          {finding.severity === 'warning' && !finding.acknowledge && acknowledged === null && (
            <Button size="small" appearance="secondary" onClick={() => onAcknowledge()}>
              {t('acknowledge', locale)}
            </Button>
          )}
        </div>
      </MessageBarActions>
    </MessageBar>
  );
}
