/**
 * A `.txt` or `.csv` file's text. Windows tools in China write GBK (Excel's "CSV" is the ANSI
 * code page, 936), others UTF-8 with or without a BOM, Notepad's "Unicode" is UTF-16 LE with a
 * BOM. The BOM decides; without one, text that is valid UTF-8 is UTF-8, anything else GB18030
 * (a superset of GBK and GB2312, which decodes any byte sequence).
 */

/** Bytes decoded at a time, so that a large file stops once the text limit is reached. */
const CHUNK_BYTES = 1024 * 1024;

export interface PlainText {
  readonly text: string;
  readonly truncated: boolean;
}

export function decodePlainText(bytes: Uint8Array, maxChars = Infinity): PlainText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUpTo('utf-8', bytes.subarray(3), maxChars);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUpTo('utf-16le', bytes.subarray(2), maxChars);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUpTo('utf-16be', bytes.subarray(2), maxChars);
  try {
    return decodeUpTo('utf-8', bytes, maxChars, true);
  } catch {
    return decodeUpTo('gb18030', bytes, maxChars);
  }
}

/** Decodes chunk by chunk until `maxChars`; with `fatal`, throws at the first byte that is not UTF-8 within what is read. */
function decodeUpTo(label: string, bytes: Uint8Array, maxChars: number, fatal = false): PlainText {
  const decoder = new TextDecoder(label, { fatal });
  let text = '';
  for (let at = 0; at < bytes.length; at += CHUNK_BYTES) {
    const end = Math.min(bytes.length, at + CHUNK_BYTES);
    text += decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length });
    if (text.length >= maxChars) return { text: text.slice(0, maxChars), truncated: text.length > maxChars || end < bytes.length };
  }
  return { text, truncated: false };
}
