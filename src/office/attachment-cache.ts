import { policyTextHash } from './policy-source';

/**
 * What the task pane read from each attachment's content, kept in the item's sessionData for
 * Send (RULES.md «Attachment contents»). Send has no room for the extractors (fflate, PDF.js), so
 * it extracts nothing itself: it uses this cache, and counts what it lacks as unscanned.
 *
 * One JSON object: cache key → the scan's first letter (`t` text, `c` text cut to the caps,
 * `e` encrypted, `u` unsupported), then for text the windows of it around what the
 * sensitive-content detectors hit. An attachment that could not be read has no entry. Stored
 * under `SESSION_KEYS.attachments`.
 */

/**
 * sessionData holds at most 50,000 characters per add-in, over all of its keys: this much is the
 * attachments', and the rest stays for the acknowledgements, the original subject and the policy
 * record, which Send needs as much.
 */
export const MAX_CACHE_CHARS = 30_000;

/**
 * One attachment's windows: a payroll of a thousand ID numbers would otherwise take the whole
 * cache from the other attachments. 8,000 characters hold some 80 items with their context, far
 * past what a finding shows (a count and six masked examples).
 */
export const MAX_ENTRY_CHARS = 8_000;

/** Whether an attachment is of a kind whose text is read (src/attachments `extractableKind`): another kind is never "unscanned". */
export const isScannedKind = (name: string): boolean => /\.(txt|csv|docx|xlsx|pptx|pdf|zip)$/iu.test(name);

/**
 * An attachment's id and size: Outlook's ids run to a hundred characters and more, so the id is
 * hashed (the policy text's FNV-1a, already at Send); the size makes a replaced file with the same
 * id a different entry.
 */
export const cacheKey = (id: string, size: number): string => `${policyTextHash(id)}:${size}`;

export interface CachedAttachments {
  /**
   * By position: the cached windows of each file's text ('' for one encrypted or of a kind not
   * read, which adds nothing), undefined where nothing was cached.
   */
  readonly texts: (string | undefined)[];
  /** Attachments of a kind whose text is read that have no cached result. */
  readonly unscanned: number;
  /** Some attachment's windows were cut to the caps: Send saw less of it than the pane. */
  readonly cut: boolean;
}

/** The stored entries (`raw`: the sessionData value, if any); a damaged value caches nothing. Never throws. */
export function storedEntries(raw: string | undefined): Record<string, unknown> {
  try {
    return Object(JSON.parse(raw || '{}'));
  } catch {
    return {};
  }
}

/** The cached text of each file (`raw`: the sessionData value, if any). Never throws. */
export function cachedAttachments(raw: string | undefined, files: readonly { readonly id: string; readonly name: string; readonly size: number }[]): CachedAttachments {
  const stored = storedEntries(raw);
  let unscanned = 0;
  let cut = false;
  const texts = files.map((file) => {
    const entry = stored[cacheKey(file.id, file.size)];
    if (typeof entry != 'string') {
      if (isScannedKind(file.name)) unscanned++;
      return undefined;
    }
    if (entry[0] == 'c') cut = true;
    return entry.slice(1);
  });
  return { texts, unscanned, cut };
}
