#!/usr/bin/env node
/**
 * Serves the built add-in over HTTPS on localhost, on one origin: the playground (build/playground/)
 * for anyone, and the add-in's own pages (dist/) for the playground and for an Outlook that
 * sideloads manifest.xml. Build both with `npm run build:local` (npm start does).
 *
 *   node scripts/serve.js            https://localhost:3000/playground.html
 *   PORT=3443 node scripts/serve.js
 *
 * The certificate: TLS_CERT_FILE + TLS_KEY_FILE when set; else the Office dev certificate
 * (`npx office-addin-dev-certs install`, trusted by Outlook) when present; else a self-signed
 * one made offline on first start and kept in .cache/playground-cert/ (see docs/playground.md).
 */
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const https = require('node:https');
const os = require('node:os');
const path = require('node:path');
const { headerPolicy, pagePolicy } = require('./csp');

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_PORT = 3000;
/** Binds the loopback interface only: the playground is for this machine. */
const DEFAULT_HOST = '127.0.0.1';
const PLAYGROUND_PAGE = '/playground.html';
/**
 * The playground's frame for the event handlers: the built commands.html itself, with the
 * playground's Office shim where Office.js from Microsoft's CDN would be. The page's CSP allows
 * scripts from its own origin, and its inline handlers keep their hash.
 */
const PLAYGROUND_COMMANDS = { path: '/playground-commands.html', page: '/commands.html', officeJs: '"https://appsforoffice.microsoft.com/lib/1/hosted/office.js"', shim: '"office-shim.js"' };
/** The playground first, then the add-in; the two builds never write the same name. */
const DEFAULT_ROOTS = [path.join(ROOT, 'build', 'playground'), path.join(ROOT, 'dist')];
const CERT_DIR = path.join(ROOT, '.cache', 'playground-cert');
const OFFICE_DEV_CERT_DIR = path.join(os.homedir(), '.office-addin-dev-certs');
/** A fresh self-signed certificate lasts this long; it is remade a month before it runs out. */
const CERT_VALID_DAYS = 825;
const CERT_RENEW_MS = 30 * 24 * 60 * 60 * 1000;

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

function shortPath(folder) {
  return path.relative(process.cwd(), folder) || folder;
}

function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
}

/**
 * The file under `root` a request path names, or null when it names anything outside it
 * (`..`, encoded or not, backslashes, NUL bytes) or cannot be decoded.
 */
function resolveRequestPath(root, pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const file = path.resolve(root, `.${path.posix.normalize(`/${decoded}`)}`);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

function send(response, status, headers, body, head) {
  const text = body === undefined ? '' : body;
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(text), ...headers });
  response.end(head ? undefined : text);
}

const COMMON_HEADERS = { 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };

