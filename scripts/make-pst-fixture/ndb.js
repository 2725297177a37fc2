// The node database layer of a Unicode PST file ([MS-PST] 2.2): blocks with their trailers,
// XBLOCKs and SLBLOCKs, the node and block B-trees in 512-byte pages, the first allocation map
// and the header. Everything is laid out in the order it was added, so the same input always
// gives the same bytes.
'use strict';

const PAGE_SIZE = 512;
const PAGE_DATA_SIZE = 496;
/** Largest data block payload (8192 minus the 16-byte trailer), [MS-PST] 2.2.2.8. */
const MAX_BLOCK_DATA = 8176;
const BLOCK_TRAILER_SIZE = 16;
const HEADER_SIZE = 564;
/** The first AMap page sits at 0x4400, the first PMap right after it ([MS-PST] 2.2.2.7.2). */
const AMAP_OFFSET = 0x4400;
const PMAP_OFFSET = 0x4600;
const FIRST_DATA_OFFSET = 0x4800;
/** Bytes one AMap page describes: 496 bytes of bits, one bit per 64 bytes. */
const AMAP_COVERAGE = PAGE_DATA_SIZE * 8 * 64;
const PTYPE = { bbt: 0x80, nbt: 0x81, pmap: 0x83, amap: 0x84 };
const CRYPT_PERMUTE = 0x01;

/** mpbbR, the encoding table of NDB_CRYPT_PERMUTE ([MS-PST] 5.1). */
const PERMUTE_ENCODE = Buffer.from(
  '41361362a8216ebbf416cc047f64e85d1ef2cb2a74c55e35d295479e962d9a88' +
    '4c7d843fdbac31b6485ff6c4d8398be7233b388ec8c1df25b120a546604e9cfb' +
    'aad35651457c550007c92b9d859b09a08fadb30f63ab894bd7a7155a716642bf' +
    '264a6b98faea7753b270052cfd593a867ece06eb827857c78d43afb41cd45bcd' +
    'e2e9274fc3087280cfb0eff5286dbe304d3492d50e3c2232e5e4f99fc2d10a81' +
    '12e1ee918376e397e6618a1779a4b7dc907a5c8c02a6ca69de501a1193b95287' +
    '58fced1d37491b6ae0293399bd6cd994f340546ff0c673b8d63e6518441fdd67' +
    '10f10c19ecae03a1147ba90bfff8a3c0a201f72ebc2468750dfeba2fb5d0da3d',
  'hex',
);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** [MS-PST] 5.3: the CRC-32 table, started at 0 and not inverted at the end. */
function crc(buffer) {
  let value = 0;
  for (const byte of buffer) value = (CRC_TABLE[(value ^ byte) & 0xff] ^ (value >>> 8)) >>> 0;
  return value >>> 0;
}

/** [MS-PST] 5.5: the signature of a block or page from its offset and id. */
function signature(ib, bid) {
  const value = (Number(BigInt(ib) & 0xffffffffn) ^ Number(BigInt(bid) & 0xffffffffn)) >>> 0;
  return ((value >>> 16) ^ (value & 0xffff)) & 0xffff;
}

const align = (value, unit) => Math.ceil(value / unit) * unit;

class NodeDatabase {
  constructor() {
    this.blocks = [];
    this.nodes = [];
    this.references = new Map();
    this.nextBidIndex = 1;
  }

  /** Stores a node's bytes: one data block, or an XBLOCK over several. Returns the BID. */
  addData(data) {
    if (data.length <= MAX_BLOCK_DATA) return this.addBlock(data, false);
    const bids = [];
    for (let start = 0; start < data.length; start += MAX_BLOCK_DATA) bids.push(this.addBlock(data.subarray(start, start + MAX_BLOCK_DATA), false));
    if (bids.length > (MAX_BLOCK_DATA - 8) / 8) throw new Error('data too large for one XBLOCK');
    const xblock = Buffer.alloc(8 + bids.length * 8);
    xblock.writeUInt8(0x01, 0); // btype XBLOCK
    xblock.writeUInt8(0x01, 1); // cLevel
    xblock.writeUInt16LE(bids.length, 2);
    xblock.writeUInt32LE(data.length, 4);
    bids.forEach((bid, i) => {
      xblock.writeBigUInt64LE(BigInt(bid), 8 + i * 8);
      this.reference(bid);
    });
    return this.addBlock(xblock, true);
  }

  /** Stores a subnode list (SLBLOCK) of `{ nid, bidData, bidSub }`. Returns its BID, 0 for none. */
  addSubnodes(entries) {
    if (entries.length === 0) return 0;
    const sorted = [...entries].sort((a, b) => a.nid - b.nid);
    if (sorted.length > (MAX_BLOCK_DATA - 8) / 24) throw new Error('too many subnodes for one SLBLOCK');
    const block = Buffer.alloc(8 + sorted.length * 24);
    block.writeUInt8(0x02, 0); // btype SLBLOCK
    block.writeUInt8(0x00, 1); // cLevel
    block.writeUInt16LE(sorted.length, 2);
    sorted.forEach((entry, i) => {
      block.writeBigUInt64LE(BigInt(entry.nid), 8 + i * 24);
      block.writeBigUInt64LE(BigInt(entry.bidData), 16 + i * 24);
      block.writeBigUInt64LE(BigInt(entry.bidSub), 24 + i * 24);
      this.reference(entry.bidData);
      this.reference(entry.bidSub);
    });
    return this.addBlock(block, true);
  }

