import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BUILD, DIST, ROOT } from './helpers/build';
import { parsePolicy } from '../src/engine';
import { policyJsonSchema } from '../src/engine/policy/json-schema';

/**
 * `npm run build` is the deployment build: an admin puts its folder on the add-in's host as it is,
 * so it holds only what Outlook loads, and it is for the address the admin gave or for none.
 */
const WEBPACK = path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js');
const BASE_URL = 'https://addins.contoso.com/preflight';
/** A full production build of the task pane and the handlers on a busy 2-core machine. */
const BUILD_TIMEOUT_MS = 240_000;

/** Every file Outlook loads from the host, and the license notices of the bundles: nothing else. */
const DEPLOYMENT_FILES = [
  'assets/icon-128.png',
  'assets/icon-16.png',
  'assets/icon-32.png',
  'assets/icon-64.png',
  'assets/icon-80.png',
  'commands.html',
  'launchevent.js',
  'manifest.xml',
  'policy.json',
  'policy.schema.json',
  'support.html',
  // The pane's attachment extractors and PDF.js, loaded on first use (src/taskpane/attachment-scan.ts).
  'taskpane.attachments.js',
  'taskpane.html',
  'taskpane.js',
  'taskpane.js.LICENSE.txt',
  'taskpane.pdfjs.js',
  // The pane's reader that commands.html loads at compose time (src/launchevent/page-scan.ts).
  'taskpane.scan.js',
];

/** pdfjs-dist's character maps and their license, which the pane's PDF.js fetches from beside taskpane.html for Chinese in fonts a PDF does not embed. */
const CMAP_FILES = fs.readdirSync(path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps')).map((name) => `taskpane.cmaps/${name}`);

function webpack(args: readonly string[], env: NodeJS.ProcessEnv) {
  const { ADDIN_BASE_URL: _ignored, ...rest } = process.env;
  return spawnSync(process.execPath, [WEBPACK, ...args], { cwd: ROOT, env: { ...rest, ...env }, encoding: 'utf8', timeout: BUILD_TIMEOUT_MS });
}

function filesUnder(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-deploy-'));
}

describe('npm run build with ADDIN_BASE_URL', () => {
  let out: string;
  let result: ReturnType<typeof webpack>;

  beforeAll(() => {
    out = tempDir();
    // What an older build left in the folder: the deployment build must not carry it along.
    fs.writeFileSync(path.join(out, 'playground.html'), '<!doctype html>');
    fs.writeFileSync(path.join(out, 'office-shim.js'), '');
    // A development build's commands.js, which a production commands.html carries inline instead.
    fs.writeFileSync(path.join(out, 'commands.js'), '');
    fs.mkdirSync(path.join(out, 'cli'));
    fs.writeFileSync(path.join(out, 'cli', 'preflight.js'), '');
    result = webpack(['--mode', 'production', '--output-path', out], { ADDIN_BASE_URL: BASE_URL });
  }, BUILD_TIMEOUT_MS);

  afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

  test('holds exactly what Outlook loads: no playground, Office shim, CLI or benchmark', () => {
    expect(result.status).toBe(0);
    expect(filesUnder(out)).toEqual([...DEPLOYMENT_FILES, ...CMAP_FILES].sort());
    expect(CMAP_FILES).toEqual(expect.arrayContaining(['taskpane.cmaps/UniGB-UCS2-H.bcmap', 'taskpane.cmaps/UniCNS-UCS2-H.bcmap', 'taskpane.cmaps/LICENSE']));
  });

  test('points the manifest and the bundles at that address, never at localhost', () => {
    const manifest = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    expect(manifest).toContain(`${BASE_URL}/taskpane.html`);
    expect(fs.readFileSync(path.join(out, 'launchevent.js'), 'utf8')).toContain(BASE_URL);
    expect(fs.readFileSync(path.join(out, 'commands.html'), 'utf8')).toContain(BASE_URL);
    for (const file of DEPLOYMENT_FILES.filter((name) => !name.endsWith('.png'))) {
      expect({ file, localhost: fs.readFileSync(path.join(out, file), 'utf8').includes('localhost') }).toEqual({ file, localhost: false });
    }
  });

  test('commands.html may load scripts from the add-in’s folder (the attachment reader), not from the whole host', () => {
    const html = fs.readFileSync(path.join(out, 'commands.html'), 'utf8');
    expect(html).toMatch(new RegExp(`script-src ${BASE_URL.replace(/[.]/gu, '\\.')}/ 'sha256-[A-Za-z0-9+/]+=*' https://appsforoffice\\.microsoft\\.com;`, 'u'));
    expect(html).not.toContain("'self' 'sha256-");
  });

  test('ships the JSON Schema beside the starting policy, which names it and is the built-in defaults', () => {
    const policy = JSON.parse(fs.readFileSync(path.join(out, 'policy.json'), 'utf8')) as Record<string, unknown>;
    expect(policy.$schema).toBe('./policy.schema.json');
    const { $schema: _schema, ...rest } = policy;
    expect(rest).toEqual(JSON.parse(fs.readFileSync(path.join(ROOT, 'src/engine/policy/default-policy.json'), 'utf8')));
    expect(parsePolicy(policy).ok).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(out, 'policy.schema.json'), 'utf8'))).toEqual(policyJsonSchema());
  });

  test('says nothing about local development', () => {
    expect(result.stderr).not.toContain('local development');
  });
});

