import { Button, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentArrowUpRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import type { Locale } from '../../engine';
import type { PlaygroundSession, PolicyChoice } from '../session';
import { t } from '../strings';

const useStyles = makeStyles({
  panel: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  text: { margin: 0, maxHeight: '16rem', overflow: 'auto', fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  errors: { margin: 0, paddingLeft: tokens.spacingHorizontalL, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
});

/** Which policy the add-in gets, a picker for the admin's own policy.json, and why one is rejected. */
export function PolicyPanel({ session, locale }: { readonly session: PlaygroundSession; readonly locale: Locale }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const { policy } = session;

  const readFile = async (file: File | undefined) => {
    if (file) session.usePolicyText(file.name, await file.text());
    if (input.current) input.current.value = '';
  };

  return (
    <section aria-label={t('policy', locale)} className={styles.panel} data-testid="policy-panel">
      <div className={styles.row}>
        <Text weight="semibold">{t('policy', locale)}</Text>
        <Text data-testid="policy-status">{status(policy, locale)}</Text>
        <Button size="small" icon={<DocumentArrowUpRegular />} onClick={() => input.current?.click()}>
          {t('policyChoose', locale)}
        </Button>
        <input ref={input} type="file" accept=".json,application/json" hidden aria-label={t('policyChoose', locale)} onChange={(event) => void readFile(event.currentTarget.files?.[0])} data-testid="policy-file" />
        {policy.kind !== 'server' && (
          <Button size="small" appearance="subtle" onClick={() => session.useServerPolicy()}>
            {t('policyReset', locale)}
          </Button>
        )}
      </div>
      {policy.kind === 'custom' && policy.fromExample && (
        // What the example's policy holds is the point of the example: an admin copies it from here.
        <details data-testid="policy-text">
          <summary>{t('policyShow', locale)}</summary>
          <pre className={styles.text}>{policy.text}</pre>
        </details>
      )}
      <PolicyProblem policy={policy} locale={locale} errorsClass={styles.errors} />
    </section>
  );
}

function status(policy: PolicyChoice, locale: Locale): string {
  // A file that could not be read is not used: the add-in still gets the server's policy.json.
  if (policy.kind !== 'custom') return t('policyServer', locale);
  return t(policy.fromExample ? 'policyExample' : 'policyLoaded', locale, { name: policy.name });
}

function PolicyProblem({ policy, locale, errorsClass }: { policy: PolicyChoice; locale: Locale; errorsClass: string }) {
  if (policy.kind === 'unreadable') {
    const reason = policy.reason === 'other-origin' ? t('policyOtherOrigin', locale) : policy.reason;
    return (
      <MessageBar intent="error" data-testid="policy-errors">
        <MessageBarBody>{t('policyUnreachable', locale, { name: policy.name, reason })}</MessageBarBody>
      </MessageBar>
    );
  }
  if (policy.kind !== 'custom' || policy.errors.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline" data-testid="policy-errors">
      <MessageBarBody>
        <MessageBarTitle>{t('policyInvalid', locale, { name: policy.name })}</MessageBarTitle>
        <ul className={errorsClass}>
          {policy.errors.map((error) => (
            <li key={`${error.path}:${error.message}`}>
              <code>{error.path}</code>: {error.message}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
