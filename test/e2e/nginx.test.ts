import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import zlib from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../helpers/build';
import { COMMANDS_OFFICE, PANE_OFFICE, directives, freePort, httpsGet, makeCertificate, requireTools, startNginx, type Answer, type Certificate, type RunningNginx } from '../helpers/nginx';
import { CHROMIUM, E2E_TIMEOUT_MS } from './helpers';

/**
 * The deployment as an admin makes it: `npm run build` for the site's address, dist/ behind
 * Debian's nginx with deploy/nginx.conf, over HTTPS. Checks the headers the guide promises
 * (docs/deploy.md) and that the task pane and the on-send page start in Chromium from there.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const csp = require('../../scripts/csp.js') as { headerPolicy(page: string | null): string; pagePolicy(html: string): string | null };

const WEBPACK = path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js');
/** The example site serves the add-in under this path, as the README's ADDIN_BASE_URL does. */
const BASE_PATH = '/preflight';
/** One production build on a busy 2-core machine, plus starting nginx and Chromium. */
const SETUP_TIMEOUT_MS = 300_000;
const HSTS = 'max-age=31536000';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'];

let dir: string;
let dist: string;
let certificate: Certificate;
let httpsPort: number;
let httpPort: number;
let nginx: RunningNginx | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  requireTools();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-nginx-'));
  // Run as root, nginx's workers run as nobody: they must be able to read what they serve.
  fs.chmodSync(dir, 0o755);
  dist = path.join(dir, 'dist');
  fs.mkdirSync(dist);
  certificate = makeCertificate(dir);
  httpsPort = await freePort();
  do httpPort = await freePort();
  while (httpPort === httpsPort);
  // nginx first, so the ports are held while the build (a minute) runs.
  nginx = await startNginx(dir, { serverName: 'localhost', httpsPort, httpPort, certificate, dist });
  buildFor(dist, `https://localhost:${httpsPort}${BASE_PATH}`);
  // What an admin might copy along by mistake.
  fs.writeFileSync(path.join(dist, '.env'), 'SECRET=1');
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, env: { ...process.env, HOME: dir } });
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** `npm run build` with ADDIN_BASE_URL, into `out`. */
function buildFor(out: string, baseUrl: string): void {
  const { ADDIN_BASE_URL: _ignored, ...env } = process.env;
  const built = spawnSync(process.execPath, [WEBPACK, '--mode', 'production', '--output-path', out], { cwd: ROOT, env: { ...env, ADDIN_BASE_URL: baseUrl }, encoding: 'utf8', timeout: SETUP_TIMEOUT_MS });
  if (built.status !== 0) throw new Error(`the deployment build failed:\n${built.stderr}${built.stdout}`);
}

function get(file: string, headers: Record<string, string> = {}): Promise<Answer> {
  return httpsGet(httpsPort, certificate.pem, `${BASE_PATH}/${file}`, headers);
}

function built(file: string): Buffer {
  return fs.readFileSync(path.join(dist, file));
}

const FILES: ReadonlyArray<readonly [string, string]> = [
  ['taskpane.html', 'text/html; charset=utf-8'],
  ['commands.html', 'text/html; charset=utf-8'],
  ['support.html', 'text/html; charset=utf-8'],
  ['launchevent.js', 'text/javascript; charset=utf-8'],
  ['taskpane.js', 'text/javascript; charset=utf-8'],
  ['policy.json', 'application/json; charset=utf-8'],
  ['policy.schema.json', 'application/json; charset=utf-8'],
  ['manifest.xml', 'application/xml; charset=utf-8'],
  ['assets/icon-32.png', 'image/png'],
];

