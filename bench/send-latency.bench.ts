import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { POLICY_CACHE_KEY, policyTextHash } from '../src/office/policy-source';
import { SESSION_KEYS } from '../src/office/session';
import type { SimulatedMessage, SimulatorOptions } from '../src/playground/simulated-mailbox';
import type { SendRun, SendTiming } from './send-page';
import type { BenchSuite } from './index';

/**
 * Outlook shows "taking longer than expected" 5 s after Send, script download included. This
 * suite measures what a user waits for in a cold JavaScript runtime: the built launchevent.js
 * downloaded (gzip, as a static host serves it), parsed and run, then the send handler reading
 * the draft, fetching the policy, evaluating and stamping the header, in Debian's Chromium with
 * DevTools' network and CPU throttling.
 */
/** `npm run bench` runs from the repository root and first builds the production on-send bundle here. */
const ADDIN = path.resolve('build', 'bench-addin');
const BENCH_PAGE = path.resolve('build', 'bench-page');
const CHROMIUM = '/usr/bin/chromium';
const RUNS = 5;
/** A run that has not answered by now is broken (a handler never associated, a page that failed), not slow. */
const ANSWER_TIMEOUT_MS = 30_000;

interface Profile {
  readonly name: string;
  /** DevTools' CPU slowdown factor for the page. */
  readonly cpu: number;
  readonly rttMs: number;
  readonly downKbps: number;
  readonly upKbps: number;
  /** Latency of each Office.js call in the simulated client. */
  readonly officeMs: number;
}

/** The network rows are DevTools' presets (Fast 3G, Slow 3G) and a plain office LAN. */
const PROFILES: readonly Profile[] = [
  { name: 'office LAN, desktop CPU', cpu: 1, rttMs: 20, downKbps: 20_000, upKbps: 10_000, officeMs: 50 },
  { name: 'Fast 3G, 4x slower CPU', cpu: 4, rttMs: 562.5, downKbps: 1_440, upKbps: 675, officeMs: 100 },
  { name: 'Slow 3G, 6x slower CPU', cpu: 6, rttMs: 2_000, downKbps: 400, upKbps: 400, officeMs: 150 },
];

const LINE = '各位同事：第三季度市场预算表见附件，请于11月30日前确认。如有问题请联系张三，电话 010-5555-0123。\n';
const HISTORY = '\n-----原始邮件-----\n发件人: 李四 <li.si@contoso.com>\n发送时间: 2026年11月20日 9:12\n主题: 第三季度预算\n\n' + LINE.repeat(8);

function people(count: number, domain: string): SimulatedMessage['to'] {
  return Array.from({ length: count }, (_, i) => ({ emailAddress: `person${i}@${domain}`, displayName: `同事 ${i}`, recipientType: 'user' }));
}

const DRAFTS: ReadonlyArray<{ readonly name: string; readonly message: Partial<SimulatedMessage> }> = [
  {
    name: 'typical reply, 1 outside recipient',
    message: {
      subject: 'RE: 第三季度预算确认',
      body: `李总：\n\n${LINE.repeat(12)}\n谢谢！\n张三${HISTORY}`,
      to: [...people(2, 'contoso.com'), { emailAddress: 'erika@fabrikam.com', displayName: 'Erika', recipientType: 'externalUser' }],
      cc: people(2, 'contoso.com'),
      attachments: [{ id: 'a1', name: '预算表.xlsx', size: 3_145_728, isInline: false, attachmentType: 'file' }],
      composeType: 'reply',
    },
  },
  {
    name: 'heavy: 300 KB body, 60 recipients, 12 files',
    message: {
      subject: '全体员工：年度总结材料汇编',
      body: `各位好，\n\n${LINE.repeat(2_400)}\n此致\n张三${HISTORY}`,
      to: people(40, 'contoso.com'),
      cc: people(20, 'contoso.com'),
      attachments: Array.from({ length: 12 }, (_, i) => ({ id: `a${i}`, name: `材料${i}.pdf`, size: 900_000, isInline: false, attachmentType: 'file' })),
      composeType: 'newMail',
    },
  },
];

/** Where the runtime page comes from: what the click has to download before the handlers run. */
interface Runtime {
  readonly name: string;
  readonly path: string;
}