  /** Enters a node in the node B-tree. */
  addNode(nid, bidData, bidSub, parent) {
    if (this.nodes.some((node) => node.nid === nid)) throw new Error(`duplicate NID 0x${nid.toString(16)}`);
    this.nodes.push({ nid, bidData, bidSub, parent });
    this.reference(bidData);
    this.reference(bidSub);
  }

  addBlock(data, internal) {
    const bid = this.nextBidIndex++ * 4 + (internal ? 2 : 0);
    this.blocks.push({ bid, data: Buffer.from(data), internal });
    return bid;
  }

  reference(bid) {
    if (bid !== 0) this.references.set(bid, (this.references.get(bid) ?? 0) + 1);
  }

  /** Lays the file out and returns it. `rgnid` holds the next free nidIndex per NID type. */
  build({ rgnid, cryptMethod = CRYPT_PERMUTE }) {
    const chunks = [];
    let offset = FIRST_DATA_OFFSET;
    const bbtEntries = this.blocks.map((block) => {
      const stored = block.internal || cryptMethod !== CRYPT_PERMUTE ? block.data : Buffer.from(block.data.map((byte) => PERMUTE_ENCODE[byte]));
      const size = align(stored.length + BLOCK_TRAILER_SIZE, 64);
      const bytes = Buffer.alloc(size);
      stored.copy(bytes, 0);
      const trailer = size - BLOCK_TRAILER_SIZE;
      bytes.writeUInt16LE(stored.length, trailer);
      bytes.writeUInt16LE(signature(offset, block.bid), trailer + 2);
      bytes.writeUInt32LE(crc(stored), trailer + 4);
      bytes.writeBigUInt64LE(BigInt(block.bid), trailer + 8);
      chunks.push({ ib: offset, bytes });
      const entry = { key: block.bid, ib: offset, cb: stored.length, cRef: (this.references.get(block.bid) ?? 0) + 1 };
      offset += size;
      return entry;
    });
    offset = align(offset, PAGE_SIZE);
    const pages = { offset, nextBid: this.nextBidIndex * 4, chunks };
    const bbtRoot = writeBTree(pages, PTYPE.bbt, 24, bbtEntries.sort((a, b) => a.key - b.key), writeBbtEntry);
    const nbtRoot = writeBTree(pages, PTYPE.nbt, 32, [...this.nodes].sort((a, b) => a.nid - b.nid).map((node) => ({ ...node, key: node.nid })), writeNbtEntry);
    const eof = pages.offset;
    if (eof > AMAP_OFFSET + AMAP_COVERAGE) throw new Error('the fixture outgrew the first allocation map');
    const file = Buffer.alloc(eof);
    for (const chunk of chunks) chunk.bytes.copy(file, chunk.ib);
    const freeBytes = writeMaps(file, chunks);
    writeHeader(file, { rgnid, cryptMethod, eof, freeBytes, bbtRoot, nbtRoot, bidNextB: pages.nextBid, bidNextP: pages.nextBid });
    return file;
  }
}

function writeBbtEntry(page, at, entry) {
  page.writeBigUInt64LE(BigInt(entry.key), at);
  page.writeBigUInt64LE(BigInt(entry.ib), at + 8);
  page.writeUInt16LE(entry.cb, at + 16);
  page.writeUInt16LE(entry.cRef, at + 18);
}

function writeNbtEntry(page, at, entry) {
  page.writeBigUInt64LE(BigInt(entry.nid), at);
  page.writeBigUInt64LE(BigInt(entry.bidData), at + 8);
  page.writeBigUInt64LE(BigInt(entry.bidSub), at + 16);
  page.writeUInt32LE(entry.parent, at + 24);
}

function writeBranchEntry(page, at, entry) {
  page.writeBigUInt64LE(BigInt(entry.key), at);
  page.writeBigUInt64LE(BigInt(entry.bid), at + 8);
  page.writeBigUInt64LE(BigInt(entry.ib), at + 16);
}

/** Writes a B-tree bottom up, leaves first; returns the root page's `{ bid, ib }`. */
function writeBTree(pages, ptype, leafEntrySize, entries, writeLeafEntry) {
  let level = 0;
  let items = entries;
  let entrySize = leafEntrySize;
  let writeEntry = writeLeafEntry;
  for (;;) {
    const perPage = Math.floor(488 / entrySize);
    const written = [];
    for (let start = 0; start < Math.max(items.length, 1); start += perPage) {
      const slice = items.slice(start, start + perPage);
      written.push({ key: slice[0]?.key ?? 0, ...writePage(pages, ptype, level, entrySize, slice, writeEntry) });
    }
    if (written.length === 1) return written[0];
    items = written;
    level += 1;
    entrySize = 24;
    writeEntry = writeBranchEntry;
  }
}