function entityTag(stat) {
  return `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
}

function notModified(request, etag, stat) {
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch) return ifNoneMatch.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*');
  const since = Date.parse(request.headers['if-modified-since'] || '');
  return Number.isFinite(since) && Math.floor(stat.mtimeMs / 1000) * 1000 <= since;
}

/**
 * The first file a request path names under one of the roots, as `{ real, stat }`; null when it
 * names nothing there, a folder, or (through a symbolic link) anything outside that root.
 */
async function findFile(realRoots, pathname) {
  for (const realRoot of realRoots) {
    const file = resolveRequestPath(realRoot, pathname);
    if (!file) return undefined;
    try {
      const real = await fsp.realpath(file);
      const stat = await fsp.stat(real);
      if (real.startsWith(realRoot + path.sep) && stat.isFile()) return { real, stat };
    } catch {
      // Not under this root: try the next one.
    }
  }
  return null;
}

/**
 * A request handler serving the files under `roots`, the first that has the path winning (GET
 * and HEAD only, no directory listings).
 */
function staticHandler(roots) {
  const realRoots = roots.map((root) => fs.realpathSync(root));
  return async (request, response) => {
    const head = request.method === 'HEAD';
    if (request.method !== 'GET' && !head) return send(response, 405, { ...COMMON_HEADERS, Allow: 'GET, HEAD' }, 'Method Not Allowed\n', false);
    let pathname;
    try {
      pathname = new URL(request.url, 'https://localhost').pathname;
    } catch {
      return send(response, 400, COMMON_HEADERS, 'Bad Request\n', head);
    }
    if (pathname === '/') return send(response, 302, { ...COMMON_HEADERS, Location: PLAYGROUND_PAGE }, '', head);
    const commands = pathname === PLAYGROUND_COMMANDS.path;
    const found = await findFile(realRoots, commands ? PLAYGROUND_COMMANDS.page : pathname);
    if (found === undefined) return send(response, 400, COMMON_HEADERS, 'Bad Request\n', head);
    // A symbolic link must not lead out of the served folder, and folders are never listed.
    if (found === null) return send(response, 404, COMMON_HEADERS, 'Not Found\n', head);
    const { real, stat } = found;
    const validators = { ETag: entityTag(stat), 'Last-Modified': stat.mtime.toUTCString() };
    // no-cache means "ask every time": with validators the answer to an unchanged file is a short 304.
    if (notModified(request, validators.ETag, stat)) {
      response.writeHead(304, { ...COMMON_HEADERS, ...validators });
      return response.end();
    }
    const headers = { ...COMMON_HEADERS, ...validators, 'Content-Type': contentType(real), 'Content-Length': stat.size };
    if (commands) return sendPage(response, headers, withOfficeShim(await fsp.readFile(real, 'utf8')), head);
    if (isPage(real)) return sendPage(response, headers, await fsp.readFile(real), head);
    response.writeHead(200, headers);
    if (head) return response.end();
    const stream = fs.createReadStream(real);
    stream.on('error', () => response.destroy());
    stream.pipe(response);
  };
}

/** commands.html with the shim for Office.js; a page without the Office.js tag is an error, not served as it is. */
function withOfficeShim(html) {
  const { officeJs, shim } = PLAYGROUND_COMMANDS;
  if (!html.includes(`src=${officeJs}`)) throw new Error('commands.html loads no Office.js for the shim to stand in for');
  return Buffer.from(html.replace(`src=${officeJs}`, `src=${shim}`), 'utf8');
}

function isPage(file) {
  return path.extname(file).toLowerCase() === '.html';
}

/**
 * A page with its own policy (its <meta> tag) as a header too, adding what a <meta> tag cannot
 * carry: which Outlook hosts may frame it, and this origin for the playground's frames.
 */
function sendPage(response, headers, body, head) {
  const policy = headerPolicy(pagePolicy(body.toString('utf8')), { self: true });
  response.writeHead(200, { ...headers, 'Content-Length': body.length, 'Content-Security-Policy': policy });
  response.end(head ? undefined : body);
}

function readPair(certFile, keyFile) {
  return { cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) };
}

function stillValid(certPem) {
  try {
    const { X509Certificate } = require('node:crypto');
    return new Date(new X509Certificate(certPem).validTo).getTime() - Date.now() > CERT_RENEW_MS;
  } catch {
    return false;
  }
}

/** Makes a self-signed certificate for localhost, offline, and keeps it for later starts. */
async function selfSignedCertificate(dir) {
  const certFile = path.join(dir, 'localhost.crt');
  const keyFile = path.join(dir, 'localhost.key');
  if (fs.existsSync(certFile) && fs.existsSync(keyFile)) {
    const pair = readPair(certFile, keyFile);
    if (stillValid(pair.cert)) return { ...pair, source: certFile };
  }
  const selfsigned = require('selfsigned');
  const notAfter = new Date(Date.now() + CERT_VALID_DAYS * 24 * 60 * 60 * 1000);
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: notAfter,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  fs.mkdirSync(dir, { recursive: true });
  // Written beside and renamed, so a server starting at the same moment never reads half a file.
  const suffix = `.${process.pid}.tmp`;
  fs.writeFileSync(keyFile + suffix, pems.private, { mode: 0o600 });
  fs.writeFileSync(certFile + suffix, pems.cert);
  fs.renameSync(keyFile + suffix, keyFile);
  fs.renameSync(certFile + suffix, certFile);
  return { cert: pems.cert, key: pems.private, source: certFile };
}

/** The certificate to serve with, in the order the file comment gives. */
async function certificate(env = process.env) {
  if (env.TLS_CERT_FILE && env.TLS_KEY_FILE) return { ...readPair(env.TLS_CERT_FILE, env.TLS_KEY_FILE), source: env.TLS_CERT_FILE };
  const officeCert = path.join(OFFICE_DEV_CERT_DIR, 'localhost.crt');
  const officeKey = path.join(OFFICE_DEV_CERT_DIR, 'localhost.key');
  if (!env.PLAYGROUND_CERT_DIR && fs.existsSync(officeCert) && fs.existsSync(officeKey)) return { ...readPair(officeCert, officeKey), source: officeCert };
  return selfSignedCertificate(env.PLAYGROUND_CERT_DIR || CERT_DIR);
}

/**
 * Starts the server on `roots` (or the one folder `root`). `port: 0` picks a free port (tests).
 * Resolves to `{ server, port, url, close }`.
 */
async function startServer({ root, roots = root ? [root] : DEFAULT_ROOTS, port = DEFAULT_PORT, host = DEFAULT_HOST, env = process.env } = {}) {
  const missing = roots.filter((folder) => !fs.existsSync(folder));
  if (missing.length > 0) throw new Error(`${missing.map(shortPath).join(' and ')} missing: run npm run build:local first`);
  if (!roots.some((folder) => fs.existsSync(path.join(folder, PLAYGROUND_PAGE)))) throw new Error(`${PLAYGROUND_PAGE.slice(1)} is missing from ${roots.map(shortPath).join(' and ')}: run npm run build:local first`);
  const { cert, key, source } = await certificate(env);
  const handle = staticHandler(roots);
  const server = https.createServer({ cert, key }, (request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, COMMON_HEADERS, 'Internal Server Error\n', request.method === 'HEAD');
      else response.destroy();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const actualPort = server.address().port;
  const origin = `https://localhost:${actualPort}`;
  return {
    server,
    roots,
    port: actualPort,
    origin,
    url: `${origin}${PLAYGROUND_PAGE}`,
    certificate: source,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function main() {
  const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not ${process.env.PORT}`);
  const started = await startServer({ port, host: process.env.HOST || DEFAULT_HOST });
  console.log(`Preflight playground: ${started.url}`);
  console.log(`Serving ${started.roots.map(shortPath).join(' and ')} with the certificate ${started.certificate}`);
  console.log('Press Ctrl+C to stop.');
  const stop = () => started.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error) => {
    console.error(`serve: ${error.message}`);
    process.exit(1);
  });
}

module.exports = { startServer, resolveRequestPath, contentType };
