/**
 * Evaluating one audit item exactly as `preflight check` evaluates a file: the same reading of
 * `.eml` files (`loadDraft`), the same message parser for mbox messages, and `evaluate` with the
 * policy of the message's sender. Runs in the workers, and in the main thread with `--jobs 1`.
 */
import { createDraft, evaluate, type Draft, type Locale, type LocalizedText, type Policy, type RuleId } from '../../engine';
import { calendarDateOf, maskPersonalNumbers, type CalendarDate } from '../../engine/detectors';
import { emlToDraft } from '../eml';
import { forEachInOrder } from '../in-order';
import { loadDraft, type LoadedDraft } from '../load-draft';
import { countDelimiterLines, MAX_MIME_PARTS } from '../message-limits';
import { FILE_PROBLEM } from '../messages';
import { evidenceOf } from './evidence';
import type { AuditItem } from './items';
import { policyForMessage } from './policy-for-message';
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
    const scoped = policyForMessage(context.policy, loaded.draft.from);
    const evaluation = evaluate(loaded.draft, scoped.policy, { locale: context.locale, now: context.now });
    const evidence = new Map<RuleId, Set<string>>();
    for (const finding of evaluation.findings) {
      const keys = evidence.get(finding.rule) ?? new Set<string>();
      for (const key of evidenceOf(finding, loaded.draft, context.locale, today)) keys.add(key);
      evidence.set(finding.rule, keys);
    }
    const subject = evaluation.findings.length > 0 ? maskedSubject(loaded.draft, today) : '';
    addMessage(tally, { seq: item.seq, source: item.source, subject, evaluation, evidence, scopes: scoped.scopes });
  } catch (error) {
    addUnreadable(tally, { seq: item.seq, source: item.source, reason: FILE_PROBLEM.internal((error as Error).message)[context.locale] });
  }
}

/** The subject an example shows: ID, card and mobile numbers masked, as in every finding message. */
function maskedSubject(draft: Draft, today: CalendarDate): string {
  return maskPersonalNumbers(draft.subject, today);
}

async function draftOf(item: AuditItem): Promise<LoadedDraft> {
  switch (item.kind) {
    case 'file':
      return loadDraft(item.path);
    case 'bytes':
      return draftFromMessageBytes(item.bytes);
    case 'draft':
      return { ok: true, draft: createDraft(item.draft) };
    case 'unreadable':
      return failure(item.reason);
  }
}

/** How much of a message is looked at to tell it from an empty or binary chunk, as `loadDraft` does. */
const SNIFF_BYTES = 8192;
/** A header field line (RFC 5322 2.2), as `loadDraft` recognises one. */
const HEADER_FIELD = /^[!-9;-~]+[ \t]*:/mu;

/** An mbox message, read as `loadDraft` reads an `.eml` file's bytes. */
export async function draftFromMessageBytes(bytes: Uint8Array): Promise<LoadedDraft> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sniffed = buffer.subarray(0, SNIFF_BYTES).toString('latin1');
  if (sniffed.trim() === '' && buffer.toString('latin1').trim() === '') return failure(FILE_PROBLEM.empty);
  const headerEnd = sniffed.search(/\r?\n\r?\n/u);
  const headerBlock = headerEnd < 0 ? sniffed : sniffed.slice(0, headerEnd);
  if (headerBlock.includes('\0')) return failure(FILE_PROBLEM.binary);
  if (!HEADER_FIELD.test(headerBlock)) return failure(FILE_PROBLEM.notMail);
  if (countDelimiterLines(buffer) > MAX_MIME_PARTS) return failure(FILE_PROBLEM.tooManyParts(MAX_MIME_PARTS));
  try {
    return { ok: true, draft: createDraft(await emlToDraft(buffer)) };
  } catch (error) {
    return failure(FILE_PROBLEM.unparsableMessage((error as Error).message));
  }
}

function failure(reason: LocalizedText): LoadedDraft {
  return { ok: false, error: reason };
}
