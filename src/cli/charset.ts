/**
 * Turning mail bytes into text when the declared charset is missing or wrong.
 *
 * Real Chinese mail often declares no charset, declares `utf-8` or `iso-8859-1` over GBK bytes,
 * or carries raw 8-bit header text. Detection tries strict UTF-8 first, then decodes as GB18030
 * and as Big5 and keeps the decoding whose characters are the more plausible: the share of
 * non-ASCII characters that fall in the standard's own "frequently used" set (GB 2312 level 1,
 * 3,755 characters; Big5 level 1, 5,401 characters) plus its common punctuation, less a penalty
 * for replacement, private-use and C1 control characters that a wrong decoding produces.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export interface CharsetGuess {
  /** `utf-8`, `gb18030`, `big5`, or the single-byte charset used as a last resort (windows-1252 unless hinted). */
  readonly charset: string;
  readonly text: string;
  /** False when no decoding looked like real text and windows-1252 was the last resort. */
  readonly confident: boolean;
}

const REPLACEMENT = '\uFFFD';

/**
 * Score (share of plausible characters, less penalties) at which a GB18030 or Big5 decoding
 * is taken as real Chinese rather than Latin-1 or binary read as Chinese. Measured on trec06c
 * ham: GBK read as GBK scores 0.99–1 (5th–95th percentile), GBK read as Big5 0.34–0.60, Big5
 * read as Big5 0.83–0.94 and Big5 read as GBK below 0; the better of the two decodings wins
 * first, so this threshold only decides between "Chinese" and "not Chinese at all".
 */
const CJK_CONFIDENCE = 0.6;

/** Each implausible character (U+FFFD, private use, C1 control) cancels this many plausible ones. */
const IMPLAUSIBLE_WEIGHT = 2;

/**
 * A declared GB or Big5 charset is overridden only when the other one scores this much
 * higher: the label is evidence too, and short texts score close in both.
 */
const RELABEL_MARGIN = 0.3;

// Decoders are made once: each decode() without `stream` starts afresh, also after a fatal error.
const UTF8 = new TextDecoder('utf-8');
const WINDOWS_1252 = new TextDecoder('windows-1252');

const ICONV_GB = 'gb18030';
const ICONV_BIG5 = 'big5hkscs';

const GB_LABEL = /^(?:x-)?(?:gb2312|gb_2312(?:-80)?|gbk|gb18030|euc-?cn|cp936|ms936|windows-936|csgb2312|csiso58gb231280|chinese|iso-ir-58)$/u;
const BIG5_LABEL = /^(?:x-)?(?:big-?5(?:-?hkscs)?|cn-big5|csbig5|cp950|ms950|windows-950)$/u;
const UTF8_LABEL = /^(?:x-)?(?:utf-?8|unicode-1-1-utf-8|utf8mb4)$/u;

/** WHATWG encodings whose decoders reject impossible byte sequences; the rest map every byte. */
const MULTIBYTE_ENCODINGS = new Set(['utf-8', 'utf-16le', 'utf-16be', 'gbk', 'gb18030', 'big5', 'euc-jp', 'iso-2022-jp', 'shift_jis', 'euc-kr']);

/** A declared charset that this runtime can decode. */
export interface DeclaredCharset {
  /** Canonical name: `gb18030`, `big5`, `utf-8`, or a WHATWG encoding name. */
  readonly name: string;
  /** True for decoders that can tell wrong bytes (multi-byte encodings); false for single-byte ones, which accept anything. */
  readonly strict: boolean;
  decode(bytes: Uint8Array): string;
}

const declaredCache = new Map<string, DeclaredCharset | null>();