describe('a deployment build without a usable base URL stops before building anything', () => {
  let out: string;

  beforeEach(() => {
    out = path.join(tempDir(), 'dist');
  });

  afterEach(() => fs.rmSync(path.dirname(out), { recursive: true, force: true }));

  test.each([
    ['npm run build', ['--mode', 'production']],
    ['the handlers alone', ['--mode', 'production', '--config-name', 'launchevent']],
    ['the handlers’ page alone', ['--mode', 'production', '--config-name', 'commands']],
    ['the task pane alone', ['--mode', 'production', '--config-name', 'taskpane']],
  ])('%s without ADDIN_BASE_URL: exit 2, says what to set, with an example', (_name, args) => {
    const result = webpack([...args, '--output-path', out], {});
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('ADDIN_BASE_URL is not set');
    expect(result.stderr).toContain(`ADDIN_BASE_URL=${BASE_URL} npm run build`);
    expect(result.stderr).toContain('npm start');
    expect(result.stderr).not.toMatch(/\n\s+at /u);
    expect(fs.existsSync(out)).toBe(false);
  });

  test.each(['http://addins.contoso.com', 'addins.contoso.com/preflight'])('ADDIN_BASE_URL=%s: exit 2, an https:// address is needed', (url) => {
    const result = webpack(['--mode', 'production', '--output-path', out], { ADDIN_BASE_URL: url });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`ADDIN_BASE_URL must be an https:// address, not "${url}"`);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('the local build (npm start, npm test)', () => {
  // webpack.config.js is CommonJS: its configurations are what `npm run build:local` builds.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require('../webpack.config.js') as (env: Record<string, unknown>, argv: Record<string, unknown>) => Array<{ name: string; output: { path: string } }>;

  test('writes the add-in for localhost into dist/, the playground and the CLI into build/', () => {
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const outputs = Object.fromEntries(config({ local: true }, { mode: 'production' }).map((c) => [c.name, c.output.path]));
      expect(outputs).toEqual({ launchevent: DIST, commands: DIST, taskpane: DIST, playground: path.join(BUILD, 'playground'), cli: path.join(BUILD, 'cli') });
      expect(stderr.mock.calls.join('')).toContain('dist/ is built for https://localhost:3000, for local development only');
    } finally {
      stderr.mockRestore();
    }
  });

  test('the CLI alone needs no base URL', () => {
    const saved = process.env.ADDIN_BASE_URL;
    delete process.env.ADDIN_BASE_URL;
    try {
      expect(config({}, { mode: 'production', configName: ['cli'] }).map((c) => c.name)).toEqual(['cli']);
    } finally {
      if (saved !== undefined) process.env.ADDIN_BASE_URL = saved;
    }
  });
});
