/**
 * A `.txt` or `.csv` file's text. Windows tools in China write GBK (Excel's "CSV" is the ANSI
 * code page, 936), others UTF-8 with or without a BOM, Notepad's "Unicode" is UTF-16 LE with a
 * BOM. The BOM decides; without one, text that is valid UTF-8 is UTF-8, anything else GB18030
 * (a superset of GBK and GB2312, which decodes any byte sequence).
 */
export function decodePlainText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode('utf-8', bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decode('utf-16be', bytes.subarray(2));
  try {
    // Streaming: a file cut to the text limit may end inside a character, which is no reason to doubt it is UTF-8.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return decode('gb18030', bytes);
  }
}

function decode(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label).decode(bytes);
}
