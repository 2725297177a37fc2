/**
 * How much of a message's attachments is read, and for how long. Each bound keeps a crafted or
 * merely huge attachment from costing more than the check is worth; what is cut off is reported
 * (`truncated`, or `unreadable` with the reason), never silently taken for "nothing sensitive".
 */
export interface ExtractionLimits {
  /** Bytes of one attachment file read at all. */
  readonly fileBytes: number;
  /** Characters of text kept, over all of a message's attachments. */
  readonly textChars: number;
  /** Entries in one ZIP container (an Office file or a .zip archive). */
  readonly zipEntries: number;
  /** Bytes inflated from one ZIP container, over the entries read. */
  readonly zipInflatedBytes: number;
  /** Milliseconds, from `startedAt`, after which no more is read. */
  readonly timeMs: number;
  /** `Date.now()` when the message's extraction began: the time budget is the message's, not each file's. */
  readonly startedAt: number;
}

/**
 * Exchange Online's default limit for one attachment in Outlook is 25 MB (larger files go as
 * OneDrive links); the task pane holds a file's base64 as well as its bytes, so more would not be
 * read there anyway.
 */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

/**
 * RULES.md «Attachment contents»: the first 5 MiB of text per message. Counted in characters,
 * which keeps the scan linear and bounded whatever the text's script.
 */
export const MAX_MESSAGE_TEXT_CHARS = 5 * 1024 * 1024;

/**
 * A workbook or presentation has tens to a few hundred parts; 10,000 bounds the central
 * directory walk of a crafted archive (each entry costs a header read).
 */
export const MAX_ZIP_ENTRIES = 10_000;

/**
 * Zip bombs: DEFLATE expands up to 1,032 times, so a 25 MB file could claim 25 GB. 200 MiB of
 * inflated XML is far more than the 5 MiB of text it can yield (a 50,000-cell sheet is ~5 MB),
 * and stays within the audit's memory guard per message.
 */
export const MAX_ZIP_INFLATED_BYTES = 200 * 1024 * 1024;

/**
 * The CLI and the audit are batch tools: ten seconds per message lets a 50-page PDF and a large
 * workbook finish while one pathological message cannot stall an audit of thousands. Send will
 * pass its own, much smaller budget.
 */
export const CLI_TIME_BUDGET_MS = 10_000;

/** The limits for one message's attachments, its clock starting now. */
export function messageLimits(timeMs: number = CLI_TIME_BUDGET_MS, now: number = Date.now()): ExtractionLimits {
  return { fileBytes: MAX_FILE_BYTES, textChars: MAX_MESSAGE_TEXT_CHARS, zipEntries: MAX_ZIP_ENTRIES, zipInflatedBytes: MAX_ZIP_INFLATED_BYTES, timeMs, startedAt: now };
}

export function outOfTime(limits: ExtractionLimits): boolean {
  return Date.now() - limits.startedAt > limits.timeMs;
}
