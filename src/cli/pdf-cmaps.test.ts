import fs from 'node:fs';
import path from 'node:path';
import { pdfCMapFolder } from './pdf-cmaps';

test('the character maps are pdfjs-dist’s, with the Unicode maps of the Simplified and Traditional collections', () => {
  const folder = pdfCMapFolder();
  expect(folder).toMatch(/pdfjs-dist[\\/]cmaps[\\/]$/u);
  for (const map of ['UniGB-UCS2-H', 'UniCNS-UCS2-H', 'Adobe-GB1-UCS2', 'Adobe-CNS1-UCS2']) expect(fs.existsSync(path.join(folder!, `${map}.bcmap`))).toBe(true);
});

test('no pdfjs-dist above the folder: no character maps', () => {
  expect(pdfCMapFolder(path.parse(process.cwd()).root)).toBeUndefined();
});
