/**
 * One message of the audit, as the readers hand it over and the workers receive it: a file to
 * read, the bytes of an mbox message, a PST item already mapped to a draft, or a message that
 * could not be read at all. Plain data, so that batches cross to worker threads as they are.
 */
import type { LocalizedText } from '../../engine';
import type { MessageDraft } from '../eml';

interface ItemBase {
  /** Position in the inputs, over every PATH: orders examples and unreadable messages. */
  readonly seq: number;
  /** What the summary names the message by: a path, `box.mbox#12`, `file.pst#Inbox/3`. */
  readonly source: string;
}

export type AuditItem =
  | (ItemBase & { readonly kind: 'file'; readonly path: string })
  | (ItemBase & { readonly kind: 'bytes'; readonly bytes: Uint8Array })
  | (ItemBase & { readonly kind: 'draft'; readonly draft: MessageDraft })
  | (ItemBase & { readonly kind: 'unreadable'; readonly reason: LocalizedText });

/** How much an item holds in memory while it waits: its bytes, or a small constant. */
export function itemBytes(item: AuditItem): number {
  if (item.kind === 'bytes') return item.bytes.byteLength;
  if (item.kind === 'draft') return item.draft.body.length * 2 + item.draft.subject.length * 2 + item.draft.attachments.reduce((sum, attachment) => sum + (attachment.bytes?.byteLength ?? 0), 0) + 1024;
  return 256;
}
