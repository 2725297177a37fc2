import { Button, FluentProvider, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { DEFAULT_POLICY, LOCALES, type Locale } from '../engine';
import { AttachmentNotice } from './components/attachment-notice';
import { DeferNotice } from './components/defer-notice';
import { FindingGroups } from './components/finding-groups';
import { LocaleSelect } from './components/locale-select';
import { MessageBar, MessageBarBody, MessageBarTitle } from './components/message-bar';
import { RecipientsGlance } from './components/recipients-glance';
import { Spinner } from './components/spinner';
import { Tabs } from './components/tabs';
import { Templates } from './components/templates';
import { FailedRulesNotice, UnreadNotice } from './components/unread-notice';
import { displayLocale, switchLocale } from '../office/locale';
import { safely } from '../office/safely';
import { confirmationOf } from '../office/session';
import { LOCALE_PREFERENCE, savedLocale, type PaneHost } from './host';
import { Sentence, Value } from './components/isolated';
import { t, tParts } from './strings';
import { THEMES, themeFor } from './theme';
import { usePreflight } from './use-preflight';

const useStyles = makeStyles({
  // overflow-wrap is inherited: no text in the pane, ours or anyone's, can make it wider than Outlook's pane.
  root: { minHeight: '100vh', boxSizing: 'border-box', padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, minWidth: 0, overflowWrap: 'anywhere' },
  header: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  controls: { display: 'flex', alignItems: 'end', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  details: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
});

type PaneTab = 'findings' | 'templates';

export interface AppProps {
  readonly host: PaneHost;
  /** Forced colours (Windows high contrast), from `matchMedia('(forced-colors: active)')`. */
  readonly forcedColors?: boolean;
}

/** The Preflight task pane. */
export function App({ host, forcedColors = false }: AppProps) {
  const [chosenLocale, setChosenLocale] = useState<Locale | null>(() => savedLocale(host));
  const [tab, setTab] = useState<PaneTab>('findings');
  const initialLocale = chosenLocale ?? displayLocale(host.context);
  const { state, recheck, runFix, acknowledge, withdraw, insertTemplate } = usePreflight(host, initialLocale);
  const locale = chosenLocale ?? displayLocale(host.context, state.loaded?.policy.locale ?? undefined);
  const theme = useMemo(() => THEMES[themeFor(host.themeBackground, forcedColors)], [host.themeBackground, forcedColors]);
  const styles = useStyles();

  const chooseLocale = (value: string) => {
    const next = LOCALES.find((l) => l === value) ?? null;
    setChosenLocale(next);
    if (!next) return;
    safely(() => host.preferences?.set(LOCALE_PREFERENCE, next));
    // The bars and this message's Send dialog follow the pane's language too.
    void switchLocale(host.context, next, state.read && state.loaded ? { draft: state.read.draft, policy: state.loaded.policy } : null);
  };

  return (
    <FluentProvider theme={theme} lang={locale} dir="ltr">
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">{t('title', locale)}</Title3>
          <Button icon={<ArrowClockwiseRegular />} aria-label={t('refresh', locale)} title={t('refresh', locale)} appearance="subtle" onClick={() => void recheck(true)} />
        </header>
        <div className={styles.controls}>
          <LocaleSelect label={t('language', locale)} value={locale} onChange={chooseLocale} />
        </div>
        <PolicyNotice host={host} locale={locale} state={state} detailsClass={styles.details} />
        {state.read && state.loaded && <DeferNotice context={host.context} draft={state.read.draft} policy={state.loaded.policy} locale={locale} />}
        <Tabs<PaneTab> tabs={[{ value: 'findings', label: t('tabFindings', locale) }, { value: 'templates', label: t('tabTemplates', locale) }]} selected={tab} onSelect={setTab} panelClassName={styles.content}>
          {tab === 'findings' ? (
            <Findings state={state} locale={locale} runFix={runFix} acknowledge={acknowledge} withdraw={withdraw} />
          ) : (
            <Templates templates={state.loaded?.policy.templates ?? []} locale={locale} onInsert={insertTemplate} />
          )}
        </Tabs>
      </main>
    </FluentProvider>
  );
}

type PreflightApi = ReturnType<typeof usePreflight>;

function Findings({ state, locale, runFix, acknowledge, withdraw }: { state: PreflightApi['state']; locale: Locale; runFix: PreflightApi['runFix']; acknowledge: PreflightApi['acknowledge']; withdraw: PreflightApi['withdraw'] }) {
  // Findings are re-evaluated in the chosen language without another round trip.
  const findings = state.evaluation?.findings ?? [];
  // An info finding with a review step still to confirm keeps Send waiting: the pane is not "ready".
  const open = findings.filter((f) => f.severity !== 'info' || (f.acknowledge && confirmationOf(f, state.acknowledged) === null));
  return (
    <>
      <div role="status" aria-live="polite">
        {state.status === 'checking' && state.evaluation === null && <Spinner label={t('checking', locale)} />}
      </div>
      {state.status === 'error' && (
        <MessageBar intent="error">
          <MessageBarBody>
            <Sentence parts={tParts('checkFailed', locale, { reason: state.error ?? '' })} />
          </MessageBarBody>
        </MessageBar>
      )}
      {state.acknowledgeFailed && (
        <MessageBar intent="error" data-testid="acknowledge-failed">
          <MessageBarBody>{t('acknowledgeFailed', locale)}</MessageBarBody>
        </MessageBar>
      )}
      {state.lastFixError && (
        <MessageBar intent="error">
          <MessageBarBody>
            <Sentence parts={tParts('fixFailed', locale, { reason: state.lastFixError })} />
          </MessageBarBody>
        </MessageBar>
      )}
      {state.read && <UnreadNotice unread={state.read.unread} locale={locale} />}
      <FailedRulesNotice failed={state.evaluation?.failed} locale={locale} />
      <AttachmentNotice attachments={state.attachments} locale={locale} />
      {state.evaluation && state.status !== 'error' && open.length === 0 && !state.evaluation.failed && (
        <MessageBar intent="success" data-testid="ready">
          <MessageBarBody>
            <MessageBarTitle>{t('readyTitle', locale)}</MessageBarTitle>
            {t('readyBody', locale)}
          </MessageBarBody>
        </MessageBar>
      )}
      <div aria-label={t('findingsRegion', locale)} role="region">
        <FindingGroups
          findings={findings}
          policy={state.loaded?.policy ?? DEFAULT_POLICY}
          locale={locale}
          busy={state.busy}
          acknowledged={state.acknowledged}
          onFix={(key, fix) => void runFix(key, fix)}
          onAcknowledge={(finding, reference) => void acknowledge(finding, reference)}
          onWithdraw={(finding) => void withdraw(finding)}
        />
      </div>
      <RecipientsGlance state={state} locale={locale} runFix={runFix} />
    </>
  );
}

function PolicyNotice({ locale, state, detailsClass }: { host: PaneHost; locale: Locale; state: PreflightApi['state']; detailsClass: string }) {
  const loaded = state.loaded;
  if (!loaded || !loaded.problem) return null;
  const source = loaded.origin === 'cache' ? t('policySourceCache', locale) : t('policySourceDefault', locale);
  const details = loaded.problem.kind === 'invalid' ? loaded.problem.errors.map((e) => `${e.path}: ${e.message}`).join('\n') : loaded.problem.detail;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="policy-notice">
      <MessageBarBody>
        {t('policyFallback', locale, { source })}
        <details>
          <summary>{t('policyDetails', locale)}</summary>
          <div className={detailsClass}>
            <Value text={details} />
          </div>
        </details>
      </MessageBarBody>
    </MessageBar>
  );
}
