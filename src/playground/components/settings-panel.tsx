import { Caption1, Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Locale } from '../../engine';
import { LocaleSelect } from '../../taskpane/components/locale-select';
import type { OfficeThemeName } from '../bridge';
import { missingFeatures, type Feature } from '../client-capabilities';
import { LATENCY_MS, MAILBOX_VERSIONS, type PlaygroundSession } from '../session';
import { t, type UiKey } from '../strings';

type LatencyChoice = 'web' | 'desktop' | 'custom';

const LIMIT_TEXT: Readonly<Record<Feature, UiKey>> = {
  composeType: 'limitComposeType',
  events: 'limitEvents',
  sensitivityLabels: 'limitSensitivityLabels',
  sendAnyway: 'limitSendAnyway',
  officeTheme: 'limitOfficeTheme',
  markdown: 'limitMarkdown',
};

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  limits: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground2 },
  row: { display: 'flex', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS, flexWrap: 'wrap', alignItems: 'end' },
  latency: { width: '6em' },
});

function latencyChoiceOf(ms: number): LatencyChoice {
  if (ms === LATENCY_MS.web) return 'web';
  if (ms === LATENCY_MS.desktop) return 'desktop';
  return 'custom';
}

/** What the chosen client version cannot do, under the settings, so nobody takes the simulation for more than that client does. */
function VersionLimits({ version, locale, id }: { readonly version: string; readonly locale: Locale; readonly id: string }) {
  const styles = useStyles();
  const missing = missingFeatures(version);
  if (missing.length === 0) return <Caption1 id={id} data-testid="version-limits">{t('versionComplete', locale, { version })}</Caption1>;
  return (
    <div id={id} data-testid="version-limits">
      <Caption1>{t('versionLimits', locale, { version })}</Caption1>
      <ul className={styles.limits}>
        {missing.map((feature) => (
          <li key={feature} data-limit={feature}>
            <Caption1>{t(LIMIT_TEXT[feature], locale)}</Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The simulated client: its Mailbox version, how slow its calls are, its language and theme. */
export function SettingsPanel({ session, locale }: { readonly session: PlaygroundSession; readonly locale: Locale }) {
  const styles = useStyles();
  const { settings } = session;
  const [latencyChoice, setLatencyChoice] = useState<LatencyChoice>(latencyChoiceOf(settings.latencyMs));
  const limitsId = useId();

  const chooseLatency = (choice: LatencyChoice) => {
    setLatencyChoice(choice);
    if (choice !== 'custom') void session.updateSettings({ latencyMs: LATENCY_MS[choice] });
  };

  return (
    <section aria-label={t('settings', locale)} className={styles.panel} data-testid="settings">
      <div className={styles.row}>
        <Field label={t('mailboxVersion', locale)} size="small">
          <Select size="small" aria-describedby={limitsId} value={settings.mailboxVersion} onChange={(_, data) => void session.updateSettings({ mailboxVersion: data.value })}>
            {MAILBOX_VERSIONS.map((version) => (
              <option key={version} value={version}>
                {version}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('latency', locale)} size="small">
          <Select size="small" value={latencyChoice} onChange={(_, data) => chooseLatency(data.value as LatencyChoice)}>
            <option value="web">{t('latencyWeb', locale)}</option>
            <option value="desktop">{t('latencyDesktop', locale)}</option>
            <option value="custom">{t('latencyCustom', locale)}</option>
          </Select>
        </Field>
        {latencyChoice === 'custom' && (
          <Field label={t('latencyMs', locale)} size="small">
            <Input
              className={styles.latency}
              size="small"
              type="number"
              min={0}
              max={10000}
              value={String(settings.latencyMs)}
              onChange={(_, data) => {
                const ms = Number(data.value);
                if (Number.isFinite(ms) && ms >= 0) void session.updateSettings({ latencyMs: Math.round(ms) });
              }}
            />
          </Field>
        )}
        <LocaleSelect label={t('displayLanguage', locale)} value={settings.displayLanguage} onChange={(displayLanguage) => void session.updateSettings({ displayLanguage })} testId="display-language" />
        <Field label={t('theme', locale)} size="small">
          <Select size="small" value={settings.theme} onChange={(_, data) => void session.updateSettings({ theme: data.value as OfficeThemeName })} data-testid="office-theme">
            <option value="light">{t('themeLight', locale)}</option>
            <option value="dark">{t('themeDark', locale)}</option>
          </Select>
        </Field>
      </div>
      <VersionLimits version={settings.mailboxVersion} locale={locale} id={limitsId} />
    </section>
  );
}
