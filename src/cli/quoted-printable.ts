/**
 * Turns `=XX` escapes into bytes and keeps every other character as its latin1 byte; a `=` not
 * followed by two hex digits stays literal, as RFC 2045 6.7 asks of a robust decoder. Shared by
 * quoted-printable bodies and RFC 2047 `Q` encoded words.
 */
export function decodeHexEscapes(text: string): Buffer {
  const bytes = Buffer.alloc(text.length);
  let length = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x3d && isHexDigit(text.charCodeAt(index + 1)) && isHexDigit(text.charCodeAt(index + 2))) {
      bytes[length] = Number.parseInt(text.slice(index + 1, index + 3), 16);
      index += 2;
    } else {
      bytes[length] = code & 0xff;
    }
    length += 1;
  }
  return bytes.subarray(0, length);
}

/** Decodes a quoted-printable body: soft line breaks (`=` at a line's end) joined, escapes turned into bytes. */
export function decodeQuotedPrintable(body: Buffer): Buffer {
  return decodeHexEscapes(body.toString('latin1').replace(/=[ \t]*\r?\n/gu, ''));
}

function isHexDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}
