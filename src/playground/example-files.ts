/**
 * The file the attachment-contents example carries: a small workbook written here as Excel writes
 * one (inline strings), so the task pane reads real bytes through getAttachmentContentAsync. The
 * ID numbers are made up, with valid GB 11643 check digits.
 */
import { strToU8, zipSync } from 'fflate';
import { toBase64 } from './blank-attachment';

const ROWS = [
  ['姓名', '部门', '身份证号', '入职日期'],
  ['王五', '市场部', '110105199003071239', '2026-12-01'],
  ['赵六', '研发部', '310101197511200044', '2026-12-01'],
  ['孙七', '财务部', '440305198808080012', '2026-12-08'],
];

const escape = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');

function sheetXml(rows: readonly (readonly string[])[]): string {
  const cells = rows.map((row, r) => `<row r="${r + 1}">${row.map((value, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`).join('')}</row>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${cells.join('')}</sheetData></worksheet>`;
}

/** 新员工名单.xlsx: its bytes in base64, and its size. */
export function newHiresWorkbook(): { readonly content: string; readonly size: number } {
  const bytes = zipSync({
      '[Content_Types].xml': strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
      'xl/workbook.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="名单" sheetId="1"/></sheets></workbook>'),
      'xl/worksheets/sheet1.xml': strToU8(sheetXml(ROWS)),
  });
  return { content: toBase64(bytes), size: bytes.length };
}
