import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers/build';

/** scripts/serve.js: the HTTPS static server behind `npm start`, on a throw-away folder. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const serve = require('../../scripts/serve.js') as {
  startServer(options: { root?: string; roots?: string[]; port: number; env?: NodeJS.ProcessEnv }): Promise<{ origin: string; url: string; port: number; close(): Promise<void> }>;
  resolveRequestPath(root: string, pathname: string): string | null;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const csp = require('../../scripts/csp.js') as { TASKPANE_CSP: string; OUTLOOK_FRAME_ANCESTORS: string[]; headerPolicy(page: string | null, options?: { self?: boolean }): string; pagePolicy(html: string): string | null };

/** A page with its own policy in a <meta> tag, as the build writes them. */
const PAGE_POLICY = "default-src 'self'; script-src 'self'";

/** A built commands.html: its policy, Office.js from Microsoft's CDN, the handlers inline. */
const COMMANDS_PAGE = `<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-x' https://appsforoffice.microsoft.com"><script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script>handlers()</script>`;

let root: string;
let server: Awaited<ReturnType<typeof serve.startServer>>;

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-serve-'));
  fs.writeFileSync(path.join(root, 'playground.html'), '<!doctype html><title>p</title>');
  fs.writeFileSync(path.join(root, 'app.js'), 'console.log(1);');
  fs.writeFileSync(path.join(root, 'page.html'), `<!doctype html><meta http-equiv=Content-Security-Policy content="${PAGE_POLICY}"><title>p</title>`);
  fs.writeFileSync(path.join(root, 'policy.json'), '{"version":"x"}');
  fs.writeFileSync(path.join(root, 'commands.html'), COMMANDS_PAGE);
  fs.writeFileSync(path.join(root, '中文.txt'), '你好');
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'assets', 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  fs.writeFileSync(path.join(path.dirname(root), `${path.basename(root)}-secret.txt`), 'secret');
  fs.symlinkSync(path.join(path.dirname(root), `${path.basename(root)}-secret.txt`), path.join(root, 'link.txt'));
  server = await serve.startServer({ root, port: 0, env: { PLAYGROUND_CERT_DIR: path.join(ROOT, '.cache', 'playground-cert') } });
}, 60_000);

