import { MessageBarGroup, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { type ActiveSeverity, type Finding, type Fix, type Locale, type Policy } from '../../engine';
import { fingerprint, type Acknowledgements } from '../../office/session';
import { t, type UiKey } from '../strings';
import { FindingCard } from './finding-card';

const GROUPS: ReadonlyArray<{ severity: ActiveSeverity; title: UiKey }> = [
  { severity: 'block', title: 'groupBlock' },
  { severity: 'warning', title: 'groupWarning' },
  { severity: 'info', title: 'groupInfo' },
];

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
  return (
    <>
      {GROUPS.map(({ severity, title }) => {
        const group = findings.filter((f) => f.severity === severity);
        if (group.length === 0) return null;
        const headingId = `group-${severity}`;
        return (
          <section key={severity} className={styles.section} aria-labelledby={headingId}>
            <Subtitle2 as="h2" id={headingId}>
              {t(title, locale, { count: group.length })}
            </Subtitle2>
            <MessageBarGroup className={styles.group}>
              {group.map((finding) => {
                const key = fingerprint(finding);
                return (
                  <FindingCard
                    key={key}
                    finding={finding}
                    ownClause={Boolean(policy.clauses[finding.rule])}
                    locale={locale}
                    busyFixId={busy}
                    acknowledged={Object.hasOwn(acknowledged, key) ? acknowledged[key]! : null}
                    onFix={(fix) => onFix(`${key}:${fix.id}`, fix)}
                    onAcknowledge={(reference) => onAcknowledge(finding, reference)}
                    onWithdraw={() => onWithdraw(finding)}
                  />
                );
              })}
            </MessageBarGroup>
          </section>
        );
      })}
    </>
  );
}
