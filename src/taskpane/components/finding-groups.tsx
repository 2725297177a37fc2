import { Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { type ActiveSeverity, type Finding, type Fix, type Locale, type Policy } from '../../engine';
import { acknowledgedRule, acknowledgementKey, type Acknowledgements } from '../../office/session';
import { t, type UiKey } from '../strings';
import { FindingCard } from './finding-card';

type Group = ActiveSeverity | 'review';

/** Worst first. Findings with a review step have a group of their own: Send waits for them as for a block, whatever their severity. */
const GROUPS: ReadonlyArray<{ group: Group; title: UiKey }> = [
  { group: 'block', title: 'groupBlock' },
  { group: 'review', title: 'groupReview' },
  { group: 'warning', title: 'groupWarning' },
  { group: 'info', title: 'groupInfo' },
];

const groupOf = (finding: Finding): Group => (finding.acknowledge ? 'review' : finding.severity);

/**
 * The reference last confirmed for each rule's step: when a change reopens the step (another
 * recipient), the field offers it again rather than starting empty.
 */
function lastReferences(acknowledged: Acknowledgements): ReadonlyMap<string, string> {
  const references = new Map<string, string>();
  for (const [key, reference] of Object.entries(acknowledged)) if (reference) references.set(acknowledgedRule(key), reference);
  return references;
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export interface FindingGroupsProps {
  readonly findings: readonly Finding[];
  readonly policy: Policy;
  readonly locale: Locale;
  readonly busy: string | null;
  readonly acknowledged: Acknowledgements;
  onFix(key: string, fix: Fix): void;
  onAcknowledge(finding: Finding, reference?: string): void;
  onWithdraw(finding: Finding): void;
}

/** Findings grouped by severity, worst first; each group is a labelled list. */
export function FindingGroups({ findings, policy, locale, busy, acknowledged, onFix, onAcknowledge, onWithdraw }: FindingGroupsProps) {
  const styles = useStyles();
  const references = lastReferences(acknowledged);
  return (
    <>
      {GROUPS.map(({ group: name, title }) => {
        const group = findings.filter((f) => groupOf(f) === name);
        if (group.length === 0) return null;
        const headingId = `group-${name}`;
        return (
          <section key={name} className={styles.section} aria-labelledby={headingId}>
            <Subtitle2 as="h2" id={headingId}>
              {t(title, locale, { count: group.length })}
            </Subtitle2>
            <div className={styles.group}>
              {group.map((finding) => {
                const key = acknowledgementKey(finding);
                return (
                  <FindingCard
                    key={key}
                    finding={finding}
                    ownClause={Boolean(policy.clauses[finding.rule])}
                    locale={locale}
                    busyFixId={busy}
                    acknowledged={Object.hasOwn(acknowledged, key) ? acknowledged[key]! : null}
                    lastReference={references.get(finding.rule) ?? ''}
                    onFix={(fix) => onFix(`${key}:${fix.id}`, fix)}
                    onAcknowledge={(reference) => onAcknowledge(finding, reference)}
                    onWithdraw={() => onWithdraw(finding)}
                  />
                );
              })}
            </div>
          </section>
        );
      })}
    </>
  );
}
