/**
 * The text of a draft's attachments, read by the CLI and the audit before the engine runs
 * (RULES.md «Attachment contents»): a JSON draft's base64 `content`, an `.eml` file's parts. The
 * engine stays synchronous and only sees the text, by `withAttachmentContents`.
 */
import { extractAll, messageLimits, type Extraction } from '../attachments';
import type { AttachmentContent } from '../engine/draft';
import { pdfCMapFolder } from './pdf-cmaps';

const PDF_CMAPS = pdfCMapFolder();

export interface AttachmentFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** Every attachment's content, within one message's limits, in the attachments' order. */
export async function readAttachmentContents(files: readonly AttachmentFile[]): Promise<AttachmentContent[]> {
  if (files.length === 0) return [];
  return (await extractAll(files, messageLimits(), { pdfCMaps: PDF_CMAPS })).map(contentOf);
}

function contentOf(result: Extraction): AttachmentContent {
  if (result.kind === 'text') return result.truncated ? { scan: 'text', text: result.text, cut: true } : { scan: 'text', text: result.text };
  if (result.kind === 'unreadable') return { scan: 'unscanned' };
  return { scan: result.kind };
}

const BASE64 = /^[A-Za-z0-9+/\s]*={0,2}\s*$/u;

/** A JSON draft's `content` values, decoded; the path of the first that is no base64 (`$.attachments[2].content`, as the draft's other errors name theirs). */
export function decodeJsonContents(input: unknown): { readonly files: (AttachmentFile | null)[] } | { readonly invalid: string } {
  const attachments = (input as { attachments?: unknown } | null)?.attachments;
  const files: (AttachmentFile | null)[] = [];
  if (!Array.isArray(attachments)) return { files };
  for (const [index, attachment] of attachments.entries()) {
    // Read before the draft is validated: an entry that is no object has no content (parseDraft names it).
    const { name, content } = (typeof attachment === 'object' && attachment !== null ? attachment : {}) as { name: string; content?: unknown };
    if (typeof content !== 'string') files.push(null);
    else if (!BASE64.test(content)) return { invalid: `$.attachments[${index}].content` };
    else files.push({ name, bytes: new Uint8Array(Buffer.from(content, 'base64')) });
  }
  return { files };
}