function writePage(pages, ptype, level, entrySize, entries, writeEntry) {
  const page = Buffer.alloc(PAGE_SIZE);
  entries.forEach((entry, i) => writeEntry(page, i * entrySize, entry));
  page.writeUInt8(entries.length, 488);
  page.writeUInt8(Math.floor(488 / entrySize), 489);
  page.writeUInt8(entrySize, 490);
  page.writeUInt8(level, 491);
  const ib = pages.offset;
  const bid = pages.nextBid;
  pages.nextBid += 4;
  pages.offset += PAGE_SIZE;
  writePageTrailer(page, ptype, signature(ib, bid), bid);
  pages.chunks.push({ ib, bytes: page });
  return { ib, bid };
}

function writePageTrailer(page, ptype, sig, bid) {
  page.writeUInt8(ptype, PAGE_DATA_SIZE);
  page.writeUInt8(ptype, PAGE_DATA_SIZE + 1);
  page.writeUInt16LE(sig, PAGE_DATA_SIZE + 2);
  page.writeUInt32LE(crc(page.subarray(0, PAGE_DATA_SIZE)), PAGE_DATA_SIZE + 4);
  page.writeBigUInt64LE(BigInt(bid), PAGE_DATA_SIZE + 8);
}

/** The AMap marks every 64-byte slot in use (itself, the PMap, blocks, pages); the PMap is all set. */
function writeMaps(file, chunks) {
  const amap = Buffer.alloc(PAGE_SIZE);
  const used = [{ ib: AMAP_OFFSET, size: PAGE_SIZE }, { ib: PMAP_OFFSET, size: PAGE_SIZE }, ...chunks.map((chunk) => ({ ib: chunk.ib, size: chunk.bytes.length }))];
  let usedBytes = 0;
  for (const { ib, size } of used) {
    usedBytes += size;
    for (let slot = (ib - AMAP_OFFSET) / 64; slot < (ib - AMAP_OFFSET + size) / 64; slot++) amap[slot >> 3] |= 0x80 >> (slot & 7);
  }
  writePageTrailer(amap, PTYPE.amap, 0, AMAP_OFFSET);
  amap.copy(file, AMAP_OFFSET);
  const pmap = Buffer.alloc(PAGE_SIZE, 0xff);
  writePageTrailer(pmap, PTYPE.pmap, 0, PMAP_OFFSET);
  pmap.copy(file, PMAP_OFFSET);
  return AMAP_COVERAGE - usedBytes;
}

/** [MS-PST] 2.2.2.6: the Unicode HEADER with its ROOT, and both CRCs. */
function writeHeader(file, { rgnid, cryptMethod, eof, freeBytes, bbtRoot, nbtRoot, bidNextB, bidNextP }) {
  const header = file.subarray(0, HEADER_SIZE);
  header.write('!BDN', 0, 'latin1');
  header.writeUInt16LE(0x4d53, 8); // wMagicClient "SM"
  header.writeUInt16LE(23, 10); // wVer: Unicode
  header.writeUInt16LE(19, 12); // wVerClient
  header.writeUInt8(0x01, 14); // bPlatformCreate
  header.writeUInt8(0x01, 15); // bPlatformAccess
  header.writeBigUInt64LE(BigInt(bidNextP), 32);
  header.writeUInt32LE(1, 40); // dwUnique
  for (let type = 0; type < 32; type++) header.writeUInt32LE(rgnid[type], 44 + type * 4);
  header.writeBigUInt64LE(BigInt(eof), 184); // root.ibFileEof
  header.writeBigUInt64LE(BigInt(AMAP_OFFSET), 192); // root.ibAMapLast
  header.writeBigUInt64LE(BigInt(freeBytes), 200); // root.cbAMapFree
  header.writeBigUInt64LE(0n, 208); // root.cbPMapFree
  header.writeBigUInt64LE(BigInt(nbtRoot.bid), 216);
  header.writeBigUInt64LE(BigInt(nbtRoot.ib), 224);
  header.writeBigUInt64LE(BigInt(bbtRoot.bid), 232);
  header.writeBigUInt64LE(BigInt(bbtRoot.ib), 240);
  header.writeUInt8(0x02, 248); // root.fAMapValid: VALID_AMAP2
  header.fill(0xff, 256, 512); // rgbFM, rgbFP: deprecated, all set
  header.writeUInt8(0x80, 512); // bSentinel
  header.writeUInt8(cryptMethod, 513);
  header.writeBigUInt64LE(BigInt(bidNextB), 516);
  header.writeUInt32LE(crc(header.subarray(8, 8 + 471)), 4);
  header.writeUInt32LE(crc(header.subarray(8, 8 + 516)), 524);
}

module.exports = { NodeDatabase, MAX_BLOCK_DATA, crc };
