/**
 * Robustness on real mail (../shared/corpus, see its SOURCES.md): a deterministic sample of each
 * folder, plus every fixture known to be deliberately broken, through the built CLI in one run
 * per folder; and the decoded text of trec06c's boundary-less multiparts, which a strict MIME
 * parser leaves empty.
 */
import fs from 'node:fs';
import path from 'node:path';
import { emlToDraft } from '../src/cli/eml';
import { BUILD_TIMEOUT_MS, SHARED, ensureCliBuilt, jsonLines, runCli, type CliRun } from './helpers/cli';

const CORPUS = path.join(SHARED, 'corpus');

/** Every 25th file: about 60 zh/ham, 10 zh/spam, 60 en and 20 fixtures, enough variety for a fast run. */
const SAMPLE_EVERY = 25;

/** Generous: the whole sample parses in about a second; a slow CI machine must not fail on time. */
const RUN_TIMEOUT_MS = 300_000;

/** SOURCES.md «Deliberately not RFC 822», kept as they are to test robustness. */
const BROKEN_FIXTURES = [
  'demisto__parse_emails__tests__test_data__no_content.eml',
  'demisto__parse_emails__tests__test_data__smtp_envelope_headers.eml',
  'demisto__parse_emails__tests__test_data__test_text_before_headers.eml',
  'enmime__testdata__low-quality__bad-header-start.eml',
  'enmime__testdata__mail__erroneous.eml',
];

const FOLDERS = ['zh/ham', 'zh/spam', 'en', 'fixtures'] as const;
type Folder = (typeof FOLDERS)[number];

/** The most frequent Chinese characters: a correctly decoded post of any length almost always has one. */
const FREQUENT_HAN = /[的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日]/u;

/** Three or more Latin-1 letters in a row: GBK bytes read as ISO-8859-1 or windows-1252. */
const LATIN1_MOJIBAKE = /[\u00c0-\u00ff]{3}/u;

function sampleOf(folder: Folder): string[] {
  const names = fs.readdirSync(path.join(CORPUS, folder)).sort();
  const sample = names.filter((_, index) => index % SAMPLE_EVERY === 0);
  if (folder === 'fixtures') for (const name of BROKEN_FIXTURES) if (!sample.includes(name)) sample.push(name);
  return sample.map((name) => path.join(CORPUS, folder, name));
}

const samples = new Map(FOLDERS.map((folder) => [folder, sampleOf(folder)]));
const runs = new Map<Folder, CliRun>();

beforeAll(async () => {
  ensureCliBuilt();
  for (const folder of FOLDERS) runs.set(folder, await runCli(['check', ...samples.get(folder)!, '--format', 'json']));
}, BUILD_TIMEOUT_MS + RUN_TIMEOUT_MS);

describe.each(FOLDERS)('%s sample through the CLI', (folder) => {
  test('exactly one JSON line per file, in order, each with a decision or an error; no crash', () => {
    const run = runs.get(folder)!;
    expect(run.stderr).toBe('');
    expect([0, 1, 2]).toContain(run.code);
    const lines = jsonLines(run.stdout);
    expect(lines.map((line) => line.file)).toEqual(samples.get(folder));
    for (const line of lines) {
      if ('error' in line) expect(line.error).toEqual(expect.any(String));
      else expect(['allow', 'prompt', 'block']).toContain(line.decision);
    }
  });

  if (folder !== 'fixtures') {
    test('every real message is read (no error lines)', () => {
      expect(jsonLines(runs.get(folder)!.stdout).filter((line) => 'error' in line)).toEqual([]);
    });
  }
});

describe('deliberately broken fixtures', () => {
  const lineFor = (name: string) => jsonLines(runs.get('fixtures')!.stdout).find((line) => path.basename(line.file) === name);

  test.each([
    ['demisto__parse_emails__tests__test_data__no_content.eml', /empty/u],
    ['enmime__testdata__mail__erroneous.eml', /neither an email message/u],
  ])('%s is reported as an error', (name, reason) => {
    const line = lineFor(name);
    expect(line && 'error' in line ? line.error : line).toMatch(reason);
  });

  test.each(BROKEN_FIXTURES.slice(1, 4))('%s is still checked as a message', (name) => {
    const line = lineFor(name);
    expect(line && 'decision' in line ? line.decision : line).toMatch(/^(?:allow|prompt|block)$/u);
  });

  test('the fixtures run exits 2 because of the unreadable ones', () => {
    expect(runs.get('fixtures')!.code).toBe(2);
  });
});

describe('zh/ham sample: multiparts whose boundary lines were stripped', () => {
  const boundaryless = samples.get('zh/ham')!.filter(isBoundarylessMultipart);

  test('the sample holds such messages (64% of trec06c ham)', () => {
    expect(boundaryless.length).toBeGreaterThan(samples.get('zh/ham')!.length / 3);
  });

  test.each(boundaryless.map((file) => [path.basename(file), file]))('%s: the bare body is decoded as Chinese', async (_name, file) => {
    const { body } = await emlToDraft(fs.readFileSync(file));
    expect(body.trim()).not.toBe('');
    expect(body).toMatch(/[\u4e00-\u9fff]/u);
    expect(body).not.toContain('\uFFFD');
    expect(body).not.toMatch(LATIN1_MOJIBAKE);
  });

  test('nearly every decoded body has one of the most frequent Chinese characters (mojibake has almost none)', async () => {
    const bodies = await Promise.all(boundaryless.map(async (file) => (await emlToDraft(fs.readFileSync(file))).body));
    const withFrequent = bodies.filter((body) => FREQUENT_HAN.test(body)).length;
    expect(withFrequent / bodies.length).toBeGreaterThanOrEqual(0.9);
  });
});

/** Declares multipart/* with a boundary, but no line of the body starts with it. */
function isBoundarylessMultipart(file: string): boolean {
  const text = fs.readFileSync(file).toString('latin1');
  const headerEnd = text.search(/\r?\n\r?\n/u);
  const header = text.slice(0, headerEnd < 0 ? text.length : headerEnd).replace(/\r?\n[ \t]+/gu, ' ');
  const type = /^content-type:\s*multipart\/[^\n]*?boundary="?([^";\s]+)/imu.exec(header);
  if (!type) return false;
  const body = text.slice(headerEnd < 0 ? text.length : headerEnd);
  return !body.split(/\r?\n/u).some((line) => line.startsWith(`--${type[1]}`));
}
