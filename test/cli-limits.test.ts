/**
 * Hostile messages in a batch (issue 12): each one gets its own error line, memory stays bounded
 * per message, and the files after it are still checked. The built CLI runs with a small heap,
 * as a long archive run would, so a message that needs gigabytes fails the test.
 */
import { ensureCliBuilt, BUILD_TIMEOUT_MS, jsonLines, makeTempDir, removeTempDir, runCli, writeFile } from './helpers/cli';

jest.setTimeout(120_000);

/** Far below what the inputs below took before the limits (2–5 GB). */
const BOUNDED_HEAP = { NODE_OPTIONS: '--max-old-space-size=512' };

const HEADER = 'From: zhang.san@contoso.com\r\nTo: li.si@contoso.com\r\nSubject: 第三季度预算审批\r\nMIME-Version: 1.0\r\n';
const CLEAN = `${HEADER}Content-Type: text/plain; charset=utf-8\r\n\r\n李四：\r\n\r\n第三季度预算已审核通过。\r\n\r\n谢谢\r\n张三\r\n`;

let dir: string;

beforeAll(() => {
  ensureCliBuilt();
}, BUILD_TIMEOUT_MS);

beforeEach(() => {
  dir = makeTempDir();
});

afterEach(() => {
  removeTempDir(dir);
});

async function checkBatch(files: string[]) {
  const run = await runCli(['check', ...files, '--format', 'json'], { env: BOUNDED_HEAP });
  return { ...run, lines: jsonLines(run.stdout) };
}

test('4 million empty MIME parts (20 MB): a per-file error, and the next file is checked', async () => {
  const parts = writeFile(dir, 'a-parts.eml', `${HEADER}Content-Type: multipart/mixed; boundary=b\r\n\r\n${'--b\n\n'.repeat(4_000_000)}--b--\n`);
  const clean = writeFile(dir, 'b-clean.eml', CLEAN);
  const run = await checkBatch([parts, clean]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(2);
  expect(run.lines).toEqual([
    { file: parts, error: 'too many MIME parts: the limit for one message is 10000' },
    expect.objectContaining({ file: clean, decision: 'allow' }),
  ]);
});

test('a boundary declared in a form the count does not read (RFC 2231) still counts every -- line', async () => {
  const parts = writeFile(dir, 'a-parts.eml', `${HEADER}Content-Type: multipart/mixed; boundary*0="b"\r\n\r\n${'--b\n\n'.repeat(20_000)}--b--\n`);
  const run = await checkBatch([parts]);
  expect(run.lines).toEqual([{ file: parts, error: 'too many MIME parts: the limit for one message is 10000' }]);
});

test('a message with many parts but under the limit is checked', async () => {
  const part = '--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n李四：第三季度预算已审核通过。谢谢 张三\r\n';
  const file = writeFile(dir, 'parts.eml', `${HEADER}Content-Type: multipart/mixed; boundary=b\r\n\r\n${part.repeat(2_000)}--b--\r\n`);
  const run = await checkBatch([file]);
  expect(run.lines).toEqual([expect.objectContaining({ file, decision: expect.any(String) })]);
});

test('MIME nesting deeper than 50 levels is a per-file error', async () => {
  let body = 'Content-Type: text/plain\r\n\r\nhello\r\n';
  for (let level = 0; level < 60; level += 1) body = `Content-Type: multipart/mixed; boundary=b${level}\r\n\r\n--b${level}\r\n${body}--b${level}--\r\n`;
  const file = writeFile(dir, 'deep.eml', `${HEADER}${body}`);
  const clean = writeFile(dir, 'z-clean.eml', CLEAN);
  const run = await checkBatch([file, clean]);
  expect(run.lines).toEqual([{ file, error: expect.stringContaining('nesting depth of 50') }, expect.objectContaining({ file: clean, decision: 'allow' })]);
});

test.each([
  ['2,000 nested <div>s', '<div>'.repeat(2_000), '</div>'.repeat(2_000)],
  ['1,000 nested tables', '<table><tr><td>'.repeat(1_000), '</td></tr></table>'.repeat(1_000)],
  ['100,000 nested <div>s', '<div>'.repeat(100_000), ''],
])('HTML-only mail with %s is checked, its text included', async (_name, open, close) => {
  const html = `${open}附件是机密合同，请查收。${close}`;
  const file = writeFile(dir, 'deep.eml', `${HEADER.replace('li.si@contoso.com', 'erika@fabrikam.com')}Content-Type: text/html; charset=utf-8\r\n\r\n${html}\r\n`);
  const run = await checkBatch([file]);
  expect(run.stderr).toBe('');
  const line = run.lines[0]!;
  expect('decision' in line && line.findings.map((finding) => finding.rule)).toEqual(expect.arrayContaining(['sensitive-content', 'attachment-forgotten']));
});
