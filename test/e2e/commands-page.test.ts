import type { BrowserContext } from 'playwright-core';
import { SETUP_TIMEOUT_MS, startE2E, stopE2E, E2E_TIMEOUT_MS, type E2E } from './helpers';

/**
 * dist/commands.html: the page new Outlook, Outlook on the web and Mac load, cold, for the event
 * handlers. The handlers are inline and allowed by their hash alone in the page's CSP. Office.js
 * comes from Microsoft's CDN; here a stand-in answers for it and records the associations.
 */
let e2e: E2E | undefined;

beforeAll(async () => {
  e2e = await startE2E();
}, SETUP_TIMEOUT_MS);

afterAll(() => stopE2E(e2e));

const OFFICE_STAND_IN = 'window.associated = []; window.Office = { actions: { associate: function (name) { window.associated.push(name); } } };';

interface Loaded {
  readonly associated: string[] | null;
  readonly errors: string[];
  readonly paths: string[];
}

async function loadCommandsPage(context: BrowserContext, rewrite: (html: string) => string = (html) => html): Promise<Loaded> {
  const page = await context.newPage();
  const errors: string[] = [];
  const paths: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => paths.push(new URL(request.url()).pathname));
  await context.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: OFFICE_STAND_IN }));
  await context.route('**/commands.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: rewrite(await response.text()) });
  });
  await page.goto(`${e2e!.origin}/commands.html`);
  const associated = await page.evaluate(() => (window as unknown as { associated?: string[] }).associated ?? null);
  return { associated: associated ? [...associated].sort() : null, errors, paths };
}

async function withContext<T>(body: (context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await e2e!.browser.newContext({ ignoreHTTPSErrors: true });
  try {
    return await body(context);
  } finally {
    await context.close();
  }
}

test(
  'the inline handlers run under the page’s CSP and associate all four events, with no request for launchevent.js',
  () =>
    withContext(async (context) => {
      const loaded = await loadCommandsPage(context);
      expect(loaded.associated).toEqual(['onMessageAttachmentsChangedHandler', 'onMessageComposeHandler', 'onMessageRecipientsChangedHandler', 'onMessageSendHandler', 'onNewMessageComposeHandler']);
      expect(loaded.errors).toEqual([]);
      expect(loaded.paths).toContain('/commands.html');
      expect(loaded.paths).not.toContain('/launchevent.js');
    }),
  E2E_TIMEOUT_MS,
);

test(
  'an inline script the hash does not cover is refused',
  () =>
    withContext(async (context) => {
      const loaded = await loadCommandsPage(context, (html) => html.replace('"use strict";', '"use strict";void 0;'));
      expect(loaded.associated).toEqual([]);
      expect(loaded.errors.join('\n')).toMatch(/Content Security Policy/u);
    }),
  E2E_TIMEOUT_MS,
);
