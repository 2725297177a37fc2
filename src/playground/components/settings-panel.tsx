import { Field, Input, Select, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Locale } from '../../engine';
import { LocaleSelect } from '../../taskpane/components/locale-select';
import type { OfficeThemeName } from '../bridge';
import { LATENCY_MS, MAILBOX_VERSIONS, type PlaygroundSession } from '../session';
import { t } from '../strings';

type LatencyChoice = 'web' | 'desktop' | 'custom';

const useStyles = makeStyles({
  row: { display: 'flex', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS, flexWrap: 'wrap', alignItems: 'end' },
  latency: { width: '6em' },
});

function latencyChoiceOf(ms: number): LatencyChoice {
  if (ms === LATENCY_MS.web) return 'web';
  if (ms === LATENCY_MS.desktop) return 'desktop';
  return 'custom';
}

/** The simulated client: its Mailbox version, how slow its calls are, its language and theme. */
export function SettingsPanel({ session, locale }: { readonly session: PlaygroundSession; readonly locale: Locale }) {
  const styles = useStyles();
  const { settings } = session;
  const [latencyChoice, setLatencyChoice] = useState<LatencyChoice>(latencyChoiceOf(settings.latencyMs));

  const chooseLatency = (choice: LatencyChoice) => {
    setLatencyChoice(choice);
    if (choice !== 'custom') session.updateSettings({ latencyMs: LATENCY_MS[choice] });
  };

  return (
    <section aria-label={t('settings', locale)} className={styles.row} data-testid="settings">
      <Field label={t('mailboxVersion', locale)} size="small">
        <Select size="small" value={settings.mailboxVersion} onChange={(_, data) => session.updateSettings({ mailboxVersion: data.value })}>
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
              if (Number.isFinite(ms) && ms >= 0) session.updateSettings({ latencyMs: Math.round(ms) });
            }}
          />
        </Field>
      )}
      <LocaleSelect label={t('displayLanguage', locale)} value={settings.displayLanguage} onChange={(displayLanguage) => session.updateSettings({ displayLanguage })} testId="display-language" />
      <Field label={t('theme', locale)} size="small">
        <Select size="small" value={settings.theme} onChange={(_, data) => session.updateSettings({ theme: data.value as OfficeThemeName })} data-testid="office-theme">
          <option value="light">{t('themeLight', locale)}</option>
          <option value="dark">{t('themeDark', locale)}</option>
        </Select>
      </Field>
    </section>
  );
}
