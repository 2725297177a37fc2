/**
 * The audit report in Debian's Chromium: opened from file://, it makes no request at all (no
 * font, style, script or image from anywhere), breaks no rule of its own CSP, runs nothing
 * planted in it, and draws its charts at a real size.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { renderAuditReport } from '../src/cli/audit/report';
import { CHROMIUM } from './e2e/helpers';
import { GENERATED_AT, plantedSummary, TIME_ZONE } from './audit-report-fixtures';

/** The launch flags every browser test uses (test/e2e/helpers.ts). */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync', '--disable-quic'];
const TEST_TIMEOUT_MS = 15_000;

let browser: Browser | undefined;
let home = '';

beforeAll(async () => {
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-report-'));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, env: { ...process.env, HOME: home } });
}, TEST_TIMEOUT_MS);

afterAll(async () => {
  await browser?.close();
  fs.rmSync(home, { recursive: true, force: true });
});

test(
  'opens from file:// with no request, no CSP violation, nothing run, and charts of non-zero size',
  async () => {
    const file = path.join(home, 'report.html');
    fs.writeFileSync(file, renderAuditReport(plantedSummary(), 'zh-CN', { generatedAt: GENERATED_AT, timeZone: TIME_ZONE }));
    const url = pathToFileURL(file).href;
    const context = await browser!.newContext({ viewport: { width: 1100, height: 900 } });
    const page = await context.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => {
      if (request.url() !== url) requests.push(request.url());
    });
    // Anything else the page asked for would fail rather than reach a network.
    await context.route((candidate) => candidate.href !== url, (route) => route.abort());
    page.on('console', (message) => problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(error.message));
    try {
      await page.goto(url, { waitUntil: 'load' });
      const sizes = await page.locator('svg').evaluateAll((svgs) => svgs.map((svg) => svg.getBoundingClientRect()).map(({ width, height }) => [width, height]));
      const pwned = await page.evaluate(() => (window as Window & { pwned?: number }).pwned);
      expect(requests).toEqual([]);
      expect(problems).toEqual([]);
      expect(pwned).toBeUndefined();
      // The donut, four rule bars and the legend's three swatches.
      expect(sizes.length).toBe(8);
      for (const [width, height] of sizes) {
        expect(width).toBeGreaterThan(0);
        expect(height).toBeGreaterThan(0);
      }
      const donut = await page.locator('svg.decisions').boundingBox();
      expect(donut?.width).toBeGreaterThan(300);
      expect(await page.getByRole('img', { name: '3,750 封邮件的发送结果' }).count()).toBe(1);
    } finally {
      await context.close();
    }
  },
  TEST_TIMEOUT_MS,
);
