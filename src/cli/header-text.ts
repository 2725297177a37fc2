/**
 * Decoding header text from its raw bytes, for the headers postal-mime decodes with loss:
 * raw 8-bit GBK/Big5 subjects (postal-mime reads header bytes as UTF-8), encoded words whose
 * charset label is wrong (`iso-8859-1` over GBK), and a multi-byte character split across two
 * encoded words whose labels differ only in case (`=?gb2312?B?…?= =?GB2312?B?…?=`).
 */
import { decodeDeclared, isAsciiText } from './charset';
import { decodeHexEscapes } from './quoted-printable';

const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/gu;

type Token = { readonly kind: 'text'; readonly raw: string } | { readonly kind: 'word'; readonly charset: string; readonly bytes: Buffer };

/**
 * Decodes a header value given as latin1 (one character per byte): RFC 2047 encoded words
 * (adjacent words in one charset are joined before decoding) and raw 8-bit text, both through
 * charset detection when their label is missing or wrong. `hint` is a charset the message
 * declares elsewhere, used when raw bytes alone are ambiguous.
 *
 * @example decodeHeaderText('=?gb2312?B?xOO6ww==?=') // '你好'
 */
export function decodeHeaderText(raw: string, hint?: string | null): string {
  return mergeWords(tokenize(raw))
    .map((token) => (token.kind === 'word' ? decodeDeclared(token.bytes, token.charset, hint) : decodeRawText(token.raw, hint)))
    .join('');
}

/**
 * Decodes raw 8-bit text (latin1, one character per byte) by detection and leaves ASCII,
 * encoded words included, as it is: an address parser then still sees the quotes and commas.
 */
export function decodeRawText(raw: string, hint?: string | null): string {
  return isAsciiText(raw) ? raw : decodeDeclared(Buffer.from(raw, 'latin1'), null, hint);
}

function tokenize(raw: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of raw.matchAll(ENCODED_WORD)) {
    // The pattern's three groups take part in every match: the defaults are for the type checker only.
    const [whole, label = '', encoding = '', payload = ''] = match;
    const gap = raw.slice(last, match.index);
    // RFC 2047 6.2: white space between two encoded words is not displayed.
    const previous = tokens[tokens.length - 1];
    if (gap && !(previous?.kind === 'word' && /^\s+$/u.test(gap))) tokens.push({ kind: 'text', raw: gap });
    tokens.push({ kind: 'word', charset: label.replace(/\*.*$/u, '').toLowerCase(), bytes: decodeWordPayload(encoding, payload) });
    last = match.index + whole.length;
  }
  if (last < raw.length) tokens.push({ kind: 'text', raw: raw.slice(last) });
  return tokens;
}

function mergeWords(tokens: readonly Token[]): Token[] {
  const merged: Token[] = [];
  for (const token of tokens) {
    const previous = merged[merged.length - 1];
    if (token.kind === 'word' && previous?.kind === 'word' && previous.charset === token.charset) {
      merged[merged.length - 1] = { kind: 'word', charset: token.charset, bytes: Buffer.concat([previous.bytes, token.bytes]) };
    } else {
      merged.push(token);
    }
  }
  return merged;
}

function decodeWordPayload(encoding: string, payload: string): Buffer {
  return encoding.toUpperCase() === 'B' ? Buffer.from(payload, 'base64') : decodeHexEscapes(payload.replace(/_/gu, ' '));
}
