// The lists, tables and properties layer ([MS-PST] 2.3): a Heap-on-Node in one block, the
// BTree-on-Heap, Property Contexts and Table Contexts. A value too large for the heap goes to a
// subnode, which the caller lists in the node's SLBLOCK.
'use strict';

const { MAX_BLOCK_DATA } = require('./ndb');

/** Largest heap allocation ([MS-PST] 2.3.1.1); a larger value lives in a subnode. */
const MAX_HEAP_ALLOCATION = 3580;
const HN_SIGNATURE = 0xec;
const CLIENT = { bth: 0xb5, pc: 0xbc, tc: 0x7c };
const NID_TYPE_LTP = 0x1f;
/** FILETIME ticks (100 ns) between 1601-01-01 and 1970-01-01. */
const FILETIME_EPOCH_OFFSET = 116444736000000000n;

const TYPE = { int16: 0x0002, int32: 0x0003, boolean: 0x000b, int64: 0x0014, unicode: 0x001f, time: 0x0040, binary: 0x0102 };

/** Property types whose value sits in the 4-byte slot of a PC record itself. */
const INLINE_IN_PC = new Set([TYPE.int16, TYPE.int32, TYPE.boolean]);

class Heap {
  constructor(clientSignature) {
    this.clientSignature = clientSignature;
    this.allocations = [];
    this.userRoot = 0;
  }

  /** Allocates a copy of `bytes`; returns its HID. The buffer returned by `at` can be filled later. */
  allocate(bytes) {
    if (bytes.length > MAX_HEAP_ALLOCATION) throw new Error(`heap allocation of ${bytes.length} bytes`);
    this.allocations.push(Buffer.from(bytes));
    return this.allocations.length << 5;
  }

  at(hid) {
    return this.allocations[(hid >> 5) - 1];
  }

  /** [MS-PST] 2.3.1.2-2.3.1.5: HNHDR, the allocations, then the HNPAGEMAP. */
  toBuffer() {
    let offset = 12;
    const starts = this.allocations.map((allocation) => {
      const start = offset;
      offset += allocation.length;
      return start;
    });
    const end = offset;
    const pageMap = offset + (offset % 2);
    const size = pageMap + 4 + (this.allocations.length + 1) * 2;
    if (size > MAX_BLOCK_DATA) throw new Error(`heap of ${size} bytes does not fit one block`);
    const heap = Buffer.alloc(size);
    heap.writeUInt16LE(pageMap, 0);
    heap.writeUInt8(HN_SIGNATURE, 2);
    heap.writeUInt8(this.clientSignature, 3);
    heap.writeUInt32LE(this.userRoot, 4);
    heap.writeUInt8(fillLevel(MAX_BLOCK_DATA - size), 8);
    this.allocations.forEach((allocation, i) => allocation.copy(heap, starts[i]));
    heap.writeUInt16LE(this.allocations.length, pageMap);
    heap.writeUInt16LE(0, pageMap + 2);
    [...starts, end].forEach((start, i) => heap.writeUInt16LE(start, pageMap + 4 + i * 2));
    return heap;
  }
}

/** [MS-PST] 2.3.1.2: how full block 0 is, as the rgbFillLevel nibble. */
function fillLevel(free) {
  const limits = [3584, 2560, 2048, 1792, 1536, 1280, 1024, 768, 512, 256, 128, 64, 32, 16, 8];
  const level = limits.findIndex((limit) => free >= limit);
  return level === -1 ? 15 : level;
}

/** A BTHHEADER and its one leaf of records; `records` are `{ key: Buffer, data: Buffer }`, sorted. */
function allocateBTree(heap, keySize, dataSize, records) {
  const header = Buffer.alloc(8);
  header.writeUInt8(CLIENT.bth, 0);
  header.writeUInt8(keySize, 1);
  header.writeUInt8(dataSize, 2);
  header.writeUInt8(0, 3); // bIdxLevels: one leaf
  const hid = heap.allocate(header);
  if (records.length > 0) {
    const leaf = heap.allocate(Buffer.concat(records.flatMap((record) => [record.key, record.data])));
    heap.at(hid).writeUInt32LE(leaf, 4);
  }
  return hid;
}

/** The bytes of a value of property type `type`. */
function encodeValue(type, value) {
  switch (type) {
    case TYPE.int16:
    case TYPE.int32:
    case TYPE.boolean: {
      const bytes = Buffer.alloc(4);
      bytes.writeInt32LE(type === TYPE.boolean ? Number(Boolean(value)) : value);
      return bytes;
    }
    case TYPE.int64: {
      const bytes = Buffer.alloc(8);
      bytes.writeBigInt64LE(BigInt(value));
      return bytes;
    }
    case TYPE.time: {
      const bytes = Buffer.alloc(8);
      bytes.writeBigUInt64LE(BigInt(Date.parse(value)) * 10000n + FILETIME_EPOCH_OFFSET);
      return bytes;
    }
    case TYPE.unicode:
      return Buffer.from(value, 'utf16le');
    case TYPE.binary:
      return Buffer.from(value);
    default:
      throw new Error(`unsupported property type 0x${type.toString(16)}`);
  }
}

/**
 * Where a variable-size value goes: 0 when empty (as Outlook writes an empty string), a heap
 * allocation when it fits, else a subnode of its own (`subnodes` collects `{ nid, data }`).
 */
function storeVariable(heap, bytes, subnodes) {
  if (bytes.length === 0) return 0;
  if (bytes.length <= MAX_HEAP_ALLOCATION) return heap.allocate(bytes);
  const nid = ((subnodes.length + 1 + 0x400) << 5) | NID_TYPE_LTP;
  subnodes.push({ nid, data: bytes });
  return nid;
}

