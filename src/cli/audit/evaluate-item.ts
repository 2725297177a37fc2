/**
 * Evaluating one audit item exactly as `preflight check` evaluates a file: the same reading of
 * `.eml` files (`loadDraft`), the same message parser for mbox messages, and `evaluate` with the
 * policy of the message's sender. Runs in the workers, and in the main thread with `--jobs 1`.
 */
import { applyScopes, evaluate, type Draft, type Finding, type Locale, type LocalizedText, type Policy } from '../../engine';
import { calendarDateOf, maskPersonalNumbers, type CalendarDate } from '../../engine/detectors';
import { forEachInOrder } from '../in-order';
import { withAttachmentText } from '../eml';
import { draftFromBytes, draftOfMessage, loadDraft, type LoadedDraft } from '../load-draft';
import { FILE_PROBLEM } from '../messages';
import { evidenceOf } from './evidence';
import { AUDIT_TEXT } from './texts';
import type { AuditItem } from './items';
import { addMessage, addUnreadable, emptyTally, type AuditTally } from './tally';

export interface AuditContext {
  readonly policy: Policy;
  readonly locale: Locale;
  /** One moment for the whole audit, so every message is judged on the same day. */
  readonly now: Date;
}

/**
 * Files read and parsed at the same time in one thread, as many as `check` reads
 * (`IN_FLIGHT.files` in main.ts): one at a time left the thread waiting on the disk most of the time.
 */
const READ_AHEAD = 8;

/** Tallies a batch of items; each is evaluated as soon as it and those before it are read. */
export async function tallyBatch(items: readonly AuditItem[], context: AuditContext): Promise<AuditTally> {
  const tally = emptyTally();
  const today = calendarDateOf(context.now);
  await forEachInOrder(items, READ_AHEAD, draftOf, (loaded, item) => tallyItem(tally, item, loaded, context, today));
  return tally;
}

function tallyItem(tally: AuditTally, item: AuditItem, loaded: LoadedDraft, context: AuditContext, today: CalendarDate): void {
  if (!loaded.ok) {
    addUnreadable(tally, { seq: item.seq, source: item.source, reason: loaded.error[context.locale] });
    return;
  }
  try {
    const scoped = applyScopes(context.policy, loaded.draft.from);
    const evaluation = evaluate(loaded.draft, scoped.policy, { locale: context.locale, now: context.now });
    const evidence = new Map<Finding['rule'], Set<string>>();
    for (const finding of evaluation.findings) {
      const keys = evidence.get(finding.rule) ?? new Set<string>();
      for (const key of evidenceOf(finding, loaded.draft, context.locale, today)) keys.add(key);
      evidence.set(finding.rule, keys);
    }
    const subject = evaluation.findings.length > 0 ? exampleSubject(loaded.draft, evaluation.findings, context.locale, today) : '';
    addMessage(tally, { seq: item.seq, source: item.source, subject, evaluation, evidence, scopes: scoped.scopes });
  } catch (error) {
    addUnreadable(tally, { seq: item.seq, source: item.source, reason: FILE_PROBLEM.internal((error as Error).message)[context.locale] });
  }
}

/**
 * The subject an example shows: ID, card and mobile numbers masked, as in every finding message;
 * none at all for a message with sensitive content, which may stand in the subject in forms only
 * the rule's own detectors know (a password, an admin's pattern).
 */
function exampleSubject(draft: Draft, findings: readonly Finding[], locale: Locale, today: CalendarDate): string {
  if (findings.some((finding) => finding.rule === 'sensitive-content')) return AUDIT_TEXT.subjectWithheld[locale];
  return maskPersonalNumbers(draft.subject, today);
}

async function draftOf(item: AuditItem): Promise<LoadedDraft> {
  switch (item.kind) {
    case 'file':
      return loadDraft(item.path);
    case 'bytes':
      // An mbox message, read as `loadDraft` reads an `.eml` file's bytes.
      return draftFromBytes(Buffer.from(item.bytes.buffer, item.bytes.byteOffset, item.bytes.byteLength), null);
    case 'draft':
      return { ok: true, draft: draftOfMessage(await withAttachmentText(item.draft)) };
    case 'unreadable':
      return failure(item.reason);
  }
}

function failure(reason: LocalizedText): LoadedDraft {
  return { ok: false, error: reason };
}
