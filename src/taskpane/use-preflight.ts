import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { evaluate, type Evaluation, type Finding, type Fix, type Locale, type MailTemplate } from '../engine';
import { applyFix, readBodyText, readSubject, type FixResult } from '../office/apply-fix';
import type { ComposeItemLike } from '../office/mailbox';
import type { LoadedPolicy } from '../office/policy-source';
import type { DraftRead } from '../office/read-draft';
import { PANE_CHECK, requestPolicy, runCheck, type CheckResult } from '../office/run-check';
import { acknowledgementKey, EMPTY_SESSION, recordLocale, recordPolicyConfirmation, writeAcknowledged, type Acknowledgements } from '../office/session';
import { newScanMemo, withAttachmentText, type PaneAttachments } from './attachment-scan';
import type { PaneHost } from './host';

export interface PreflightState {
  readonly status: 'checking' | 'ready' | 'error';
  readonly error: string | null;
  readonly loaded: LoadedPolicy | null;
  readonly read: DraftRead | null;
  readonly evaluation: Evaluation | null;
  /** Fingerprint → reference of what the user acknowledged (warnings read, review steps confirmed). */
  readonly acknowledged: Acknowledgements;
  /** The fix being applied, as `findingIndex:fixId`. */
  readonly busy: string | null;
  readonly lastFixError: string | null;
  /** The last acknowledgement could not be saved for Send, and was taken back. */
  readonly acknowledgeFailed: boolean;
  /** The attachments whose contents could not be checked; null when the client lists none. */
  readonly attachments: PaneAttachments | null;
}

/** What the server says while the pane is open is remembered: a confirmed policy spares this message's Send the wait. */
function rememberedFor(item: ComposeItemLike, loaded: LoadedPolicy): LoadedPolicy {
  loaded.confirmation.then((confirmation) => recordPolicyConfirmation(item, confirmation)).catch(() => undefined);
  return loaded;
}

/**
 * Keeps the pane's findings current: checks on open, on recipient and attachment changes, when
 * the pane regains focus, on the refresh button and after every fix. Out-of-order answers from
 * overlapping checks are dropped.
 */
export function usePreflight(host: PaneHost, locale: Locale) {
  const [checked, setChecked] = useState<CheckResult | null>(null);
  const [acknowledged, setAcknowledged] = useState<Acknowledgements>({});
  const [status, setStatus] = useState<PreflightState['status']>('checking');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [lastFixError, setLastFixError] = useState<string | null>(null);
  const [acknowledgeFailed, setAcknowledgeFailed] = useState(false);
  const [attachments, setAttachments] = useState<PaneAttachments | null>(null);
  const scanMemo = useRef(newScanMemo());
  const sequence = useRef(0);
  const policyRef = useRef<Promise<LoadedPolicy> | null>(null);
  // A check writes its findings in the language chosen when it ran; a later choice re-evaluates below.
  const localeRef = useRef(locale);
  localeRef.current = locale;

  const recheck = useCallback(
    async (reloadPolicy = false) => {
      const item = host.context.mailbox.item;
      if (!item) return;
      const run = ++sequence.current;
      setStatus('checking');
      if (reloadPolicy || !policyRef.current) policyRef.current = requestPolicy(host, PANE_CHECK, Promise.resolve(EMPTY_SESSION)).then((loaded) => rememberedFor(item, loaded));
      const plain = await runCheck(host, PANE_CHECK, { policy: policyRef.current, locale: localeRef.current });
      const outcome = plain.ok ? await withAttachmentText(item, plain, scanMemo.current) : { checked: plain, attachments: null };
      if (run !== sequence.current) return;
      if (outcome.checked.ok) {
        setAttachments(outcome.attachments);
        setChecked(outcome.checked);
        setAcknowledged(outcome.checked.session.acknowledged);
        // A part that could not be read is shown as unread (app.tsx), and the rest is still checked.
        setError(null);
        setStatus('ready');
      } else {
        setError(outcome.checked.reason);
        setStatus('error');
      }
    },
    [host],
  );

  useEffect(() => {
    void recheck(true);
    const unsubscribe = host.onItemChanged(() => void recheck());
    const onFocus = () => void recheck();
    globalThis.addEventListener?.('focus', onFocus);
    return () => {
      unsubscribe();
      globalThis.removeEventListener?.('focus', onFocus);
    };
  }, [host, recheck]);

  // Findings follow the pane's language without another round trip.
  const evaluation = useMemo(() => (checked ? (checked.locale === locale ? checked.evaluation : evaluate(checked.read.draft, checked.loaded.policy, { locale })) : null), [checked, locale]);

  const runFix = useCallback(
    async (key: string, fix: Fix): Promise<FixResult> => {
      setBusy(key);
      setLastFixError(null);
      const result = await applyFix(host.context, fix.action);
      setBusy(null);
      if (!result.applied && result.reason !== 'instruction') setLastFixError(result.reason);
      await recheck();
      return result;
    },
    [host, recheck],
  );

  /**
   * Records what the user acknowledged for Send, with the pane's language: a finding's
   * fingerprint holds its localised data, so Send must read the draft in the language the pane
   * showed it in. A write that fails takes the tick back and says so, rather than leave a step
   * shown as done that Send would still wait for.
   */
  const remember = useCallback(
    async (next: Acknowledgements, before: Acknowledgements) => {
      const item = host.context.mailbox.item;
      if (!item) return;
      setAcknowledged(next);
      try {
        await Promise.all([writeAcknowledged(item, next), recordLocale(item, localeRef.current)]);
        setAcknowledgeFailed(false);
      } catch {
        setAcknowledged(before);
        setAcknowledgeFailed(true);
      }
    },
    [host],
  );

  /** A warning read, or a review step confirmed with its reference ('' when it asks for none). */
  const acknowledge = useCallback((finding: Finding, reference = '') => remember({ ...acknowledged, [acknowledgementKey(finding)]: reference }, acknowledged), [remember, acknowledged]);

  /** A review step unticked: Send waits for it again. */
  const withdraw = useCallback(
    (finding: Finding) => {
      const { [acknowledgementKey(finding)]: _withdrawn, ...rest } = acknowledged;
      return remember(rest, acknowledged);
    },
    [remember, acknowledged],
  );

  const insertTemplate = useCallback(
    async (template: MailTemplate): Promise<'inserted' | 'subjectKept'> => {
      const item = host.context.mailbox.item;
      // Read the subject now, not from the last check: the user may have typed one since.
      const subjectEmpty = item ? (await readSubject(item).catch(() => '')).trim() === '' : false;
      // Office.js does not say what stands around the cursor: in a body with text, the template
      // gets lines of its own so it is never glued onto the line the cursor is on (张三各位同事：).
      const bodyEmpty = item ? (await readBodyText(item).catch(() => '')).trim() === '' : true;
      if (template.subject && subjectEmpty) await applyFix(host.context, { kind: 'setSubject', subject: template.subject });
      await applyFix(host.context, { kind: 'insertText', text: bodyEmpty ? template.body : `\n${template.body}\n`, position: 'cursor' });
      await recheck();
      return template.subject && !subjectEmpty ? 'subjectKept' : 'inserted';
    },
    [host, recheck],
  );

  const state: PreflightState = { status, error, loaded: checked?.loaded ?? null, read: checked?.read ?? null, evaluation, acknowledged, busy, lastFixError, acknowledgeFailed, attachments };
  return { state, recheck, runFix, acknowledge, withdraw, insertTemplate };
}
