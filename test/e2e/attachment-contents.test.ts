import path from 'node:path';
import { draftHeader, expectAlert, finding, loadExample, pageTest, useSharedE2E } from './helpers';

/**
 * Attachment contents in the real bundles (RULES.md «Attachment contents»): the pane reads the
 * attached workbook through getAttachmentContentAsync, its extractors in their own chunk, shows
 * the ID numbers found in its cells, and Send finds them again from the pane's cache.
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