/** Resolves a charset label as written in mail (`"GB2312"`, `x-gbk`, `ISO-8859-1`); null when missing or unknown. */
export function resolveCharset(label: string | null | undefined): DeclaredCharset | null {
  const normalized = (label ?? '').trim().replace(/^["']|["']$/gu, '').trim().toLowerCase();
  if (!normalized) return null;
  if (!declaredCache.has(normalized)) declaredCache.set(normalized, lookUpCharset(normalized));
  return declaredCache.get(normalized) ?? null;
}

function lookUpCharset(label: string): DeclaredCharset | null {
  if (GB_LABEL.test(label)) return { name: 'gb18030', strict: true, decode: (bytes) => iconv.decode(bufferView(bytes), ICONV_GB) };
  if (BIG5_LABEL.test(label)) return { name: 'big5', strict: true, decode: (bytes) => iconv.decode(bufferView(bytes), ICONV_BIG5) };
  if (UTF8_LABEL.test(label)) return { name: 'utf-8', strict: true, decode: (bytes) => UTF8.decode(bytes) };
  try {
    const decoder = new TextDecoder(label);
    return { name: decoder.encoding, strict: MULTIBYTE_ENCODINGS.has(decoder.encoding), decode: (bytes) => decoder.decode(bytes) };
  } catch {
    if (!iconv.encodingExists(label)) return null;
    // iconv-lite's single-byte tables (cp437, cp850, …) map every byte, so they cannot tell wrong bytes either.
    return { name: label, strict: false, decode: (bytes) => iconv.decode(bufferView(bytes), label) };
  }
}

/**
 * Decodes bytes of unknown encoding: UTF-8 when they are valid UTF-8, else the more plausible
 * of GB18030 and Big5, else windows-1252. `hint` (a charset seen elsewhere in the message)
 * breaks near-ties between GB18030 and Big5 and is used when neither looks like Chinese.
 */
export function guessCharset(bytes: Uint8Array, hint?: string | null): CharsetGuess {
  if (isAscii(bytes)) return { charset: 'utf-8', text: asciiText(bytes), confident: true };
  const utf8 = bytes.includes(0) ? null : decodeStrictUtf8(bytes);
  if (utf8 !== null) return { charset: 'utf-8', text: utf8, confident: true };
  const gb = scoreDecoding(iconv.decode(bufferView(bytes), ICONV_GB), gbCommonCharacters());
  const hinted = resolveCharset(hint);
  // No score exceeds 1: a perfect GB18030 reading wins unless Big5 is hinted, and Big5 need not be tried.
  const big5 = gb.score === 1 && hinted?.name !== 'big5' ? null : scoreDecoding(iconv.decode(bufferView(bytes), ICONV_BIG5), big5CommonCharacters());
  const preferBig5 = big5 !== null && (hinted?.name === 'big5' ? big5.score >= gb.score : big5.score > gb.score);
  const best = preferBig5 && big5 ? { charset: 'big5' as const, ...big5 } : { charset: 'gb18030' as const, ...gb };
  if (best.score >= CJK_CONFIDENCE) return { charset: best.charset, text: best.text, confident: true };
  if (hinted && !hinted.strict) return { charset: hinted.name, text: hinted.decode(bytes), confident: false };
  return { charset: 'windows-1252', text: WINDOWS_1252.decode(bytes), confident: false };
}

/**
 * Decodes text bytes that carry a declared charset, distrusting the declaration when the
 * bytes say otherwise:
 * - no label, an unknown label or a single-byte label over bytes that are confidently UTF-8
 *   or Chinese → the detected encoding;
 * - a multi-byte label whose decoding has U+FFFD → the detected encoding when it has fewer;
 * - GB18030 declared over Big5 bytes (or the reverse) → the other, when clearly more plausible.
 */
export function decodeDeclared(bytes: Uint8Array, label: string | null | undefined, hint?: string | null): string {
  if (isAscii(bytes)) return asciiText(bytes);
  const declared = resolveCharset(label);
  if (!declared) return guessCharset(bytes, hint).text;
  return declared.strict ? decodeWithStrictLabel(bytes, declared) : decodeWithSingleByteLabel(bytes, declared);
}

/** `iso-8859-1`, `us-ascii`, `windows-1252`…: they accept any bytes, so only confident detection overrides them. */
function decodeWithSingleByteLabel(bytes: Uint8Array, declared: DeclaredCharset): string {
  const guess = guessCharset(bytes, declared.name);
  return guess.confident ? guess.text : declared.decode(bytes);
}

function decodeWithStrictLabel(bytes: Uint8Array, declared: DeclaredCharset): string {
  const text = declared.decode(bytes);
  if (!hasReplacements(text) && (!isChinese(declared.name) || plausibility(text, declared.name) > 1 - RELABEL_MARGIN)) {
    // A clean Chinese reading this plausible cannot be beaten by the margin below: no need to try the others.
    return text;
  }
  const guess = guessCharset(bytes, declared.name);
  if (guess.charset === declared.name) return text;
  // windows-1252 maps every byte, so it "fixes" anything; NUL bytes mean UTF-16 or binary, where it is wrong.
  const usable = guess.confident || !bytes.includes(0);
  if (usable && countReplacements(guess.text) < countReplacements(text)) return guess.text;
  const gain = plausibility(guess.text, guess.charset) - plausibility(text, declared.name);
  return isChineseRelabel(declared.name, guess.charset) && gain >= RELABEL_MARGIN ? guess.text : text;
}

/**
 * True when text decoded with this label can be believed unless it shows U+FFFD: a multi-byte
 * charset that rejects wrong bytes, other than GB18030 and Big5, which accept each other's bytes.
 */
export function isTrustedLabel(label: string | null | undefined): boolean {
  const declared = resolveCharset(label);
  return declared !== null && declared.strict && !isChinese(declared.name);
}

function isChinese(charset: string): boolean {
  return charset === 'gb18030' || charset === 'big5';
}

function isChineseRelabel(declared: string, guessed: string): boolean {
  return (declared === 'gb18030' && guessed === 'big5') || (declared === 'big5' && guessed === 'gb18030');
}

function plausibility(text: string, charset: string): number {
  if (charset === 'big5') return scoreDecoding(text, big5CommonCharacters()).score;
  if (charset === 'gb18030') return scoreDecoding(text, gbCommonCharacters()).score;
  return 0;
}

/** Number of U+FFFD replacement characters: what a decoder leaves for bytes it could not read. */
export function countReplacements(text: string): number {
  let count = 0;
  for (let index = text.indexOf(REPLACEMENT); index >= 0; index = text.indexOf(REPLACEMENT, index + 1)) count += 1;
  return count;
}

export function hasReplacements(text: string): boolean {
  return text.includes(REPLACEMENT);
}

/** True for bytes that read the same in every ASCII-compatible charset: no 8-bit byte, and no NUL (UTF-16 text has those). */
export function isAscii(bytes: Uint8Array): boolean {
  for (let at = 0; at < bytes.length; at++) if (bytes[at]! >= 0x80 || bytes[at] === 0) return false;
  return true;
}

/** `isAscii` for a latin1 string (one character per byte), without turning it back into bytes. */
export function isAsciiText(latin1: string): boolean {
  for (let at = 0; at < latin1.length; at++) {
    const code = latin1.charCodeAt(at);
    if (code >= 0x80 || code === 0) return false;
  }
  return true;
}

function asciiText(bytes: Uint8Array): string {
  return bufferView(bytes).toString('latin1');
}

/** The same bytes as a Buffer, not a copy: iconv-lite only reads them. */
function bufferView(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Validated first: a fatal decoder's exception for the many GBK bodies cost more than the check. */
function decodeStrictUtf8(bytes: Uint8Array): string | null {
  return isUtf8(bytes) ? UTF8.decode(bytes) : null;
}

/** Read by UTF-16 code unit: a surrogate pair is one character, never common nor implausible. */
function scoreDecoding(text: string, common: CharacterSet): { text: string; score: number } {
  let nonAscii = 0;
  let plausible = 0;
  let implausible = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x80) continue;
    nonAscii += 1;
    if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length && isLowSurrogate(text.charCodeAt(at + 1))) at += 1;
    else if (common[code] === 1) plausible += 1;
    else if (isImplausible(code)) implausible += 1;
  }
  return { text, score: nonAscii === 0 ? 0 : (plausible - IMPLAUSIBLE_WEIGHT * implausible) / nonAscii };
}