describe('headers from deploy/nginx.conf', () => {
  test.each(FILES)('%s: 200 as %s, no-cache with an ETag, HSTS, nosniff, the built bytes', async (file, type) => {
    const answer = await get(file);
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe(type);
    expect(answer.headers['cache-control']).toBe('no-cache');
    expect(answer.headers.etag).toMatch(/^(?:W\/)?"[^"]+"$/u);
    expect(answer.headers['strict-transport-security']).toBe(HSTS);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['x-frame-options']).toBeUndefined();
    expect(answer.body.equals(built(file))).toBe(true);
  });

  // taskpane.html is under gzip_min_length: compressing a few hundred bytes gains nothing.
  test.each(['commands.html', 'support.html', 'launchevent.js', 'taskpane.js', 'policy.json', 'manifest.xml'])('%s is sent gzipped to a client that asks, as is to one that does not', async (file) => {
    const zipped = await get(file, { 'Accept-Encoding': 'gzip' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/u);
    expect(zlib.gunzipSync(zipped.body).equals(built(file))).toBe(true);
    expect(zipped.body.length).toBeLessThan(built(file).length);
    expect((await get(file)).headers['content-encoding']).toBeUndefined();
  });

  test('icons are not compressed again', async () => {
    expect((await get('assets/icon-32.png', { 'Accept-Encoding': 'gzip' })).headers['content-encoding']).toBeUndefined();
  });

  test.each(['taskpane.html', 'commands.html', 'launchevent.js', 'policy.json'])('%s revalidates: its ETag gives a 304 with no body, compressed or not', async (file) => {
    for (const encoding of [{}, { 'Accept-Encoding': 'gzip' }] as Array<Record<string, string>>) {
      const first = await get(file, encoding);
      const again = await get(file, { ...encoding, 'If-None-Match': String(first.headers.etag) });
      expect(again.status).toBe(304);
      expect(again.body.length).toBe(0);
      expect(again.headers['cache-control']).toBe('no-cache');
      // Compressing makes the tag weak (W/); the validator is the same.
      expect(String(again.headers.etag).replace(/^W\//u, '')).toBe(String(first.headers.etag).replace(/^W\//u, ''));
    }
    expect((await get(file, { 'If-None-Match': '"not-this-one"' })).status).toBe(200);
  });

  test('a new policy.json is served at the next request: new ETag, and the old one no longer gets a 304', async () => {
    const original = built('policy.json');
    const before = await get('policy.json');
    try {
      fs.writeFileSync(path.join(dist, 'policy.json'), JSON.stringify({ version: 'nginx-e2e' }));
      const after = await get('policy.json', { 'If-None-Match': String(before.headers.etag) });
      expect(after.status).toBe(200);
      expect(after.headers.etag).not.toBe(before.headers.etag);
      expect(JSON.parse(after.body.toString('utf8'))).toEqual({ version: 'nginx-e2e' });
    } finally {
      fs.writeFileSync(path.join(dist, 'policy.json'), original);
    }
  });

  test.each(['/', `${BASE_PATH}/`, `${BASE_PATH}/assets/`, `${BASE_PATH}/assets`, `${BASE_PATH}/missing.js`, `${BASE_PATH}/.env`, `${BASE_PATH}/../etc/passwd`, '/dist/taskpane.html'])(
    '%s: 404, never a listing or a hidden file, with the same security headers',
    async (pathname) => {
      const answer = await httpsGet(httpsPort, certificate.pem, pathname);
      expect(answer.status).toBe(404);
      expect(answer.body.toString('utf8')).not.toMatch(/Index of|SECRET|root:/u);
      expect(answer.headers['strict-transport-security']).toBe(HSTS);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    },
  );

  test('plain HTTP only redirects to HTTPS', async () => {
    const answer = await new Promise<http.IncomingMessage>((resolve, reject) => {
      http.get({ host: '127.0.0.1', port: httpPort, path: `${BASE_PATH}/taskpane.html`, headers: { Host: 'localhost' } }, resolve).on('error', reject);
    });
    answer.resume();
    expect(answer.statusCode).toBe(301);
    expect(answer.headers.location).toBe(`https://localhost${BASE_PATH}/taskpane.html`);
  });

  test('TLS with the configured certificate, and HTTP/2 offered', async () => {
    const socket = await new Promise<tls.TLSSocket>((resolve, reject) => {
      const connected = tls.connect({ host: '127.0.0.1', port: httpsPort, servername: 'localhost', ca: certificate.pem, ALPNProtocols: ['h2', 'http/1.1'] }, () => resolve(connected));
      connected.once('error', reject);
    });
    try {
      expect(socket.authorized).toBe(true);
      expect(socket.alpnProtocol).toBe('h2');
      expect(['TLSv1.2', 'TLSv1.3']).toContain(socket.getProtocol());
      expect(socket.getPeerCertificate().fingerprint256).toBe(new X509Certificate(certificate.pem).fingerprint256);
    } finally {
      socket.destroy();
    }
  });

  test('the manifest it serves points at this site, and every add-in URL in it answers 200', async () => {
    const manifest = (await get('manifest.xml')).body.toString('utf8');
    const site = `https://localhost:${httpsPort}${BASE_PATH}/`;
    const urls = [...new Set([...manifest.matchAll(/DefaultValue="(https:[^"]+)"/gu)].map((match) => match[1]!))];
    expect(urls.filter((url) => !url.startsWith(site))).toEqual([]);
    expect([...manifest.matchAll(/<AppDomain>([^<]+)<\/AppDomain>/gu)].map((match) => match[1])).toEqual([`https://localhost:${httpsPort}`]);
    expect(urls).toEqual(expect.arrayContaining([`${site}taskpane.html`, `${site}commands.html`, `${site}launchevent.js`]));
    for (const url of urls) expect({ url, status: (await get(new URL(url).pathname.slice(BASE_PATH.length + 1))).status }).toEqual({ url, status: 200 });
  });
});

describe('the Content-Security-Policy nginx sends is what scripts/csp.js computes from the built pages', () => {
  test('taskpane.html: its page policy and frame-ancestors, exactly', async () => {
    const header = (await get('taskpane.html')).headers['content-security-policy'];
    expect(header).toBe(csp.headerPolicy(csp.pagePolicy(built('taskpane.html').toString('utf8'))));
  });

  test.each(['commands.html', 'support.html'])('%s: frame-ancestors in the header, and with the page’s own <meta> policy the same directives', async (file) => {
    const header = String((await get(file)).headers['content-security-policy']);
    const page = csp.pagePolicy(built(file).toString('utf8'));
    expect(header).toBe(csp.headerPolicy(null));
    expect(directives(header, page)).toEqual(directives(csp.headerPolicy(page)));
  });

  test('commands.html allows its inline handlers by their hash, and scripts from the add-in’s folder (the attachment reader), in its own <meta> tag', () => {
    const folder = `https://localhost:${httpsPort}${BASE_PATH}/`;
    expect(directives(csp.pagePolicy(built('commands.html').toString('utf8')))['script-src']).toMatch(new RegExp(`^${folder.replace(/[.]/gu, '\\.')} 'sha256-[A-Za-z0-9+/]+=*' https://appsforoffice\\.microsoft\\.com$`, 'u'));
  });

  test.each(['launchevent.js', 'policy.json', 'assets/icon-32.png'])('%s carries no policy', async (file) => {
    expect((await get(file)).headers['content-security-policy']).toBeUndefined();
  });
});

interface Visit {
  readonly page: Page;
  /** Every page error, console error and CSP violation so far. */
  problems(): Promise<string[]>;
  /** The status of each request to the site, by path. */
  readonly statuses: Record<string, number>;
}

async function visit(context: BrowserContext, file: string, office: string): Promise<Visit> {
  await context.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: office }));
  const page = await context.newPage();
  const errors: string[] = [];
  const statuses: Record<string, number> = {};
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('response', (response) => {
    if (response.url().startsWith(`https://localhost:${httpsPort}/`)) statuses[new URL(response.url()).pathname] = response.status();
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { __violations: seen });
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.effectiveDirective} ${event.blockedURI}`));
  });
  await page.goto(`https://localhost:${httpsPort}${BASE_PATH}/${file}`);
  const problems = async () => [...errors, ...(await page.evaluate(() => (window as { __violations?: string[] }).__violations ?? []))];
  return { page, problems, statuses };
}

async function withContext(body: (context: BrowserContext) => Promise<void>): Promise<void> {
  const context = await browser!.newContext({ ignoreHTTPSErrors: true, locale: 'en-US' });
  try {
    await body(context);
  } finally {
    await context.close();
  }
}

describe('the add-in starts from nginx in Chromium', () => {
  test(
    'the task pane renders its first check, with policy.json from the site and no CSP violation',
    () =>
      withContext(async (context) => {
        const pane = await visit(context, 'taskpane.html', PANE_OFFICE);
        await pane.page.locator('[data-rule="subject-missing"]').first().waitFor();
        expect(await pane.page.getByTestId('policy-notice').count()).toBe(0);
        expect(pane.statuses).toEqual({ [`${BASE_PATH}/taskpane.html`]: 200, [`${BASE_PATH}/taskpane.js`]: 200, [`${BASE_PATH}/policy.json`]: 200 });
        expect(await pane.problems()).toEqual([]);
      }),
    E2E_TIMEOUT_MS,
  );

  test(
    'commands.html associates every event handler under its CSP, with no request for launchevent.js',
    () =>
      withContext(async (context) => {
        const commands = await visit(context, 'commands.html', COMMANDS_OFFICE);
        const associated = await commands.page.evaluate(() => (window as { associated?: string[] }).associated ?? []);
        expect([...associated].sort()).toEqual(['onMessageAttachmentsChangedHandler', 'onMessageComposeHandler', 'onMessageRecipientsChangedHandler', 'onMessageSendHandler', 'onNewMessageComposeHandler']);
        expect(commands.statuses).toEqual({ [`${BASE_PATH}/commands.html`]: 200 });
        expect(await commands.problems()).toEqual([]);
      }),
    E2E_TIMEOUT_MS,
  );

  test(
    'commands.html may load the attachment reader from the add-in’s folder, and nothing from elsewhere on the host',
    () =>
      withContext(async (context) => {
        const commands = await visit(context, 'commands.html', COMMANDS_OFFICE);
        const load = (src: string) =>
          commands.page.evaluate(
            (url) =>
              new Promise<string>((resolve) => {
                const script = document.createElement('script');
                script.onload = () => resolve('loaded');
                script.onerror = () => resolve('refused');
                script.src = url;
                document.head.appendChild(script);
              }),
            src,
          );
        expect(await load('taskpane.scan.js')).toBe('loaded');
        expect(await commands.page.evaluate(() => typeof (window as { preflightScan?: unknown }).preflightScan)).toBe('function');
        expect(await load('/other-app/script.js')).toBe('refused');
        expect((await commands.problems()).filter((problem) => !problem.includes('/other-app/'))).toEqual([]);
        expect(await commands.problems()).toEqual(expect.arrayContaining([expect.stringMatching(/^script-src-elem .*\/other-app\/script\.js$/u)]));
      }),
    E2E_TIMEOUT_MS,
  );
});