/**
 * A Property Context ([MS-PST] 2.3.3): `props` are `[tag, value]` pairs, tag = id << 16 | type.
 * Returns `{ data, subnodes }`.
 */
function propertyContext(props) {
  const heap = new Heap(CLIENT.pc);
  const sorted = [...props].sort((a, b) => (a[0] >>> 16) - (b[0] >>> 16));
  heap.userRoot = allocateBTree(heap, 2, 6, sorted.map(() => ({ key: Buffer.alloc(2), data: Buffer.alloc(6) })));
  const leaf = heap.at(heap.at(heap.userRoot).readUInt32LE(4));
  const subnodes = [];
  sorted.forEach(([tag, value], i) => {
    const type = tag & 0xffff;
    const bytes = encodeValue(type, value);
    const slot = INLINE_IN_PC.has(type) ? bytes.readUInt32LE(0) : storeVariable(heap, bytes, subnodes);
    leaf.writeUInt16LE(tag >>> 16, i * 8);
    leaf.writeUInt16LE(type, i * 8 + 2);
    leaf.writeUInt32LE(slot, i * 8 + 4);
  });
  return { data: heap.toBuffer(), subnodes };
}

/** Size of a column's cell in a row ([MS-PST] 2.3.4.2). */
function cellSize(type) {
  if (type === TYPE.boolean) return 1;
  if (type === TYPE.int16) return 2;
  if (type === TYPE.int64 || type === TYPE.time) return 8;
  return 4;
}

const ROW_ID = 0x67f20003;
const ROW_VERSION = 0x67f30003;

/** Row layout: RowId and RowVer first, then 8- and 4-byte, 2-byte, 1-byte cells, then the CEB. */
function layoutColumns(tags) {
  const rest = tags.filter((tag) => tag !== ROW_ID && tag !== ROW_VERSION);
  const bySize = (size) => rest.filter((tag) => cellSize(tag & 0xffff) === size);
  const ordered = [ROW_ID, ROW_VERSION, ...bySize(8), ...bySize(4), ...bySize(2), ...bySize(1)];
  let offset = 0;
  const ends = {};
  const columns = ordered.map((tag, iBit) => {
    const column = { tag, ib: offset, cb: cellSize(tag & 0xffff), iBit };
    offset += column.cb;
    ends[column.cb] = offset;
    return column;
  });
  const end4 = Math.max(ends[8] ?? 0, ends[4]);
  const end2 = ends[2] ?? end4;
  const end1 = ends[1] ?? end2;
  return { columns, rgib: [end4, end2, end1, end1 + Math.ceil(columns.length / 8)] };
}

/**
 * A Table Context ([MS-PST] 2.3.4) with the columns `tags` and `rows`, each a Map from tag to
 * value that holds ROW_ID (and ROW_VERSION). Returns `{ data, subnodes }`.
 */
function tableContext(tags, rows) {
  const heap = new Heap(CLIENT.tc);
  const { columns, rgib } = layoutColumns(tags);
  const rowIndex = [...rows.keys()].sort((a, b) => rows[a].get(ROW_ID) - rows[b].get(ROW_ID)).map((i) => {
    const key = Buffer.alloc(4);
    key.writeUInt32LE(rows[i].get(ROW_ID));
    const data = Buffer.alloc(4);
    data.writeUInt32LE(i);
    return { key, data };
  });
  const hidRowIndex = allocateBTree(heap, 4, 4, rowIndex);
  const info = Buffer.alloc(22 + columns.length * 8);
  heap.userRoot = heap.allocate(info);
  const subnodes = [];
  const matrix = Buffer.alloc(rows.length * rgib[3]);
  rows.forEach((row, r) => writeRow(heap, matrix.subarray(r * rgib[3], (r + 1) * rgib[3]), columns, rgib[2], row, subnodes));
  const hnidRows = storeVariable(heap, matrix, subnodes);
  const tcinfo = heap.at(heap.userRoot);
  tcinfo.writeUInt8(CLIENT.tc, 0);
  tcinfo.writeUInt8(columns.length, 1);
  rgib.forEach((value, i) => tcinfo.writeUInt16LE(value, 2 + i * 2));
  tcinfo.writeUInt32LE(hidRowIndex, 10);
  tcinfo.writeUInt32LE(hnidRows, 14);
  [...columns].sort((a, b) => (a.tag >>> 16) - (b.tag >>> 16)).forEach((column, i) => {
    tcinfo.writeUInt32LE(column.tag >>> 0, 22 + i * 8);
    tcinfo.writeUInt16LE(column.ib, 26 + i * 8);
    tcinfo.writeUInt8(column.cb, 28 + i * 8);
    tcinfo.writeUInt8(column.iBit, 29 + i * 8);
  });
  return { data: heap.toBuffer(), subnodes };
}

function writeRow(heap, cells, columns, cebOffset, row, subnodes) {
  for (const column of columns) {
    if (!row.has(column.tag)) continue;
    const type = column.tag & 0xffff;
    const bytes = encodeValue(type, row.get(column.tag));
    if (type === TYPE.unicode || type === TYPE.binary) cells.writeUInt32LE(storeVariable(heap, bytes, subnodes), column.ib);
    else bytes.copy(cells, column.ib, 0, column.cb);
    cells[cebOffset + (column.iBit >> 3)] |= 0x80 >> (column.iBit & 7);
  }
}

module.exports = { TYPE, ROW_ID, ROW_VERSION, propertyContext, tableContext, MAX_HEAP_ALLOCATION };
