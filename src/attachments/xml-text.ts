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
 * Booleans and errors are not text anyone wrote. A long run of digits follows its column's label
 * (the nearest text above it: `银行卡号 6222…`), which the card rule needs within 20 characters
 * and a flattened sheet would otherwise put rows away. Then the print header and footer.
 */
export function sheetText(xml: string, strings: readonly string[]): string {
  let text = '';
  const labels = new Map<string, string>();
  for (const match of xml.matchAll(CELL_OR_ROW_END)) {
    if (match[1] === undefined) {
      text += '\n';
      continue;
    }
    const value = cellValue(CELL_TYPE.exec(match[1])?.[1] ?? 'n', match[2] ?? '', strings);
    if (value === '') continue;
    const column = CELL_COLUMN.exec(match[1])?.[1] ?? '';
    const label = LONG_NUMBER.test(value) ? labels.get(column) : undefined;
    if (column && value.length <= MAX_LABEL_CHARS && !/\d/u.test(value)) labels.set(column, value);
    text += label ? `${label} ${value}\t` : `${value}\t`;
  }
  return text + headerFooterText(xml);
}

const CELL_COLUMN = /\br="([A-Z]+)\d+"/u;
const LONG_NUMBER = /^\d[\d -]{11,}$/u;
/** A label is words: longer text above a number is a note, and one with digits is data. */
const MAX_LABEL_CHARS = 20;
const HEADER_FOOTER = /<(odd|even|first)(Header|Footer)>([^<]*)<\/\1\2>/gu;
/**
 * Excel's codes in a header's text: `&C` centre, `&P` page, `&"宋体,加粗"` a font, `&12` a size,
 * `&KFF0000` or `&K01+000` a colour (a red CONFIDENTIAL is the common marking); `&&` is an ampersand.
 */
const HEADER_CODE = /&(?:&|"[^"]*"|K(?:[0-9A-Fa-f]{6}|\d{2}[+-]\d{3})|\d+|[A-Za-z])/gu;

/** The print header and footer (`&C机密`), where a workbook's marking often stands. */
function headerFooterText(xml: string): string {
  // The element follows the cells: found from the end, so a large sheet is not scanned a second time.
  const at = xml.lastIndexOf('<headerFooter');
  if (at < 0) return '';
  let text = '';
  for (const match of xml.slice(at).matchAll(HEADER_FOOTER)) text += `${decodeEntities(match[3]!).replace(HEADER_CODE, (code) => (code === '&&' ? '&' : ' ')).trim()}\n`;
  return text;
}

/** The sheets' names in the workbook (`工资表`, `身份证信息`): a name can be the marking. */
export function sheetNames(xml: string): string {
  return [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/gu)].map((match) => decodeEntities(match[1]!)).join('\n');
}

/**
 * The text of a comments part, a line per comment: a note's runs joined as they are shown (a
 * number split by a change of format stays whole), a threaded comment's `<text>`.
 */
export function commentText(xml: string): string {
  let text = '';
  for (const comment of xml.matchAll(/<(comment|threadedComment)\b[\s\S]*?<\/\1>/gu)) {
    for (const run of comment[0].matchAll(/<(t|text)(?:\s[^>]*)?>([^<]*)<\/\1>/gu)) text += decodeEntities(run[2]!);
    text += '\n';
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
