import { applySubjectTag, type FixAction, type RecipientField, type RecipientRef } from '../engine';
import { authorTextEnd } from '../engine/text/quoted';
import { insertClosing } from '../engine/text/signature';
import type { ComposeItemLike, EmailAddressDetailsLike, OfficeContextLike } from './mailbox';
import { officeCall } from './office-call';
import { TIMING } from './timing';

export type FixResult = { readonly applied: true } | { readonly applied: false; readonly reason: string };

/**
 * Applies a fix a rule proposed. Every write keeps what the author wrote: subjects are rewritten
 * from the current subject, text is inserted (never replaced), recipients are only removed when
 * they are the exact duplicates or moved entries the finding named.
 */
export async function applyFix(context: OfficeContextLike, action: FixAction): Promise<FixResult> {
  const item = context.mailbox.item;
  if (!item) return { applied: false, reason: 'no item' };
  try {
    switch (action.kind) {
      case 'setSubject':
        await officeCall<void>('subject.setAsync', (cb) => item.subject.setAsync(action.subject, cb), TIMING.writeMs);
        return { applied: true };
      case 'tagSubject': {
        // Re-read: Outlook raises no event for subject edits, so the checked subject may be stale.
        const current = await readSubject(item);
        const next = applySubjectTag(current, action);
        if (next !== current) await officeCall<void>('subject.setAsync', (cb) => item.subject.setAsync(next, cb), TIMING.writeMs);
        return { applied: true };
      }
      case 'removeRecipients':
        await removeRecipients(item, action.entries);
        return { applied: true };
      case 'moveRecipients':
        await moveRecipients(item, action.entries, action.target);
        return { applied: true };
      case 'insertText':
        await insertText(item, action.text, action.position);
        return { applied: true };
      case 'applySensitivityLabel':
        return await applyLabel(context, item, action.label);
      case 'showInstruction':
        return { applied: false, reason: 'instruction' };
    }
  } catch (error) {
    return { applied: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The body as plain text, as it is now. */
export function readBodyText(item: ComposeItemLike): Promise<string> {
  return officeCall<string>('body.getAsync', (cb) => item.body.getAsync('text', cb), TIMING.writeMs).then((body) => body ?? '');
}

/** The subject as it is now. */
export function readSubject(item: ComposeItemLike): Promise<string> {
  return officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb), TIMING.writeMs).then((subject) => subject ?? '');
}

function byField(entries: readonly RecipientRef[]): Map<RecipientField, RecipientRef[]> {
  const groups = new Map<RecipientField, RecipientRef[]>();
  for (const entry of entries) groups.set(entry.field, [...(groups.get(entry.field) ?? []), entry]);
  return groups;
}

async function readField(item: ComposeItemLike, field: RecipientField): Promise<EmailAddressDetailsLike[]> {
  return officeCall<EmailAddressDetailsLike[]>(`${field}.getAsync`, (cb) => item[field].getAsync(cb), TIMING.writeMs);
}

/**
 * The entries of `current` that `refs` point at. An index is trusted only while the address
 * there still matches (the user may have edited the field since the check).
 */
function pick(current: readonly EmailAddressDetailsLike[], refs: readonly RecipientRef[]): Set<number> {
  const picked = new Set<number>();
  for (const ref of refs) {
    const wanted = ref.address.toLowerCase();
    const atIndex = current[ref.index];
    if (atIndex && atIndex.emailAddress.toLowerCase() === wanted && !picked.has(ref.index)) {
      picked.add(ref.index);
      continue;
    }
    const elsewhere = current.findIndex((r, i) => !picked.has(i) && r.emailAddress.toLowerCase() === wanted);
    if (elsewhere >= 0) picked.add(elsewhere);
  }
  return picked;
}

async function removeRecipients(item: ComposeItemLike, entries: readonly RecipientRef[]): Promise<void> {
  for (const [field, refs] of byField(entries)) {
    const current = await readField(item, field);
    const removed = pick(current, refs);
    const kept = current.filter((_, index) => !removed.has(index));
    await officeCall<void>(`${field}.setAsync`, (cb) => item[field].setAsync(kept, cb), TIMING.writeMs);
  }
}

async function moveRecipients(item: ComposeItemLike, entries: readonly RecipientRef[], target: RecipientField): Promise<void> {
  for (const [field, refs] of byField(entries)) {
    if (field === target) continue;
    const current = await readField(item, field);
    const picked = pick(current, refs);
    // Add before removing, so a failure leaves a recipient in two fields rather than in none.
    await officeCall<void>(`${target}.addAsync`, (cb) => item[target].addAsync(current.filter((_, i) => picked.has(i)), cb), TIMING.writeMs);
    await officeCall<void>(`${field}.setAsync`, (cb) => item[field].setAsync(current.filter((_, i) => !picked.has(i)), cb), TIMING.writeMs);
  }
}

async function bodyType(item: ComposeItemLike): Promise<'html' | 'text'> {
  if (!item.body.getTypeAsync) return 'text';
  const type = await officeCall<string>('body.getTypeAsync', (cb) => item.body.getTypeAsync!(cb), TIMING.writeMs);
  return type === 'html' ? 'html' : 'text';
}

type InsertPosition = Extract<FixAction, { kind: 'insertText' }>['position'];

async function insertText(item: ComposeItemLike, text: string, position: InsertPosition): Promise<void> {
  const type = await bodyType(item);
  const data = type === 'html' ? textToHtml(text) : text;
  const options = { coercionType: type };
  if (position === 'cursor') {
    await officeCall<void>('body.setSelectedDataAsync', (cb) => item.body.setSelectedDataAsync(data, options, cb), TIMING.writeMs);
  } else if (position === 'start') {
    await officeCall<void>('body.prependAsync', (cb) => item.body.prependAsync(data, options, cb), TIMING.writeMs);
  } else {
    const current = await officeCall<string>('body.getAsync', (cb) => item.body.getAsync(type, cb), TIMING.writeMs);
    const next = position === 'closing' ? withClosing(current ?? '', text, type) : insertAtAuthorEnd(current ?? '', data, type);
    await officeCall<void>('body.setAsync', (cb) => item.body.setAsync(next, options, cb), TIMING.writeMs);
  }
}

/** Outlook's signature block in an HTML body (new Outlook, the web, classic Windows). */
const HTML_SIGNATURE = /<div[^>]*\bid=["']?Signature\b/iu;

/**
 * The body with a closing above the sender's signature: Outlook's signature block in HTML, the
 * name and contact lines in plain text; else at the end of the author's text.
 */
export function withClosing(current: string, closing: string, type: 'html' | 'text'): string {
  if (type === 'text') return insertClosing(current, closing);
  const signature = current.search(HTML_SIGNATURE);
  const history = current.search(HTML_HISTORY);
  if (signature >= 0 && (history < 0 || signature < history)) return `${current.slice(0, signature)}${textToHtml(closing)}<br>${current.slice(signature)}`;
  return insertAtAuthorEnd(current, `<br>${textToHtml(closing)}`, type);
}

/**
 * Outlook's and other clients' markers where quoted history starts in an HTML body: the reply
 * header block, the send-time append anchor, Gmail's quote, a blockquote or the separator rule.
 */
const HTML_HISTORY = /<div[^>]*\bid=["']?(?:divRplyFwdMsg|appendonsend)\b|<div[^>]*\bclass=["']?[^"'>]*gmail_quote|<blockquote\b|<hr\b/iu;

/**
 * Inserts at the end of what the author wrote: before the quoted history of a reply or forward,
 * so a closing lands above the thread, not under the other person's signature.
 */
export function insertAtAuthorEnd(current: string, addition: string, type: 'html' | 'text'): string {
  if (type === 'text') {
    const at = authorTextEnd(current);
    return `${current.slice(0, at)}${addition}${current.slice(at)}`;
  }
  const history = current.search(HTML_HISTORY);
  const close = current.search(/<\/body\s*>/iu);
  const at = history >= 0 ? history : close >= 0 ? close : current.length;
  return `${current.slice(0, at)}${addition}${current.slice(at)}`;
}

/** Plain text as HTML: escaped, with line breaks kept. */
export function textToHtml(text: string): string {
  return text
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/\r?\n/gu, '<br>');
}

async function applyLabel(context: OfficeContextLike, item: ComposeItemLike, label: string): Promise<FixResult> {
  if (!item.sensitivityLabel) return { applied: false, reason: 'sensitivity labels are not supported on this client' };
  const id = await resolveLabelId(context, label);
  await officeCall<void>('sensitivityLabel.setAsync', (cb) => item.sensitivityLabel!.setAsync(id, cb), TIMING.writeMs);
  return { applied: true };
}

/** The policy may name a label by id or by its display name; Office wants the id. */
async function resolveLabelId(context: OfficeContextLike, label: string): Promise<string> {
  const catalog = context.sensitivityLabelsCatalog;
  if (!catalog) return label;
  type Label = { id: string; name: string; children?: Label[] };
  const labels = await officeCall<Label[]>('sensitivityLabelsCatalog.getAsync', (cb) => catalog.getAsync(cb), TIMING.writeMs);
  const all = labels.flatMap((entry) => [entry, ...(entry.children ?? [])]);
  const wanted = label.toLowerCase();
  return all.find((entry) => entry.id.toLowerCase() === wanted || entry.name.toLowerCase() === wanted)?.id ?? label;
}