const RUNTIMES: readonly Runtime[] = [
  /** New Outlook, web and Mac: the built commands.html, the handlers inline. */
  { name: 'HTML (commands.html)', path: '/commands.html' },
  /** Classic Outlook: launchevent.js alone. The page around it is the bench's own and costs no request. */
  { name: 'JS-only (launchevent.js)', path: '/js-only.html' },
];

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function startServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const files: Record<string, { file: string; type: string }> = {
    '/commands.html': { file: 'commands.html', type: 'text/html; charset=utf-8' },
    '/launchevent.js': { file: 'launchevent.js', type: 'text/javascript; charset=utf-8' },
    '/policy.json': { file: 'policy.json', type: 'application/json; charset=utf-8' },
  };
  const server = http.createServer((request, response) => {
    const entry = files[new URL(request.url ?? '/', 'http://localhost').pathname];
    if (!entry) {
      response.writeHead(404).end();
      return;
    }
    const body = fs.readFileSync(path.join(ADDIN, entry.file));
    const gzip = /\bgzip\b/u.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(200, { 'Content-Type': entry.type, 'Cache-Control': 'no-store', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    response.end(gzip ? zlib.gzipSync(body, { level: 9 }) : body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/**
 * What the runtime knows of the policy at Send: nothing (the first send ever), a cached copy, or a
 * cached copy the server confirmed for this message at compose time (the usual case).
 */
type PolicyState = 'none' | 'cached' | 'confirmed';

async function timeSend(browser: Browser, origin: string, runtime: Runtime, profile: Profile, message: Partial<SimulatedMessage>, policyState: PolicyState): Promise<SendTiming> {
  const context = await browser.newContext({ locale: 'zh-CN' });
  try {
    // Office.js is Microsoft's, normally cached: the stand-in answers for it without the network.
    const standIn = fs.readFileSync(path.join(BENCH_PAGE, 'send-page.js'), 'utf8');
    await context.route(OFFICE_JS, (route) => route.fulfill({ contentType: 'text/javascript', body: standIn }));
    await context.route(`${origin}/js-only.html`, (route) =>
      route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><meta charset="utf-8"><script src="${OFFICE_JS}"></script><script src="/launchevent.js"></script>` }),
    );
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.rttMs,
      downloadThroughput: (profile.downKbps * 1000) / 8,
      uploadThroughput: (profile.upKbps * 1000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    const policyText = fs.readFileSync(path.join(ADDIN, 'policy.json'), 'utf8');
    const sessionData: Record<string, string> = policyState === 'confirmed' ? { [SESSION_KEYS.policyConfirmation]: JSON.stringify({ hash: policyTextHash(policyText), at: Date.now() }) } : {};
    const sendRun: SendRun = { message, options: { latencyMs: profile.officeMs, displayLanguage: 'zh-CN', mailboxVersion: '1.15' } satisfies SimulatorOptions, sessionData };
    await page.addInitScript(
      ({ input, cacheKey, cachedPolicy }) => {
        window.preflightSendRun = input;
        if (cachedPolicy) localStorage.setItem(cacheKey, cachedPolicy);
      },
      { input: sendRun, cacheKey: POLICY_CACHE_KEY, cachedPolicy: policyState === 'none' ? null : policyText },
    );
    await page.goto(`${origin}${runtime.path}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => 'preflightSendResult' in window, undefined, { timeout: ANSWER_TIMEOUT_MS });
    const answer = page.evaluate(() => window.preflightSendResult ?? Promise.reject(new Error('the page set no preflightSendResult')));
    const giveUp = page.waitForTimeout(ANSWER_TIMEOUT_MS).then(() => Promise.reject(new Error(`${runtime.name}: no answer to the send event within ${ANSWER_TIMEOUT_MS} ms`)));
    return await Promise.race([answer, giveUp]);
  } finally {
    await context.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** What is measured per network profile: the first send ever, a cached policy, and one the compose events confirmed. */
const ROWS: readonly { draft: (typeof DRAFTS)[number]; policy: PolicyState }[] = [
  { draft: DRAFTS[0]!, policy: 'none' },
  { draft: DRAFTS[0]!, policy: 'cached' },
  { draft: DRAFTS[0]!, policy: 'confirmed' },
  { draft: DRAFTS[1]!, policy: 'cached' },
  { draft: DRAFTS[1]!, policy: 'confirmed' },
];

/**
 * The budget the on-send bundle is held to (issue 11): on the slowest profile, classic Outlook's
 * JavaScript-only runtime answers Send within 4.5 s of the click when the compose events have
 * confirmed the policy, as they usually have. The median of the runs counts, for every draft.
 */
const SEND_BUDGET = { runtime: 'JS-only (launchevent.js)', profile: 'Slow 3G, 6x slower CPU', policy: 'confirmed', maxMedianMs: 4_500 } as const;

interface BudgetRow {
  readonly draft: string;
  readonly medianMs: number;
}

function inBudget(runtime: Runtime, profile: Profile, policy: PolicyState): boolean {
  return runtime.name === SEND_BUDGET.runtime && profile.name === SEND_BUDGET.profile && policy === SEND_BUDGET.policy;
}

/** Prints one line per budgeted row; a median over the budget makes `npm run bench` exit 1. */
function reportBudget(rows: readonly BudgetRow[]): void {
  if (rows.length === 0) throw new Error(`no row matches the send budget (${SEND_BUDGET.runtime}, ${SEND_BUDGET.profile}, ${SEND_BUDGET.policy} policy): fix SEND_BUDGET`);
  const where = `${SEND_BUDGET.runtime}, ${SEND_BUDGET.profile}, ${SEND_BUDGET.policy} policy`;
  console.log(`\nBudget: click → answer ≤ ${SEND_BUDGET.maxMedianMs} ms (median) for ${where}.`);
  for (const row of rows) {
    const headroom = SEND_BUDGET.maxMedianMs - row.medianMs;
    const verdict = headroom >= 0 ? `ok, ${headroom.toFixed(0)} ms headroom` : `OVER BUDGET by ${(-headroom).toFixed(0)} ms`;
    console.log(`budget  ${row.draft.padEnd(44)} ${row.medianMs.toFixed(0).padStart(6)} ms of ${SEND_BUDGET.maxMedianMs} ms: ${verdict}`);
  }
  if (rows.some((row) => row.medianMs > SEND_BUDGET.maxMedianMs)) {
    console.log('The send budget is exceeded.');
    process.exitCode = 1;
  }
}

export const sendLatencySuite: BenchSuite = {
  name: 'send',
  async run() {
    const script = fs.readFileSync(path.join(ADDIN, 'launchevent.js'));
    console.log(`launchevent.js: ${kb(script.length)} minified, ${kb(zlib.gzipSync(script, { level: 9 }).length)} gzipped.`);
    console.log(`Cold runtime started by the click, no HTTP cache; ${RUNS} runs per row, median (worst).`);
    console.log(`${'runtime'.padEnd(25)} ${'profile'.padEnd(24)} ${'draft'.padEnd(44)} ${'policy'.padEnd(9)} ${'handlers ran'.padStart(16)} ${'handler'.padStart(16)} ${'click → answer'.padStart(16)}  outcome`);
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-bench-'));
    const server = await startServer();
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
      env: { ...process.env, HOME: home },
    });
    const budgetRows: BudgetRow[] = [];
    try {
      for (const runtime of RUNTIMES) {
        for (const profile of PROFILES) {
          for (const { draft, policy } of ROWS) {
            const timings: SendTiming[] = [];
            for (let run = 0; run < RUNS; run++) timings.push(await timeSend(browser, server.origin, runtime, profile, draft.message, policy));
            const cell = (pick: (t: SendTiming) => number) => `${median(timings.map(pick)).toFixed(0)} (${Math.max(...timings.map(pick)).toFixed(0)}) ms`;
            const last = timings[timings.length - 1]!;
            const outcome = `${last.allowEvent ? 'sent' : 'dialog'}; ${last.auditHeader ?? 'no header'}`;
            console.log(`${runtime.name.padEnd(25)} ${profile.name.padEnd(24)} ${draft.name.padEnd(44)} ${policy.padEnd(9)} ${cell((t) => t.loadMs).padStart(16)} ${cell((t) => t.handlerMs).padStart(16)} ${cell((t) => t.totalMs).padStart(16)}  ${outcome}`);
            if (inBudget(runtime, profile, policy)) budgetRows.push({ draft: draft.name, medianMs: median(timings.map((t) => t.totalMs)) });
          }
        }
      }
    } finally {
      await browser.close();
      await server.close();
      fs.rmSync(home, { recursive: true, force: true });
    }
    reportBudget(budgetRows);
  },
};
