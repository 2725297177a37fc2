/**
 * The text of Office Open XML parts, by the few elements that hold it. Each pattern walks a part
 * once, left to right (no nesting is followed: text elements hold no markup), so the cost is
 * linear in the part's size.
 */

const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(lt|gt|amp|quot|apos));/giu;
const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name.toLowerCase()] ?? whole;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/**
 * Word (`w:`) and PowerPoint/DrawingML (`a:`) runs: `<p:t>` text, a line per paragraph, tabs and
 * breaks as white space, so that numbers in neighbouring runs of one paragraph stay together
 * (`1101` `0519…` is one ID split by the editor) while separate paragraphs do not run into each other.
 */
export function runText(xml: string, prefix: 'w' | 'a'): string {
  const pattern = new RegExp(`<${prefix}:t(?:\\s[^>]*)?>([^<]*)</${prefix}:t>|</${prefix}:p>|<${prefix}:(?:tab|br|cr)\\b[^>]*/>`, 'gu');
  let text = '';
  for (const match of xml.matchAll(pattern)) {
    if (match[1] !== undefined) text += decodeEntities(match[1]);
    else text += match[0].startsWith('</') ? '\n' : match[0].includes('tab') ? '\t' : '\n';
  }
  return text;
}

/** A workbook's shared strings, by index; phonetic guides (`<rPh>`) are not the cell's text. */
export function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const item of xml.matchAll(/<si>([\s\S]*?)<\/si>/gu)) {
    const body = item[1]!.replace(/<rPh\b[\s\S]*?<\/rPh>/gu, '');
    let text = '';
    for (const run of body.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/gu)) text += decodeEntities(run[1]!);
    strings.push(text);
  }
  return strings;
}

const CELL_OR_ROW_END = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)|<\/row>/gu;
const CELL_TYPE = /\bt="([^"]*)"/u;
const CELL_VALUE = /<v>([^<]*)<\/v>/u;

/**
 * A worksheet's cell values, a tab between cells and a line per row: shared and inline strings,
 * formula results and numbers, which is how spreadsheets often store ID and card numbers.
 * Booleans and errors are not text anyone wrote.
 */
export function sheetText(xml: string, strings: readonly string[]): string {
  let text = '';
  for (const match of xml.matchAll(CELL_OR_ROW_END)) {
    if (match[1] === undefined) {
      text += '\n';
      continue;
    }
    const value = cellValue(CELL_TYPE.exec(match[1])?.[1] ?? 'n', match[2] ?? '', strings);
    if (value !== '') text += `${value}\t`;
  }
  return text;
}

function cellValue(type: string, body: string, strings: readonly string[]): string {
  if (type === 'inlineStr') return [...body.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/gu)].map((run) => decodeEntities(run[1]!)).join('');
  if (type === 'b' || type === 'e') return '';
  const value = CELL_VALUE.exec(body)?.[1];
  if (value === undefined) return '';
  if (type === 's') return strings[Number(value)] ?? '';
  return type === 'n' ? plainNumber(value) : decodeEntities(value);
}

/** `1.10105491231002E+14` as the digits it stands for, where a double holds them exactly. */
function plainNumber(value: string): string {
  if (!/e\+/iu.test(value)) return value;
  const number = Number(value);
  return Number.isSafeInteger(number) ? String(number) : value;
}