function isImplausible(code: number): boolean {
  return code === 0xfffd || (code >= 0x80 && code <= 0x9f) || (code >= 0xe000 && code <= 0xf8ff);
}

/** Characters of the Basic Multilingual Plane as a table by code unit: 1 for a member. */
type CharacterSet = Uint8Array;

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

let gbCommon: CharacterSet | undefined;
let big5Common: CharacterSet | undefined;

/** GB 2312 level-1 Han (rows B0–D7) plus the symbol rows A1–A9 (punctuation, full-width forms, the box drawing of BBS signatures). */
function gbCommonCharacters(): CharacterSet {
  gbCommon ??= characterSet([
    // GBK fills the symbol rows' low trail bytes (40–A0) with more box drawing and punctuation.
    ...decodeTable(ICONV_GB, range(0xa1, 0xa9), [[0x40, 0x7e], [0x80, 0xfe]]),
    ...decodeTable(ICONV_GB, range(0xb0, 0xd7), [[0xa1, 0xfe]]),
  ]);
  return gbCommon;
}

/** Big5 level-1 Han (A440–C67E) plus its symbol rows A1–A3 (punctuation, box drawing, bopomofo). */
function big5CommonCharacters(): CharacterSet {
  big5Common ??= characterSet([
    ...decodeTable(ICONV_BIG5, [...range(0xa1, 0xa3), ...range(0xa4, 0xc5)], [[0x40, 0x7e], [0xa1, 0xfe]]),
    ...decodeTable(ICONV_BIG5, [0xc6], [[0x40, 0x7e]]),
  ]);
  return big5Common;
}

function decodeTable(encoding: string, leads: readonly number[], trailRanges: ReadonlyArray<readonly [number, number]>): Set<string> {
  const bytes: number[] = [];
  for (const lead of leads) {
    for (const [from, to] of trailRanges) for (const trail of range(from, to)) bytes.push(lead, trail);
  }
  const characters = new Set(iconv.decode(Buffer.from(bytes), encoding));
  for (const character of characters) {
    if (isImplausible(character.codePointAt(0) ?? 0) || character < '\u0080') characters.delete(character);
  }
  return characters;
}

function characterSet(characters: readonly string[]): CharacterSet {
  const table = new Uint8Array(0x10000);
  for (const character of characters) if (character.length === 1) table[character.charCodeAt(0)] = 1;
  return table;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, index) => from + index);
}
