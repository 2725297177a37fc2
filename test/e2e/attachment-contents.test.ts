import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { draftHeader, expectAlert, expectSent, finding, loadExample, pane, pageTest, useSharedE2E } from './helpers';

/**
 * Attachment contents in the real bundles (RULES.md «Attachment contents»): the pane reads the
 * attached workbook through getAttachmentContentAsync, its extractors in their own chunk, shows
 * the ID numbers found in its cells, and Send finds them again from the pane's cache. With the
 * pane never opened, the handlers' page (commands.html) reads them at compose time with the pane's
 * reader (taskpane.scan.js) and leaves the same cache.
 */
const current = useSharedE2E();
const PAYROLL = path.join(__dirname, '..', 'fixtures', 'attachments', '工资表.xlsx');

pageTest(
  current,
  'the example’s workbook: the pane finds the ID numbers in its cells, masked, and Send stops for them',
  async (page) => {
    const card = finding(page, 'sensitive-content');
    await card.getByText('附件“新员工名单.xlsx”的内容', { exact: false }).waitFor();
    expect(await card.textContent()).not.toContain('110105199003071239');
    const dialog = await expectAlert(page);
    expect(await dialog.textContent()).toContain('附件“新员工名单.xlsx”的内容');
    expect(await draftHeader(page)).toBe('X-Preflight: v=1; policy=default; prompted=sensitive-content');
  },
  'lang=zh-CN&example=id-numbers-in-attachment',
);

pageTest(current, 'a spreadsheet the user attaches: the finding appears in the pane and at Send', async (page) => {
  await loadExample(page, 'clean');
  await page.getByTestId('attach-file').setInputFiles(PAYROLL);
  const card = finding(page, 'sensitive-content');
  await card.getByText('附件“工资表.xlsx”的内容', { exact: false }).waitFor();
  expect(await card.textContent()).not.toContain('11010519491231002X');
  const dialog = await expectAlert(page);
  expect(await dialog.textContent()).toContain('附件“工资表.xlsx”的内容');
  expect(await draftHeader(page)).toMatch(/^X-Preflight: v=1; policy=default; (?:prompted|blocked)=sensitive-content/u);
  expect(await draftHeader(page)).not.toContain('unscanned');
});

pageTest(current, 'a PDF whose Chinese font is named, not embedded: the pane reads it with the character maps from its own host', async (page) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await loadExample(page, 'clean');
  await page.getByTestId('attach-file').setInputFiles(path.join(__dirname, '..', 'fixtures', 'attachments', '身份证复印件.pdf'));
  const card = finding(page, 'sensitive-content');
  await card.getByText('附件“身份证复印件.pdf”的内容', { exact: false }).waitFor();
  expect(await card.textContent()).not.toContain('110108198506120033');
  const cmaps = requests.filter((url) => url.includes('/taskpane.cmaps/'));
  expect(cmaps.length).toBeGreaterThan(0);
  expect(cmaps.every((url) => new URL(url).origin === new URL(page.url()).origin)).toBe(true);
});

/** Opens the example in a new compose window whose task pane never runs: what Outlook does when nobody opens the pane. */
async function composeWithoutPane(page: Page, context: BrowserContext, example: string): Promise<void> {
  await context.route('**/playground-taskpane.html', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>pane not opened</title>' }));
  const generation = Number(await page.getByTestId('task-pane').getAttribute('data-generation'));
  await page.getByTestId('examples-menu').click();
  await page.locator(`[data-example="${example}"]`).click();
  await page.locator(`[data-testid="task-pane"][data-generation="${generation + 1}"]`).waitFor();
}

/** Waits until the handlers have completed every compose-time event so far (OnMessageAttachmentsChanged …). */
const composeEventsDone = (page: Page) => page.locator('[data-testid="commands"][data-pending="0"]').waitFor({ state: 'attached' });

pageTest(current, 'with the pane never opened, the compose event reads the attached workbook and Send finds the ID numbers in it', async (page, context) => {
  await composeWithoutPane(page, context, 'clean');
  expect(await pane(page).locator('title').textContent()).toBe('pane not opened');
  await page.getByTestId('attach-file').setInputFiles(PAYROLL);
  await page.locator('[data-attachment="工资表.xlsx"]').waitFor();
  await composeEventsDone(page);
  const dialog = await expectAlert(page);
  expect(await dialog.textContent()).toContain('附件“工资表.xlsx”的内容');
  expect(await dialog.textContent()).not.toContain('11010519491231002X');
  expect(await draftHeader(page)).toMatch(/^X-Preflight: v=1; policy=default; (?:prompted|blocked)=sensitive-content/u);
  expect(await draftHeader(page)).not.toContain('unscanned');
});

pageTest(current, 'with the pane never opened, the example’s own workbook is read at compose time: Send has nothing unscanned', async (page, context) => {
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(new URL(request.url()).pathname));
  await composeWithoutPane(page, context, 'clean');
  await composeEventsDone(page);
  // The handlers' page loaded the pane's reader and its extractors.
  expect(scripts).toEqual(expect.arrayContaining(['/taskpane.scan.js', '/taskpane.attachments.js']));
  // Unread, the workbook would make it `clean; unscanned=1`.
  expect(await expectSent(page)).toBe('X-Preflight: v=1; policy=default; clean');
});

pageTest(current, 'with the pane never opened, a PDF in a Chinese font it does not embed is read by the compose event with the character maps from the add-in’s host', async (page, context) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await composeWithoutPane(page, context, 'clean');
  await page.getByTestId('attach-file').setInputFiles(path.join(__dirname, '..', 'fixtures', 'attachments', '身份证复印件.pdf'));
  await page.locator('[data-attachment="身份证复印件.pdf"]').waitFor();
  await composeEventsDone(page);
  const dialog = await expectAlert(page);
  expect(await dialog.textContent()).toContain('附件“身份证复印件.pdf”的内容');
  expect(await draftHeader(page)).not.toContain('unscanned');
  const cmaps = requests.filter((url) => url.includes('/taskpane.cmaps/'));
  expect(cmaps.length).toBeGreaterThan(0);
  expect(cmaps.every((url) => new URL(url).origin === new URL(page.url()).origin)).toBe(true);
});
