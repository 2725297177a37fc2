import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { ROOT } from './build';

/**
 * Debian's nginx serving the example site deploy/nginx.conf, as an admin would, on loopback ports
 * with a throw-away certificate. Only the names, ports and paths an admin replaces are changed.
 */
export const NGINX = '/usr/sbin/nginx';
export const OPENSSL = '/usr/bin/openssl';
export const EXAMPLE_SITE = path.join(ROOT, 'deploy', 'nginx.conf');
/** nginx starts in well under a second; a busy 2-core machine gets ten. */
const START_TIMEOUT_MS = 10_000;

/** Fails with what to install when a tool is missing: CI installs both (.ci/run), nothing skips. */
export function requireTools(): void {
  for (const [tool, pkg] of [
    [NGINX, 'nginx'],
    [OPENSSL, 'openssl'],
  ] as const) {
    if (!fs.existsSync(tool)) throw new Error(`${tool} is missing: install Debian's ${pkg} (apt-get install ${pkg}; .ci/run does)`);
  }
}

export interface Certificate {
  readonly certFile: string;
  readonly keyFile: string;
  /** The certificate itself, which clients trust as its own CA. */
  readonly pem: string;
}

/** A self-signed certificate for localhost, valid for two days, made by openssl in `dir`. */
export function makeCertificate(dir: string): Certificate {
  const certFile = path.join(dir, 'localhost.crt');
  const keyFile = path.join(dir, 'localhost.key');
  const args = ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', keyFile, '-out', certFile];
  const made = spawnSync(OPENSSL, args, { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`openssl req failed: ${made.stderr}`);
  return { certFile, keyFile, pem: fs.readFileSync(certFile, 'utf8') };
}

/** A port free on the loopback interface right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export interface SiteSettings {
  readonly serverName: string;
  readonly httpsPort: number;
  readonly httpPort: number;
  readonly certificate: Certificate;
  /** The folder served at /preflight/ (the example's /srv/preflight/dist/). */
  readonly dist: string;
}

/**
 * deploy/nginx.conf with the test's names, ports and paths. Each replaced text must appear as
 * often as expected, so a reworded example fails here instead of being tested half-changed.
 */
export function siteConfig(example: string, site: SiteSettings): string {
  const replacements: ReadonlyArray<readonly [string, string, number]> = [
    ['server_name addins.contoso.com;', `server_name ${site.serverName};`, 2],
    ['listen 443 ssl http2;', `listen 127.0.0.1:${site.httpsPort} ssl http2;`, 1],
    ['listen 80;', `listen 127.0.0.1:${site.httpPort};`, 1],
    ['/etc/ssl/preflight/fullchain.pem', site.certificate.certFile, 1],
    ['/etc/ssl/preflight/privkey.pem', site.certificate.keyFile, 1],
    ['alias /srv/preflight/dist/;', `alias ${site.dist}/;`, 1],
  ];
  const directives = example.replace(/#.*$/gmu, '');
  let config = directives;
  for (const [from, to, count] of replacements) {
    const found = config.split(from).length - 1;
    if (found !== count) throw new Error(`deploy/nginx.conf: expected "${from}" ${count} time(s), found ${found}`);
    config = config.split(from).join(to);
  }
  return config;
}

/**
 * The main configuration around the site, as /etc/nginx/nginx.conf is around conf.d/: what a
 * server needs to run (temporary folders under `dir`, so it needs no root) and nothing the site
 * relies on.
 */
function mainConfig(dir: string, siteFile: string): string {
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, 'temp', name)};`;
  return [
    'worker_processes 1;',
    'events { worker_connections 64; }',
    'http {',
    `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
    `  access_log ${path.join(dir, 'access.log')};`,
    `  include ${siteFile};`,
    '}',
    '',
  ].join('\n');
}

export interface RunningNginx {
  /** What nginx printed so far (its error log). */
  output(): string;
  stop(): Promise<void>;
}

