/**
 * Reading a ZIP container (an Office Open XML file or a `.zip` archive) within limits. The
 * central directory is read here, so that the entry count, the sizes it claims and each entry's
 * encryption flag are known before anything is inflated; fflate inflates only the entries asked
 * for, in slices, so a zip bomb stops at `MAX_ZIP_INFLATED_BYTES` whatever sizes it claims.
 */
import { concatBytes } from './bytes';
import { Inflate } from 'fflate';
import type { ExtractionLimits } from './limits';
import type { UnreadableReason } from './result';

export interface ZipEntry {
  readonly name: string;
  /** General-purpose flag bit 0: the entry's data is encrypted (ZipCrypto or AES). */
  readonly encrypted: boolean;
  readonly method: number;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}

export type ZipDirectory = { readonly ok: true; readonly entries: readonly ZipEntry[] } | { readonly ok: false; readonly reason: UnreadableReason };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;
/**
 * Compressed bytes fed to the inflater at a time. At DEFLATE's 1,032:1 at most ~16.5 MiB come out
 * of one slice, so a bomb overshoots the limit by no more before it is stopped; 1 KiB slices were
 * four times slower (fflate regrows its output buffer on every push).
 */
const INFLATE_SLICE = 16 * 1024;
const STORED = 0;
const DEFLATED = 8;

export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && readU32(bytes, 0) === LOCAL_SIGNATURE;
}

/** The entries the central directory lists, or why it cannot be read. */
export function readZipDirectory(bytes: Uint8Array, limits: ExtractionLimits): ZipDirectory {
  const end = findEndRecord(bytes);
  if (end < 0) return { ok: false, reason: 'damaged' };
  const count = readU16(bytes, end + 10);
  if (count > limits.zipEntries) return { ok: false, reason: 'too-many-entries' };
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = readU32(bytes, end + 16);
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || readU32(bytes, at) !== CENTRAL_SIGNATURE) return { ok: false, reason: 'damaged' };
    const nameLength = readU16(bytes, at + 28);
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      encrypted: (readU16(bytes, at + 8) & 1) === 1,
      method: readU16(bytes, at + 10),
      compressedSize: readU32(bytes, at + 20),
      localHeaderOffset: readU32(bytes, at + 42),
    });
    at += 46 + nameLength + readU16(bytes, at + 30) + readU16(bytes, at + 32);
  }
  return { ok: true, entries };
}

/** Counts what a container inflates, over all its entries, against `zipInflatedBytes`. */
export class InflateBudget {
  private used = 0;

  constructor(private readonly limit: number) {}

  take(bytes: number): boolean {
    this.used += bytes;
    return this.used <= this.limit;
  }
}

export type EntryData = { readonly ok: true; readonly bytes: Uint8Array } | { readonly ok: false; readonly reason: UnreadableReason | 'unsupported' };

/** One entry's bytes, inflated within the budget. */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): EntryData {
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || readU32(bytes, at) !== LOCAL_SIGNATURE) return { ok: false, reason: 'damaged' };
  const start = at + 30 + readU16(bytes, at + 26) + readU16(bytes, at + 28);
  const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
  if (entry.method === STORED) return budget.take(data.length) ? { ok: true, bytes: data } : { ok: false, reason: 'too-much-data' };
  if (entry.method !== DEFLATED) return { ok: false, reason: 'unsupported' };
  return inflateWithin(data, budget);
}

function inflateWithin(data: Uint8Array, budget: InflateBudget): EntryData {
  const chunks: Uint8Array[] = [];
  let over = false;
  const inflater = new Inflate((chunk) => {
    if (!budget.take(chunk.length)) over = true;
    else chunks.push(chunk);
  });
  try {
    for (let offset = 0; offset < data.length && !over; offset += INFLATE_SLICE) {
      const end = Math.min(data.length, offset + INFLATE_SLICE);
      inflater.push(data.subarray(offset, end), end === data.length);
    }
  } catch {
    return { ok: false, reason: 'damaged' };
  }
  if (over) return { ok: false, reason: 'too-much-data' };
  return { ok: true, bytes: concatBytes(chunks) };
}


function findEndRecord(bytes: Uint8Array): number {
  const stop = Math.max(0, bytes.length - EOCD_SEARCH);
  for (let at = bytes.length - 22; at >= stop; at--) if (readU32(bytes, at) === EOCD_SIGNATURE) return at;
  return -1;
}

function readU16(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

function readU32(bytes: Uint8Array, at: number): number {
  return (readU16(bytes, at) | (readU16(bytes, at + 2) << 16)) >>> 0;
}
