/**
 * Attachment text extraction (issue 17): a 5 MB workbook of 50,000 cells and a 50-page PDF,
 * generated here (not committed), read as `preflight check` reads them.
 */
import { strToU8, zipSync } from 'fflate';
import { extractText, messageLimits, type Extraction } from '../src/attachments';
import { randomResidentId, Rng } from '../test/sensitive-numbers';
import type { BenchSuite } from './index';
import { report } from './measure';

const ROWS = 10_000;
const COLUMNS = 5;
const PAGES = 50;
const LINES_PER_PAGE = 45;

/** Random Han characters: names and remarks that compress about as real ones do. */
function han(rng: Rng, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(0x4e00 + rng.int(0, 6000));
  return text;
}

const escapeXml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');

/** A workbook as Excel writes one: shared strings for text, numbers inline; IDs as text in one column. */
function workbook(): Uint8Array {
  const rng = new Rng(17);
  const strings: string[] = [];
  const rows: string[] = [];
  for (let r = 1; r <= ROWS; r++) {
    const cells = [han(rng, 3), randomResidentId(rng), han(rng, 220)].map((text, c) => {
      strings.push(text);
      return `<c r="${'ABE'[c]}${r}" t="s"><v>${strings.length - 1}</v></c>`;
    });
    cells.push(`<c r="C${r}"><v>${rng.int(3000, 90000)}.${rng.int(0, 99)}</v></c>`, `<c r="D${r}"><v>${rng.int(1, 1_000_000_000)}</v></c>`);
    rows.push(`<row r="${r}">${cells.join('')}</row>`);
  }
  const shared = `<sst count="${strings.length}">${strings.map((text) => `<si><t>${escapeXml(text)}</t></si>`).join('')}</sst>`;
  return zipSync({
    '[Content_Types].xml': strToU8('<Types/>'),
    'xl/sharedStrings.xml': strToU8(shared),
    'xl/worksheets/sheet1.xml': strToU8(`<worksheet><sheetData>${rows.join('')}</sheetData></worksheet>`),
  });
}

/** A text PDF: Helvetica, 45 lines a page, with a cross-reference table PDF.js need not rebuild. */
function pdf(): Uint8Array {
  const rng = new Rng(18);
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'];
  const kids: string[] = [];
  for (let page = 0; page < PAGES; page++) {
    const lines = Array.from({ length: LINES_PER_PAGE }, (_, i) => `(Line ${i + 1}: customer ${rng.int(1000, 9999)} ID ${randomResidentId(rng)} amount ${rng.int(10, 99999)}.00) Tj T*`);
    const stream = `BT /F1 10 Tf 14 TL 50 800 Td ${lines.join(' ')} ET`;
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${objects.length} 0 R >>`);
    kids.push(`${objects.length} 0 R`);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${PAGES} >>`;
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return strToU8(out);
}

async function time(name: string, bytes: Uint8Array, runs = 5): Promise<{ ms: number; result: Extraction }> {
  let result = await extractText(name, bytes, messageLimits(60_000));
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = await extractText(name, bytes, messageLimits(60_000));
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, result };
}

function describe(bytes: Uint8Array, result: Extraction): string {
  const text = result.kind === 'text' ? `${(result.text.length / 1e6).toFixed(2)} M characters${result.truncated ? ', truncated' : ''}` : result.kind;
  return `${(bytes.length / 1e6).toFixed(1)} MB file, ${text}`;
}

export const attachmentsSuite: BenchSuite = {
  name: 'attachments',
  async run() {
    const xlsx = workbook();
    const sheet = await time('名单.xlsx', xlsx);
    report(`xlsx, ${(ROWS * COLUMNS).toLocaleString('en-US')} cells`, sheet.ms, describe(xlsx, sheet.result));
    const document = pdf();
    const coldStart = performance.now();
    await extractText('first.pdf', document, messageLimits(60_000));
    report(`pdf, ${PAGES} pages, first (PDF.js loaded)`, performance.now() - coldStart);
    const pages = await time('report.pdf', document);
    report(`pdf, ${PAGES} pages`, pages.ms, describe(document, pages.result));
  },
};
