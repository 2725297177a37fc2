/**
 * Hostile messages in a batch (issue 12): each one gets its own error line, memory stays bounded
 * per message, and the files after it are still checked. The built CLI runs with a small heap,
 * as a long archive run would, so a message that needs gigabytes fails the test.
 */
import { jsonLines, runCli, writeFile, withBuiltCliAndTempDir } from './helpers/cli';
import { forEachWithinBudget, IN_FLIGHT } from '../src/cli/main';

jest.setTimeout(120_000);

/** Far below what the inputs below took before the limits (2–5 GB). */
const BOUNDED_HEAP = { NODE_OPTIONS: '--max-old-space-size=512' };

const HEADER = 'From: zhang.san@contoso.com\r\nTo: li.si@contoso.com\r\nSubject: 第三季度预算审批\r\nMIME-Version: 1.0\r\n';
const CLEAN = `${HEADER}Content-Type: text/plain; charset=utf-8\r\n\r\n李四：\r\n\r\n第三季度预算已审核通过。\r\n\r\n谢谢\r\n张三\r\n`;

let dir: string;
withBuiltCliAndTempDir((made) => {
  dir = made;
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

/** A text body of about `megabytes` MB whose only marking is at its very end; the HTML is ASCII, so its length in characters is its size. */
function largeBody(megabytes: number, type: 'plain' | 'html'): string {
  const line = type === 'html' ? '<p>The budget for the third quarter is approved.</p>\r\n' : '第三季度预算已审核通过，请各部门按计划执行。\r\n';
  const lines = Math.ceil((megabytes * 1024 * 1024) / Buffer.byteLength(line));
  const external = HEADER.replace('li.si@contoso.com', 'erika@fabrikam.com');
  return `${external}Content-Type: text/${type}; charset=utf-8\r\n\r\n${line.repeat(lines)}【机密】\r\n`;
}

test('an 80 MB text body is checked to its end inside a 384 MB heap, and the next file is checked', async () => {
  // postal-mime alone needed gigabytes for such a body (a view and a string per line, then a Blob of them all).
  const large = writeFile(dir, 'a-large.eml', largeBody(80, 'plain'));
  const clean = writeFile(dir, 'b-clean.eml', CLEAN);
  const run = await runCli(['check', large, clean, '--format', 'json'], { env: { NODE_OPTIONS: '--max-old-space-size=384' } });
  expect(run.stderr).toBe('');
  const lines = jsonLines(run.stdout);
  expect(lines).toEqual([expect.objectContaining({ file: large, decision: 'block' }), expect.objectContaining({ file: clean, decision: 'allow' })]);
  expect('findings' in lines[0]! && lines[0].findings.map((finding) => finding.rule)).toContain('sensitive-content');
});

test('HTML-only mail longer than 16 MiB is checked to its end (html-to-text cut its input there)', async () => {
  const file = writeFile(dir, 'large.eml', largeBody(17, 'html'));
  const run = await checkBatch([file]);
  expect(run.stderr).toBe('');
  const line = run.lines[0]!;
  expect('findings' in line && line.findings.map((finding) => finding.rule)).toContain('sensitive-content');
});

describe('files in flight are bounded by their bytes, not only their number', () => {
  const MIB = 1024 * 1024;
  type Input = { readonly name: string; readonly bytes: number };
  const small = (name: string): Input => ({ name, bytes: MIB });

  /** Runs `inputs` through the CLI's scheduler with a checker that takes a few event-loop turns; records who was in flight at each start. */
  async function schedule(inputs: readonly Input[]) {
    const bytes = new Map(inputs.map((input) => [input.name, input.bytes]));
    const inFlight = new Set<string>();
    const atStart: string[][] = [];
    const emitted: string[] = [];
    const check = async (file: string): Promise<string> => {
      inFlight.add(file);
      atStart.push([...inFlight]);
      // Files finish out of their order: the output must not.
      for (let turn = 0; turn < 1 + (file.length % 4); turn += 1) await new Promise((resolve) => setImmediate(resolve));
      inFlight.delete(file);
      return file;
    };
    await forEachWithinBudget(inputs.map((input) => input.name), check, (file) => emitted.push(file), async (file) => bytes.get(file)!);
    const inFlightBytes = (files: string[]) => files.reduce((sum, file) => sum + bytes.get(file)!, 0);
    return { atStart, emitted, inFlightBytes };
  }

  const smalls = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => small(`${prefix}-${'x'.repeat(index)}`));
  const large = { name: 'large-a', bytes: 40 * MIB };
  const otherLarge = { name: 'large-bb', bytes: 40 * MIB };
  const huge = { name: 'huge', bytes: 100 * MIB };
  const inputs = [...smalls('a', 3), large, otherLarge, ...smalls('b', 10), huge, ...smalls('c', 3)];

  test('two large files are never in flight together, and a file over the budget runs alone', async () => {
    const { atStart } = await schedule(inputs);
    expect(atStart.filter((files) => files.includes(large.name) && files.includes(otherLarge.name))).toEqual([]);
    expect(atStart.filter((files) => files.includes(huge.name) && files.length > 1)).toEqual([]);
  });

  test('small files still run side by side, up to the file limit, within the byte budget', async () => {
    const { atStart, inFlightBytes } = await schedule(inputs);
    expect(Math.max(...atStart.map((files) => files.length))).toBe(IN_FLIGHT.files);
    expect(atStart.filter((files) => files.length > 1 && inFlightBytes(files) > IN_FLIGHT.bytes)).toEqual([]);
  });

  test('results come out in the order of the files, each once', async () => {
    const { emitted } = await schedule(inputs);
    expect(emitted).toEqual(inputs.map((input) => input.name));
  });
});
