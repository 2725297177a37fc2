#!/usr/bin/env node
/**
 * Saves the documentation's pictures of the playground into docs/images/, from the built add-in
 * (run `npm run build:local` first) in Debian's Chromium (`apt-get install chromium fonts-noto-cjk`):
 *
 *   playground-dialog.png       the playground with a Smart Alerts dialog open
 *   taskpane-zh-CN-light.png    the task pane alone, 320 px wide, with findings
 *   taskpane-en-US-dark.png     the same in English and the dark theme
 *
 *   node scripts/screenshots.js
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { startServer } = require('./serve.js');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'docs', 'images');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync', '--disable-quic'];
/** The docs show pictures small enough to keep the repository light. */
const MAX_BYTES = 200 * 1024;

async function openPlayground(browser, origin, query, viewport) {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${origin}/playground.html?${query}`);
  await page.frameLocator('[data-testid="task-pane"]').locator('[data-rule], [data-testid="ready"]').first().waitFor();
  // Runs in the page: CJK fonts must have loaded before any picture is taken.
  await page.evaluate('document.fonts.ready.then(() => true)');
  return { context, page };
}

async function dialogPicture(browser, origin) {
  const { context, page } = await openPlayground(browser, origin, 'lang=zh-CN&example=large-attachment', { width: 1200, height: 760 });
  await page.locator('[data-key="preflight-size"]').waitFor();
  await page.getByTestId('send').click();
  await page.getByTestId('smart-alert').waitFor();
  // Let the dialog's entrance animation finish before the picture.
  await page.getByTestId('smart-alert').evaluate((element) => Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)));
  await page.mouse.move(0, 0);
  await page.screenshot({ path: path.join(OUT, 'playground-dialog.png') });
  await context.close();
}

/** `edit` may change the draft; adding a recipient raises the event that makes the pane check again. */
async function panePicture(browser, origin, query, file, edit = async () => undefined) {
  const { context, page } = await openPlayground(browser, origin, query, { width: 1200, height: 820 });
  await edit(page);
  await page.frameLocator('[data-testid="task-pane"]').locator('[data-rule]').first().waitFor();
  await page.getByTestId('task-pane').screenshot({ path: path.join(OUT, file) });
  await context.close();
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-screenshots-'));
  const server = await startServer({ port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, env: { ...process.env, HOME: home } });
  try {
    await dialogPicture(browser, server.origin);
    await panePicture(browser, server.origin, 'lang=zh-CN&theme=light&example=classified-external', 'taskpane-zh-CN-light.png');
    await panePicture(browser, server.origin, 'lang=en-US&theme=dark&example=excessive-cc', 'taskpane-en-US-dark.png', async (page) => {
      await page.getByTestId('subject').fill('update');
      await page.getByRole('textbox', { name: 'Add a To address' }).fill('erika@fabrikam.com');
      await page.getByRole('button', { name: 'Add: To' }).click();
      await page.frameLocator('[data-testid="task-pane"]').locator('[data-rule="external-recipients"]').waitFor();
    });
  } finally {
    await browser.close();
    await server.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
  for (const file of ['playground-dialog.png', 'taskpane-zh-CN-light.png', 'taskpane-en-US-dark.png']) {
    const bytes = fs.statSync(path.join(OUT, file)).size;
    console.log(`docs/images/${file}: ${Math.round(bytes / 1024)} KB${bytes > MAX_BYTES ? ' (over 200 KB: make the picture smaller)' : ''}`);
  }
}

main().catch((error) => {
  console.error(`screenshots: ${error.stack || error.message}`);
  process.exit(1);
});
