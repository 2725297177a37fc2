/**
 * What the simulated mailbox hands over for an attachment the playground names but does not carry
 * (the examples' 预算表.xlsx): a blank file of its kind, so the task pane reads it as Outlook's
 * would read a real one (scanned, nothing found) instead of as a file it could not read.
 */
import { strToU8, zipSync } from 'fflate';

/** The part the text extraction reads first in each Office kind (src/attachments/office.ts). */
const OFFICE_PARTS: Readonly<Record<string, string>> = {
  docx: 'word/document.xml',
  xlsx: 'xl/worksheets/sheet1.xml',
  pptx: 'ppt/slides/slide1.xml',
};

/** Base64 of a blank file of `name`'s kind; null for a kind the playground cannot make (a PDF): that one is not scanned. */
export function blankContent(name: string): string | null {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
  if (extension === 'pdf') return null;
  const part = OFFICE_PARTS[extension];
  if (part) return toBase64(zipSync({ [part]: strToU8('<?xml version="1.0" encoding="UTF-8"?><root/>') }));
  if (extension === 'zip') return toBase64(zipSync({}));
  // Text, images and everything else: no bytes.
  return '';
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
