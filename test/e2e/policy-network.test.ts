import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DIST } from '../helpers/build';
import { buttonNames, draftHeader, expectAlert, expectSent, finding, loadExample, openPlayground, pageTest, pane, SETUP_TIMEOUT_MS, startE2E, stopE2E, E2E_TIMEOUT_MS, type E2E } from './helpers';

/**
 * An admin's own policy.json in the playground (`?policy=` or the file picker), its validation
 * errors, and the promise that nothing leaves the machine: every request stays on the page's origin.
 */
let e2e: E2E | undefined;
const current = () => e2e!;
/** Policy files served beside the add-in, as an admin would put them; removed after the suite. */
const POLICY_DIR = `e2e-policies-${process.pid}`;

const STRICT = { version: 'e2e-strict', rules: { 'subject-vague': { severity: 'block' } } };
const BROKEN = { version: 'e2e-broken', internalDomains: 'contoso.com', rules: { 'no-such-rule': { severity: 'warning' } } };
const LABEL = { version: 'e2e-label', encryption: { method: 'sensitivityLabel', label: 'label-confidential' } };

beforeAll(async () => {
  e2e = await startE2E();
  fs.mkdirSync(path.join(DIST, POLICY_DIR), { recursive: true });
  fs.writeFileSync(path.join(DIST, POLICY_DIR, 'strict.json'), JSON.stringify(STRICT));
  fs.writeFileSync(path.join(DIST, POLICY_DIR, 'broken.json'), JSON.stringify(BROKEN));
}, SETUP_TIMEOUT_MS);

afterAll(async () => {
  fs.rmSync(path.join(DIST, POLICY_DIR), { recursive: true, force: true });
  await stopE2E(e2e);
});

pageTest(
  current,
  '?policy= applies the admin’s policy to the pane and to Send',
  async (page) => {
    expect(await page.getByTestId('policy-status').textContent()).toContain('strict.json');
    await loadExample(page, 'vague-subject', 'subject-vague');
    await pane(page).locator('section[aria-labelledby="group-block"] [data-rule="subject-vague"]').waitFor();
    const dialog = await expectAlert(page);
    expect(await buttonNames(dialog)).toEqual(['不发送', '查看并修正']);
    expect(await draftHeader(page)).toBe('X-Preflight: v=1; policy=e2e-strict; blocked=subject-vague');
    await dialog.getByRole('button', { name: '不发送' }).click();
    await loadExample(page, 'clean');
    expect(await expectSent(page)).toBe('X-Preflight: v=1; policy=e2e-strict; clean');
  },
  `lang=zh-CN&policy=/${POLICY_DIR}/strict.json`,
);

pageTest(
  current,
  'an invalid policy shows its errors by JSON path, and the add-in falls back to the defaults',
  async (page) => {
    const errors = page.getByTestId('policy-errors');
    await errors.waitFor();
    const text = (await errors.textContent()) ?? '';
    expect(text).toContain('broken.json');
    expect(text).toContain('$.internalDomains');
    expect(text).toContain('$.rules["no-such-rule"]');
    await loadExample(page, 'clean');
    // The pane says it is not using the organisation's file, and Send records where the policy came from.
    await pane(page).getByTestId('policy-notice').waitFor();
    expect(await expectSent(page)).toBe('X-Preflight: v=1; policy=default; policy-source=default; clean');
  },
  `lang=zh-CN&policy=/${POLICY_DIR}/broken.json`,
);

pageTest(current, 'a policy picked from a file applies at once; its sensitivity-label fix clears even a block', async (page) => {
  await page.getByTestId('policy-file').setInputFiles({ name: 'label-policy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(LABEL)) });
  await page.getByTestId('policy-status').filter({ hasText: 'label-policy.json' }).waitFor();
  await loadExample(page, 'classified-external', 'sensitive-content');
  await finding(page, 'sensitive-content').getByRole('button', { name: '应用敏感度标签' }).click();
  // Labelled as the policy asks, the draft is satisfied: no sensitive-content card at all (RULES.md).
  await pane(page).locator('[data-rule="sensitive-content"]').waitFor({ state: 'detached' });
  expect(await expectSent(page)).toBe('X-Preflight: v=1; policy=e2e-label; clean');
});

async function recordRequests(page: Page): Promise<string[]> {
  const urls: string[] = [];
  page.context().on('request', (request) => urls.push(request.url()));
  return urls;
}

test(
  'every request of a whole session stays on the page’s own origin',
  async () => {
    const { context, page } = await openPlayground(current(), 'lang=zh-CN&policy=https://policy.example.com/policy.json');
    const urls = await recordRequests(page);
    try {
      // Reload so the page's own first requests are recorded too.
      await page.reload();
      await page.getByTestId('policy-errors').waitFor();
      await loadExample(page, 'missing-important-tag', 'important-tag');
      const dialog = await expectAlert(page);
      await dialog.getByRole('button', { name: '查看并修正' }).click();
      await finding(page, 'important-tag').getByRole('button', { name: /改为/u }).click();
      await finding(page, 'important-tag').waitFor({ state: 'detached' });
      await page.getByTestId('office-theme').selectOption('dark');
      await page.getByTestId('display-language').selectOption('en-US');
      await expectSent(page);
      expect(urls.length).toBeGreaterThan(0);
      const origin = current().origin;
      expect(urls.filter((url) => !url.startsWith(`${origin}/`) && !/^(data|blob):/u.test(url))).toEqual([]);
      // The add-in really went to its server: its bundles and its policy.json.
      const paths = urls.map((url) => new URL(url).pathname);
      expect(paths).toEqual(expect.arrayContaining(['/playground.js', '/office-shim.js', '/taskpane.js', '/playground-commands.html', '/policy.json']));
    } finally {
      await context.close();
    }
  },
  E2E_TIMEOUT_MS,
);
