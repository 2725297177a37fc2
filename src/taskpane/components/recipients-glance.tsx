import { Button, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useId, useMemo, useState } from 'react';
import type { Fix, Locale, RecipientField } from '../../engine';
import { summarizeRecipients, type DomainSummary } from '../../engine/recipients-summary';
import { acknowledgementKey } from '../../office/session';
import { fixTitleParts } from '../bidi';
import { t, type UiKey } from '../strings';
import type { PreflightState } from '../use-preflight';
import { Sentence, Value } from './isolated';

const FIELDS: Readonly<Record<RecipientField, UiKey>> = { to: 'glanceFieldTo', cc: 'glanceFieldCc', bcc: 'glanceFieldBcc' };

// Plain elements styled with tokens, rather than more Fluent components: the pane's script has a budget.
const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', alignItems: 'start', rowGap: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase200 },
  toggle: { paddingLeft: 0, minWidth: 0, height: 'auto', textAlign: 'start' },
  list: { margin: 0, padding: 0, listStyleType: 'none', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS, alignSelf: 'stretch' },
  domain: { borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`, paddingLeft: tokens.spacingHorizontalS, overflowWrap: 'anywhere' },
  external: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  // Text and border in one colour, currentColor for the border: legible in dark and high-contrast themes.
  badge: { marginInline: tokens.spacingHorizontalXS, paddingInline: tokens.spacingHorizontalXS, border: `${tokens.strokeWidthThin} solid currentColor`, borderRadius: tokens.borderRadiusSmall, color: tokens.colorPaletteDarkOrangeForeground1 },
  quiet: { color: tokens.colorNeutralForeground2 },
  entries: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export interface RecipientsGlanceProps {
  readonly state: PreflightState;
  readonly locale: Locale;
  runFix(key: string, fix: Fix): Promise<unknown>;
}

/**
 * «Recipients at a glance»: the draft's recipients grouped by domain, external domains first and
 * marked, with their counts per field and their addresses; and, when external-recipients offers
 * it, its button that moves the external To and CC recipients to BCC, through the findings' fix path.
 */
export function RecipientsGlance({ state, locale, runFix }: RecipientsGlanceProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(true);
  const headingId = useId();
  const listId = useId();
  const draft = state.read?.draft;
  const policy = state.loaded?.policy;
  const summary = useMemo(() => (draft && policy ? summarizeRecipients(draft, policy) : null), [draft, policy]);
  if (!summary || summary.total === 0) return null;
  const finding = state.evaluation?.findings.find((f) => f.rule === 'external-recipients');
  const fix = finding?.fixes.find((f) => f.id === 'move-external-to-bcc');
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="recipients-glance">
      <Subtitle2 as="h2" id={headingId}>
        <Button className={styles.toggle} appearance="transparent" icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />} aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          {t('glanceTitle', locale, { total: summary.total, domains: summary.domains.length, external: summary.domains.filter((d) => !d.internal).length })}
        </Button>
      </Subtitle2>
      {finding && fix && (
        <Button size="small" appearance="primary" disabled={state.busy !== null} onClick={() => void runFix(`${acknowledgementKey(finding)}:${fix.id}`, fix)}>
          <Sentence parts={fixTitleParts(finding, fix)} revealIn={locale} />
        </Button>
      )}
      <ul id={listId} hidden={!open} className={styles.list}>
        {summary.domains.map((domain) => (
          <DomainRow key={domain.domain} domain={domain} locale={locale} styles={styles} />
        ))}
      </ul>
    </section>
  );
}

/** One domain: its name, an external badge and the counts; opened, its entries with their fields. */
function DomainRow({ domain, locale, styles }: { domain: DomainSummary; locale: Locale; styles: ReturnType<typeof useStyles> }) {
  const counts = (Object.keys(FIELDS) as RecipientField[]).filter((field) => domain.counts[field] > 0).map((field) => `${t(FIELDS[field], locale)} ${domain.counts[field]}`);
  return (
    <li className={domain.internal ? styles.domain : `${styles.domain} ${styles.external}`} data-domain={domain.domain} data-external={!domain.internal}>
      <details>
        <summary>
          <strong>{domain.domain ? <Value text={domain.domain} revealIn={locale} /> : t('glanceNoDomain', locale)}</strong>
          {!domain.internal && <span className={styles.badge}>{t('glanceExternal', locale)}</span>}{' '}
          <span className={styles.quiet} data-part="counts">
            {counts.join(' · ')}
          </span>
        </summary>
        <ul className={styles.entries}>
          {domain.entries.map((entry, index) => (
            <li key={index}>
              <span className={styles.quiet}>{t(FIELDS[entry.field], locale)}</span>{' '}
              {entry.name ? (
                <>
                  <Value text={entry.name} revealIn={locale} /> <Value text={`<${entry.address}>`} revealIn={locale} />
                </>
              ) : (
                <Value text={entry.address} revealIn={locale} />
              )}
              {entry.group && <span className={styles.quiet}> · {t('glanceGroup', locale)}</span>}
            </li>
          ))}
        </ul>
      </details>
    </li>
  );
}
