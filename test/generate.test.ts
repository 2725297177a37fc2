import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

function runGenerator(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'generate.js'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A copy of what the generator reads and writes, to make stale on purpose. */
function copyOfTheSources(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-generate-'));
  for (const part of ['scripts', 'src/engine', 'docs', 'README.md']) fs.cpSync(path.join(ROOT, part), path.join(root, part), { recursive: true });
  fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(root, 'node_modules'));
  return root;
}

test('every generated file is up to date with the rule folders (npm run generate)', () => {
  const { code, output } = runGenerator(ROOT, '--check');
  expect(output).toBe('Generated files are up to date.\n');
  expect(code).toBe(0);
});

describe('in a copy of the sources', () => {
  let root: string;
  beforeAll(() => {
    root = copyOfTheSources();
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test('--check names each stale file and changes nothing; a run without it brings them up to date', () => {
    const catalog = path.join(root, 'src/engine/rules/cc-excessive/catalog.ts');
    fs.writeFileSync(catalog, fs.readFileSync(catalog, 'utf8').replace('More than 5 recipients in CC.', 'More than five people in CC.'));
    const rulePage = path.join(root, 'src/engine/rules/mass-mail/README.md');
    const before = fs.readFileSync(rulePage, 'utf8');
    fs.writeFileSync(rulePage, before.replace('Message ids: `toGroup`, `tooMany`.', 'Message ids: `toGroup`.'));

    const checked = runGenerator(root, '--check');
    expect(checked.code).toBe(1);
    expect(checked.output).toBe('Generated files are out of date (run npm run generate):\n  docs/rules.md\n  src/engine/rules/cc-excessive/README.md\n  src/engine/rules/mass-mail/README.md\n');
    expect(fs.readFileSync(rulePage, 'utf8')).not.toBe(before);

    expect(runGenerator(root).code).toBe(0);
    expect(fs.readFileSync(rulePage, 'utf8')).toBe(before);
    expect(fs.readFileSync(path.join(root, 'docs/rules.md'), 'utf8')).toContain('| More than five people in CC. |');
    expect(runGenerator(root, '--check').code).toBe(0);
  });

  test('a rule folder whose catalog position another rule of its area holds is an error naming both', () => {
    const catalog = path.join(root, 'src/engine/rules/cc-duplicate/catalog.ts');
    fs.writeFileSync(catalog, fs.readFileSync(catalog, 'utf8').replace('position: 20,', 'position: 10,'));
    const { code, output } = runGenerator(root, '--check');
    expect(code).not.toBe(0);
    expect(output).toMatch(/cc-(excessive|duplicate) and cc-(excessive|duplicate) share area recipients and position 10/u);
  });
});