afterAll(async () => {
  await server?.close();
  fs.rmSync(root, { recursive: true, force: true });
  fs.rmSync(path.join(path.dirname(root), `${path.basename(root)}-secret.txt`), { force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function request(pathname: string, method = 'GET', headers: Record<string, string> = {}): Promise<Answer> {
  return fetchFrom(server.port, pathname, method, headers);
}

function fetchFrom(port: number, pathname: string, method = 'GET', headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = https.request({ host: '127.0.0.1', port, path: pathname, method, headers, rejectUnauthorized: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('prints a localhost HTTPS playground URL', () => {
  expect(server.url).toBe(`https://localhost:${server.port}/playground.html`);
});

test.each([
  ['/playground.html', 'text/html; charset=utf-8'],
  ['/app.js', 'text/javascript; charset=utf-8'],
  ['/policy.json', 'application/json; charset=utf-8'],
  ['/assets/icon.png', 'image/png'],
  ['/%E4%B8%AD%E6%96%87.txt', 'text/plain; charset=utf-8'],
])('serves %s as %s, never cached without revalidation', async (pathname, type) => {
  const answer = await request(pathname);
  expect(answer.status).toBe(200);
  expect(answer.headers['content-type']).toBe(type);
  expect(answer.headers['cache-control']).toBe('no-cache');
  expect(answer.headers['x-content-type-options']).toBe('nosniff');
});

test('HEAD answers the headers without a body', async () => {
  const answer = await request('/app.js', 'HEAD');
  expect(answer.status).toBe(200);
  expect(answer.headers['content-length']).toBe(String('console.log(1);'.length));
  expect(answer.body).toBe('');
});

test('an unchanged file revalidates with a 304 and no body', async () => {
  const first = await request('/app.js');
  expect(first.headers.etag).toBeTruthy();
  const again = await request('/app.js', 'GET', { 'If-None-Match': String(first.headers.etag) });
  expect(again.status).toBe(304);
  expect(again.body).toBe('');
  expect(again.headers['cache-control']).toBe('no-cache');
  expect((await request('/app.js', 'GET', { 'If-None-Match': 'W/"other"' })).status).toBe(200);
  expect((await request('/app.js', 'GET', { 'If-Modified-Since': String(first.headers['last-modified']) })).status).toBe(304);
});

test.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('%s is not allowed', async (method) => {
  const answer = await request('/playground.html', method);
  expect(answer.status).toBe(405);
  expect(answer.headers.allow).toBe('GET, HEAD');
});

test('the root redirects to the playground; folders are never listed', async () => {
  const rootAnswer = await request('/');
  expect(rootAnswer.status).toBe(302);
  expect(rootAnswer.headers.location).toBe('/playground.html');
  expect((await request('/assets')).status).toBe(404);
  expect((await request('/assets/')).status).toBe(404);
  expect((await request('/missing.js')).status).toBe(404);
});

test.each(['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2fpackage.json', '/..%5c..%5cpackage.json', '/app.js%00.png', '/%E0%A4%A'])(
  'path traversal is refused: %s',
  async (pathname) => {
    const answer = await request(pathname);
    expect([400, 404]).toContain(answer.status);
    expect(answer.body).not.toContain('secret');
    expect(answer.body).not.toContain('"name"');
  },
);

test('a symbolic link out of the served folder is not followed', async () => {
  const answer = await request('/link.txt');
  expect(answer.status).toBe(404);
  expect(answer.body).not.toContain('secret');
});

test('request paths resolve inside the root only', () => {
  expect(serve.resolveRequestPath('/srv/dist', '/a/../b.js')).toBe(path.join('/srv/dist', 'b.js'));
  expect(serve.resolveRequestPath('/srv/dist', '/../../etc/passwd')).toBe(path.join('/srv/dist', 'etc', 'passwd'));
  expect(serve.resolveRequestPath('/srv/dist', '/a\\..\\..\\b')).toBeNull();
  expect(serve.resolveRequestPath('/srv/dist', '/%ZZ')).toBeNull();
});

describe('several folders on one origin, as npm start serves build/playground/ and dist/', () => {
  let top: string;
  let playground: string;
  let addin: string;
  let both: Awaited<ReturnType<typeof serve.startServer>>;
  const env = { PLAYGROUND_CERT_DIR: path.join(ROOT, '.cache', 'playground-cert') };

  beforeAll(async () => {
    top = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-roots-'));
    playground = path.join(top, 'playground');
    addin = path.join(top, 'dist');
    fs.mkdirSync(playground);
    fs.mkdirSync(addin);
    fs.writeFileSync(path.join(playground, 'playground.html'), 'the playground');
    fs.writeFileSync(path.join(playground, 'same.txt'), 'from the first folder');
    fs.writeFileSync(path.join(addin, 'same.txt'), 'from the second folder');
    fs.writeFileSync(path.join(addin, 'taskpane.js'), 'the task pane');
    fs.writeFileSync(path.join(top, 'secret.txt'), 'secret');
    fs.symlinkSync(path.join(top, 'secret.txt'), path.join(addin, 'link.txt'));
    both = await serve.startServer({ roots: [playground, addin], port: 0, env });
  }, 60_000);

  afterAll(async () => {
    await both?.close();
    fs.rmSync(top, { recursive: true, force: true });
  });

  async function get(pathname: string): Promise<{ status: number; body: string }> {
    const answer = await fetchFrom(both.port, pathname);
    return { status: answer.status, body: answer.body };
  }

  test('a file is found in whichever folder has it; the first folder wins a name both have', async () => {
    expect(await get('/playground.html')).toEqual({ status: 200, body: 'the playground' });
    expect(await get('/taskpane.js')).toEqual({ status: 200, body: 'the task pane' });
    expect(await get('/same.txt')).toEqual({ status: 200, body: 'from the first folder' });
    expect((await get('/missing.js')).status).toBe(404);
  });

  test('a symbolic link out of any folder is not followed, nor is a path out of one into the other', async () => {
    expect((await get('/link.txt')).status).toBe(404);
    expect((await get('/../dist/taskpane.js')).body).not.toBe('the task pane');
    expect((await get('/%2e%2e/secret.txt')).body).not.toContain('secret');
  });

  test('refuses to start without the playground page, naming the build to run', async () => {
    await expect(serve.startServer({ roots: [addin], port: 0, env })).rejects.toThrow(/playground\.html is missing from .*: run npm run build:local first/u);
    await expect(serve.startServer({ roots: [path.join(top, 'nowhere'), addin], port: 0, env })).rejects.toThrow(/nowhere missing: run npm run build:local first/u);
  });
});

describe('Content-Security-Policy as a header', () => {
  const ancestors = (policy: string) => /(?:^|;\s*)frame-ancestors ([^;]+)/u.exec(policy)?.[1]?.split(' ');

  test('a page gets its own <meta> policy as a header too, with frame-ancestors for this origin and Outlook’s hosts', async () => {
    for (const method of ['GET', 'HEAD']) {
      const answer = await request('/page.html', method);
      const policy = String(answer.headers['content-security-policy']);
      expect(policy.startsWith(`${PAGE_POLICY}; frame-ancestors `)).toBe(true);
      expect(ancestors(policy)).toEqual(["'self'", ...csp.OUTLOOK_FRAME_ANCESTORS]);
    }
    expect(csp.OUTLOOK_FRAME_ANCESTORS).toEqual(
      expect.arrayContaining(['https://outlook.office.com', 'https://outlook.office365.com', 'https://outlook.live.com', 'https://*.officeapps.live.com', 'https://*.office.com']),
    );
  });

  test('a page without a policy of its own still says who may frame it; other files get no policy', async () => {
    expect((await request('/playground.html')).headers['content-security-policy']).toBe(`frame-ancestors 'self' ${csp.OUTLOOK_FRAME_ANCESTORS.join(' ')}`);
    expect((await request('/app.js')).headers['content-security-policy']).toBeUndefined();
    expect((await request('/policy.json')).headers['content-security-policy']).toBeUndefined();
  });

  test('a deployment’s header has no \'self\'; the page policy is read back from a built page however its attributes are quoted', () => {
    expect(csp.headerPolicy(csp.TASKPANE_CSP)).toBe(`${csp.TASKPANE_CSP}; frame-ancestors ${csp.OUTLOOK_FRAME_ANCESTORS.join(' ')}`);
    expect(csp.pagePolicy(`<meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}" />`)).toBe(PAGE_POLICY);
    expect(csp.pagePolicy(`<META HTTP-EQUIV=content-security-policy CONTENT='a &amp; b'>`)).toBe('a & b');
    expect(csp.pagePolicy('<meta name="viewport" content="width=device-width"><meta http-equiv="X-UA-Compatible" content="IE=edge">')).toBeNull();
  });
});

test('playground-commands.html is the built commands.html with the Office shim in place of Office.js, its policy unchanged', async () => {
  const answer = await request('/playground-commands.html');
  expect(answer.status).toBe(200);
  expect(answer.body).toBe(COMMANDS_PAGE.replace('"https://appsforoffice.microsoft.com/lib/1/hosted/office.js"', '"office-shim.js"'));
  expect(answer.headers['content-security-policy']).toBe(csp.headerPolicy(csp.pagePolicy(COMMANDS_PAGE), { self: true }));
  expect(fs.existsSync(path.join(root, 'playground-commands.html'))).toBe(false);
});
