import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadDraft, type LoadedDraft } from './load-draft';

let dir: string;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-load-'));
});

afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The English reason of a refused file (the one JSON output carries). */
function reasonOf(loaded: LoadedDraft): string | null {
  return loaded.ok ? null : loaded.error['en-US'];
}

async function load(name: string, content: string | Buffer) {
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return loadDraft(file);
}

test('a JSON draft, with a BOM and whatever its name', async () => {
  const loaded = await load('draft.eml', '\uFEFF  {"subject": "预算", "to": ["bob@contoso.com"]}');
  expect(loaded.ok && loaded.draft.subject).toBe('预算');
});

test('a JSON value that is not a draft names the problem and its path', async () => {
  expect(reasonOf(await load('a.json', '[1, 2]'))).toMatch(/^not a valid draft: \$: /u);
  expect(reasonOf(await load('b.json', 'subject: x'))).toMatch(/^not valid JSON/u);
});

test('a message, including obsolete "Name :" header syntax', async () => {
  const loaded = await load('m.eml', 'Subject : Hello there\r\nFrom : a@contoso.com\r\n\r\nBody\r\n');
  expect(loaded.ok && loaded.draft.from).toBe('a@contoso.com');
});

test.each([
  ['empty.eml', '', /^empty file$/u],
  ['blank.eml', '  \n\n ', /^empty file$/u],
  ['mail.msg', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]), /\.msg files are not supported/u],
  ['image.eml', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /^binary file/u],
  ['notes.txt', 'Dear diary,\n\ntoday nothing happened.\n', /^neither an email message/u],
])('%s is refused', async (name, content, expected) => {
  expect(reasonOf(await load(name, content))).toMatch(expected);
});

test('a missing file', async () => {
  const loaded = await loadDraft(path.join(dir, 'nope.eml'));
  expect(loaded).toEqual({ ok: false, error: { 'zh-CN': '文件不存在', 'zh-TW': '檔案不存在', 'en-US': 'no such file or directory' } });
});
