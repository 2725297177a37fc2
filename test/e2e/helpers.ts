import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type FrameLocator, type Locator, type Page } from 'playwright-core';
import { ensureBuilt, ROOT } from '../helpers/build';

/**
 * End-to-end tests drive the BUILT add-in (dist/) in Debian's Chromium, through the playground
 * (build/playground/) served with it by scripts/serve.js. One browser and one server per test
 * file; one fresh browser context (cookies, localStorage) per test.
 */
export const CHROMIUM = '/usr/bin/chromium';
export const RESULTS_DIR = path.join(ROOT, 'test-results');
/** Generous: the suite runs on 2 cores beside the unit tests. No assertion depends on it. */
export const E2E_TIMEOUT_MS = 60_000;
/** Building dist/ and the playground from scratch, when a suite is started on its own. */
export const SETUP_TIMEOUT_MS = 240_000;

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

interface StartedServer {
  readonly origin: string;
  readonly url: string;
  close(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startServer } = require('../../scripts/serve.js') as { startServer(options: { port: number; env?: NodeJS.ProcessEnv }): Promise<StartedServer> };

export interface E2E {
  readonly browser: Browser;
  readonly server: StartedServer;
  readonly origin: string;
  readonly home: string;
}

/** Builds what is missing, starts the server on a free port and the browser with a throw-away HOME. */
export async function startE2E(): Promise<E2E> {
  ensureBuilt('launchevent', 'launchevent.js');
  ensureBuilt('commands', 'commands.html');
  ensureBuilt('taskpane', 'taskpane.js');
  ensureBuilt('playground', 'playground.html');
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-e2e-'));
  const server = await startServer({ port: 0, env: { ...process.env, PLAYGROUND_CERT_DIR: path.join(ROOT, '.cache', 'playground-cert') } });
  // playwright-core gives every launch a fresh temporary --user-data-dir of its own.
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, env: { ...process.env, HOME: home } });
  return { browser, server, origin: server.origin, home };
}

export async function stopE2E(e2e: E2E | undefined): Promise<void> {
  if (!e2e) return;
  await e2e.browser.close();
  await e2e.server.close();
  fs.rmSync(e2e.home, { recursive: true, force: true });
}

export interface PageUnderTest {
  readonly context: BrowserContext;
  readonly page: Page;
}

/** Opens the playground in a fresh context; `query` such as `lang=zh-CN&example=clean`. */
export async function openPlayground(e2e: E2E, query = 'lang=zh-CN', viewport = { width: 1280, height: 900 }): Promise<PageUnderTest> {
  const context = await e2e.browser.newContext({ ignoreHTTPSErrors: true, viewport, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${e2e.origin}/playground.html?${query}`);
  await page.getByTestId('send').waitFor();
  return { context, page };
}

/**
 * A test that gets its own page, saves a screenshot to test-results/ when it fails, and always
 * closes its context.
 */
export function pageTest(getE2E: () => E2E, name: string, body: (page: Page, context: BrowserContext) => Promise<void>, query?: string): void {
  test(
    name,
    async () => {
      const { context, page } = await openPlayground(getE2E(), query);
      try {
        await body(page, context);
      } catch (error) {
        await saveFailureScreenshot(page, name);
        throw error;
      } finally {
        await context.close();
      }
    },
    E2E_TIMEOUT_MS,
  );
}

async function saveFailureScreenshot(page: Page, name: string): Promise<void> {
  try {
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    const file = `${expect.getState().testPath ? path.basename(expect.getState().testPath!, '.ts') : 'e2e'}-${name.replace(/[^\w\u4e00-\u9fff-]+/gu, '-').slice(0, 80)}.png`;
    await page.screenshot({ path: path.join(RESULTS_DIR, file), fullPage: true });
  } catch {
    // The page may already be gone; the test's own error matters more.
  }
}

/** The task pane frame as it is now (the playground reopens it for each new message). */
export function pane(page: Page): FrameLocator {
  return page.frameLocator('[data-testid="task-pane"]');
}

/** Waits for the pane to have finished its first check: findings or "ready to send". */
export async function paneSettled(page: Page): Promise<FrameLocator> {
  const frame = pane(page);
  await frame.locator('[data-rule], [data-testid="ready"]').first().waitFor();
  return frame;
}

export function finding(page: Page, rule: string): Locator {
  return pane(page).locator(`[data-rule="${rule}"]`);
}

/** Opens a new message from the Examples menu and waits for the reopened pane to show `waitForRule`. */
export async function loadExample(page: Page, id: string, waitForRule?: string): Promise<void> {
  const generation = Number(await page.getByTestId('task-pane').getAttribute('data-generation'));
  await page.getByTestId('examples-menu').click();
  await page.locator(`[data-example="${id}"]`).click();
  await page.locator(`[data-testid="task-pane"][data-generation="${generation + 1}"]`).waitFor();
  if (waitForRule) await finding(page, waitForRule).first().waitFor();
  else await paneSettled(page);
}

export type SendResult = { readonly kind: 'alert'; readonly dialog: Locator } | { readonly kind: 'sent'; readonly sent: Locator };

/** Clicks Send and waits for Outlook's answer: the Smart Alerts dialog or the sent message. */
export async function clickSend(page: Page): Promise<SendResult> {
  await page.getByTestId('send').click();
  const dialog = page.getByTestId('smart-alert');
  const sent = page.getByTestId('sent-message');
  await dialog.or(sent).first().waitFor();
  return (await dialog.isVisible()) ? { kind: 'alert', dialog } : { kind: 'sent', sent };
}

export async function expectAlert(page: Page): Promise<Locator> {
  const result = await clickSend(page);
  if (result.kind !== 'alert') throw new Error(`expected the Smart Alerts dialog, but the message was sent: ${await page.getByTestId('sent-headers').textContent()}`);
  return result.dialog;
}

/** Sends and returns the sent message's internet headers as text. */
export async function expectSent(page: Page): Promise<string> {
  const result = await clickSend(page);
  if (result.kind !== 'sent') throw new Error(`expected the message to be sent, but Smart Alerts said: ${await result.dialog.textContent()}`);
  return (await page.getByTestId('sent-headers').textContent()) ?? '';
}

/** The X-Preflight header the add-in stamped on the draft at the last Send. */
export async function draftHeader(page: Page): Promise<string> {
  return (await page.getByTestId('draft-headers').textContent()) ?? '';
}

export async function buttonNames(dialog: Locator): Promise<string[]> {
  return (await dialog.getByRole('button').allTextContents()).map((text) => text.trim());
}

/** Removes a recipient or an attachment in the compose form, by its address or file name. */
export async function removeFromForm(page: Page, what: string, removeLabel = '删除'): Promise<void> {
  await page.getByRole('button', { name: `${removeLabel} ${what}`, exact: true }).click();
}

/**
 * One server and one browser for the whole test file: started before the first test, stopped
 * after the last. Returns a getter for the running instance.
 */
export function useSharedE2E(): () => E2E {
  let e2e: E2E | undefined;
  beforeAll(async () => {
    e2e = await startE2E();
  }, SETUP_TIMEOUT_MS);
  afterAll(() => stopE2E(e2e));
  return () => {
    if (!e2e) throw new Error('the e2e server and browser did not start');
    return e2e;
  };
}
