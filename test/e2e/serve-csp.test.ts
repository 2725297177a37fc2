/** The built pages under the Content-Security-Policy headers `npm start` sends (scripts/serve.js), in Chromium. */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, E2E_TIMEOUT_MS, SETUP_TIMEOUT_MS, expectSent, loadExample, openPlayground, pane, startE2E, stopE2E, type E2E } from './helpers';

describe('the built pages under their header policy, in Chromium', () => {
  let e2e: E2E | undefined;
  beforeAll(async () => {
    e2e = await startE2E();
  }, SETUP_TIMEOUT_MS);
  afterAll(() => stopE2E(e2e));

  /** Every CSP violation any frame of the page reports, recorded from the first script on. */
  async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
    const console: string[] = [];
    page.on('console', (message) => {
      if (/Content[- ]Security[- ]Policy|frame-ancestors/iu.test(message.text())) console.push(message.text());
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${location.pathname}: ${event.effectiveDirective} ${event.blockedURI}`));
    });
    return async () => {
      const reported = await Promise.all(page.frames().map((frame) => frame.evaluate(() => (window as unknown as { __violations?: string[] }).__violations ?? []).catch(() => [])));
      return [...reported.flat(), ...console];
    };
  }

  test(
    'the playground, its task pane and its event-handler page load and work with no CSP violation',
    async () => {
      const { context, page } = await openPlayground(e2e!, 'lang=zh-CN');
      try {
        const violations = await recordViolations(page);
        const pages: Record<string, string | undefined> = {};
        page.on('response', (response) => {
          if (new URL(response.url()).pathname.endsWith('.html')) pages[new URL(response.url()).pathname] = response.headers()['content-security-policy'];
        });
        await page.reload();
        await page.getByTestId('send').waitFor();
        await loadExample(page, 'missing-important-tag', 'important-tag');
        await pane(page).getByRole('button', { name: /改为/u }).click();
        await pane(page).locator('[data-rule="important-tag"]').waitFor({ state: 'detached' });
        expect(await expectSent(page)).toMatch(/^X-Preflight: v=1; /u);
        expect(Object.keys(pages).sort()).toEqual(['/playground-commands.html', '/playground-taskpane.html', '/playground.html']);
        for (const policy of Object.values(pages)) expect(policy).toMatch(/^default-src 'self'; .*; frame-ancestors 'self' https:\/\/outlook\.office\.com /u);
        expect(await violations()).toEqual([]);
      } finally {
        await context.close();
      }
    },
    E2E_TIMEOUT_MS,
  );

  /**
   * What an iframe of `framed` on a page of `host` shows: the page's title, or null when Chromium
   * refused to frame it. The host's page is made up by the test (no request leaves the machine).
   * Chromium's Local Network Access would refuse any public site framing localhost, so that check
   * is off in this browser: a deployment is not on localhost.
   */
  async function framedTitle(host: string, framed: string): Promise<string | null> {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-features=LocalNetworkAccessChecks'], env: { ...process.env, HOME: e2e!.home } });
    try {
      const page = await (await browser.newContext({ ignoreHTTPSErrors: true })).newPage();
      await page.route(`${host}/**`, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Outlook</title><iframe src="${e2e!.origin}${framed}"></iframe>` }));
      const answered = page.waitForResponse(`${e2e!.origin}${framed}`);
      await page.goto(`${host}/mail/`);
      await answered;
      const frame = page.mainFrame().childFrames()[0]!;
      await frame.waitForLoadState();
      return frame.url().startsWith(e2e!.origin) ? await frame.title() : null;
    } finally {
      await browser.close();
    }
  }

  test(
    'Outlook on the web may frame the task pane; another site, or another origin on this machine, may not',
    async () => {
      expect(await framedTitle('https://outlook.office.com', '/playground-taskpane.html')).toBe('Preflight');
      expect(await framedTitle('https://outlook.cloud.microsoft', '/playground-taskpane.html')).toBe('Preflight');
      expect(await framedTitle('https://evil.example.com', '/playground-taskpane.html')).toBeNull();
      expect(await framedTitle(`https://127.0.0.1:${new URL(e2e!.origin).port}`, '/playground-taskpane.html')).toBeNull();
    },
    E2E_TIMEOUT_MS,
  );
});