/** Starts nginx in the foreground on `site` (files under `dir`) and waits until it answers TLS. */
export async function startNginx(dir: string, site: SiteSettings): Promise<RunningNginx> {
  const siteFile = path.join(dir, 'preflight.conf');
  const mainFile = path.join(dir, 'nginx.conf');
  fs.mkdirSync(path.join(dir, 'temp'), { recursive: true });
  fs.writeFileSync(siteFile, siteConfig(fs.readFileSync(EXAMPLE_SITE, 'utf8'), site));
  fs.writeFileSync(mainFile, mainConfig(dir, siteFile));
  const child = spawn(NGINX, ['-p', dir, '-c', mainFile, '-e', 'stderr', '-g', `daemon off; pid ${path.join(dir, 'nginx.pid')}; error_log stderr;`], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = await Promise.race([waitForTls(site.httpsPort).then(() => true), exited.then(() => false)]);
  if (!started) throw new Error(`nginx did not start:\n${output}`);
  return { output: () => output, stop: () => stopNginx(child, exited) };
}

async function stopNginx(child: ChildProcess, exited: Promise<number | null>): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
  await exited;
}

async function waitForTls(port: number): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (await tlsAnswers(port)) return;
    if (Date.now() > deadline) throw new Error(`nothing answered TLS on port ${port} within ${START_TIMEOUT_MS} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function tlsAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tls.connect({ host: '127.0.0.1', port, servername: 'localhost', rejectUnauthorized: false }, () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface Answer {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  /** The body as sent on the wire (still compressed when the server compressed it). */
  readonly body: Buffer;
}

/** One HTTPS request to localhost:`port`, trusting only `ca` (the test's certificate). */
export function httpsGet(port: number, ca: string, pathname: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    // The loopback address nginx listens on, with the name its certificate is for.
    const request = https.request({ host: '127.0.0.1', servername: 'localhost', port, path: pathname, ca, headers: { Host: `localhost:${port}`, ...headers }, agent: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    request.on('error', reject);
    request.end();
  });
}

/** A policy's directives by name, so two policies compare whatever their order. */
export function directives(...policies: Array<string | null | undefined>): Record<string, string> {
  const byName: Record<string, string> = {};
  for (const policy of policies) {
    for (const part of (policy ?? '').split(';').map((text) => text.trim()).filter(Boolean)) {
      const [name = '', ...values] = part.split(/\s+/u);
      byName[name] = values.join(' ');
    }
  }
  return byName;
}

/** Office.js for the task pane: a new message with no subject, in an en-US Outlook with every Mailbox set. */
export const PANE_OFFICE = `(() => {
  const answer = (value) => (...args) => setTimeout(() => args[args.length - 1]({ status: 'succeeded', value }), 0);
  const recipients = (value) => ({ getAsync: answer(value), setAsync: answer(undefined), addAsync: answer(undefined) });
  const item = {
    itemType: 'message',
    subject: { getAsync: answer(''), setAsync: answer(undefined) },
    body: { getAsync: answer('Hello, the report is below.'), setAsync: answer(undefined), setSelectedDataAsync: answer(undefined) },
    to: recipients([{ emailAddress: 'li.lei@contoso.com', displayName: 'Li Lei' }]),
    cc: recipients([]),
    bcc: recipients([]),
    from: { getAsync: answer({ emailAddress: 'han.meimei@contoso.com', displayName: 'Han Meimei' }) },
    getAttachmentsAsync: answer([]),
    getComposeTypeAsync: answer({ composeType: 'newMail' }),
    addHandlerAsync: answer(undefined),
    removeHandlerAsync: answer(undefined),
  };
  const settings = new Map();
  window.Office = {
    onReady: (callback) => { setTimeout(() => callback({ host: 'Outlook' }), 0); return Promise.resolve({ host: 'Outlook' }); },
    context: {
      displayLanguage: 'en-US',
      requirements: { isSetSupported: () => true },
      roamingSettings: { get: (key) => settings.get(key), set: (key, value) => settings.set(key, value), saveAsync: answer(undefined) },
      mailbox: { item, userProfile: { emailAddress: 'han.meimei@contoso.com' } },
    },
  };
})();`;

/** Office.js for commands.html: records which handlers the page associates. */
export const COMMANDS_OFFICE = 'window.associated = []; window.Office = { actions: { associate: function (name) { window.associated.push(name); } } };';
