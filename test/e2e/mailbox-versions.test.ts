import type { Page } from 'playwright-core';
import { buttonNames, draftHeader, expectAlert, expectSent, finding, loadExample, pageTest, useSharedE2E } from './helpers';

/**
 * The simulated client does what Outlook does with Preflight's manifest on older Mailbox
 * versions: below 1.12 no event handler runs at all, and 1.12–1.13 show Smart Alerts without
 * "Send anyway", the pane's button or Markdown.
 */
const current = useSharedE2E();

/** Every Office.js call the add-in made on the message being composed now. */
function officeCalls(page: Page): Promise<string[]> {
  return page.evaluate(() => [...(window as unknown as { __preflightPlayground: { mailbox: { calls: string[] } } }).__preflightPlayground.mailbox.calls]);
}

pageTest(
  current,
  'Mailbox 1.10: the pane still checks, but no handler runs: no bar, and Send sends at once with no header',
  async (page) => {
    await finding(page, 'attachment-size').first().waitFor();
    expect(await expectSent(page)).toBe('（无）');
    expect(await page.getByTestId('smart-alert').count()).toBe(0);
    const calls = await officeCalls(page);
    expect(calls).toContain('getAttachmentsAsync');
    expect(calls.filter((call) => /^(?:notificationMessages|internetHeaders|sessionData)\./u.test(call))).toEqual([]);
    expect(await page.getByTestId('notification-bars').locator('[data-key]').count()).toBe(0);
    expect(await page.getByTestId('version-limits').locator('[data-limit="events"]').textContent()).toContain('Mailbox 1.12');
  },
  'lang=zh-CN&version=1.10&example=large-attachment',
);

pageTest(
  current,
  'switching to Mailbox 1.10 drops the bars and header the newer client wrote, and Send no longer checks',
  async (page) => {
    await page.locator('[data-testid="notification-bars"] [data-key="preflight-size"]').waitFor();
    await expectAlert(page);
    await page.getByRole('button', { name: '不发送' }).click();
    expect(await draftHeader(page)).toContain('prompted=attachment-size');
    await page.getByTestId('settings').getByRole('combobox', { name: 'Mailbox 版本' }).selectOption('1.10');
    // Outlook's bars leave with an animation.
    await page.locator('[data-testid="notification-bars"] [data-key="preflight-size"]').waitFor({ state: 'detached' });
    await finding(page, 'attachment-size').first().waitFor();
    expect(await draftHeader(page)).not.toContain('X-Preflight');
    expect(await expectSent(page)).toBe('（无）');
  },
  'lang=zh-CN&example=large-attachment',
);

pageTest(
  current,
  'Mailbox 1.12: a warning goes out recorded as warned=, as on any client without Send anyway',
  async (page) => {
    await finding(page, 'subject-vague').first().waitFor();
    expect(await expectSent(page)).toBe('X-Preflight: v=1; policy=default; warned=subject-vague');
  },
  'lang=zh-CN&version=1.12&example=vague-subject',
);

pageTest(
  current,
  'Mailbox 1.12 with oldClientWarnings "block": the warning stops the mail in a plain-text dialog with only Don’t send',
  async (page) => {
    const policy = { version: 'e2e-old-block', oldClientWarnings: 'block' };
    await page.getByTestId('policy-file').setInputFiles({ name: 'old-block.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(policy)) });
    await page.getByTestId('policy-status').filter({ hasText: 'old-block.json' }).waitFor();
    await loadExample(page, 'vague-subject', 'subject-vague');
    const dialog = await expectAlert(page);
    expect(await buttonNames(dialog)).toEqual(['不发送']);
    // errorMessage as Outlook shows it before Mailbox 1.15: the text itself, no Markdown rendered.
    expect(await dialog.getByTestId('smart-alert-text').textContent()).toContain('• ');
    expect(await dialog.locator('strong, ul').count()).toBe(0);
    expect(await draftHeader(page)).toBe('X-Preflight: v=1; policy=e2e-old-block; blocked=subject-vague');
    await dialog.getByRole('button', { name: '不发送' }).click();
    await dialog.waitFor({ state: 'detached' });
  },
  'lang=zh-CN&version=1.12',
);

pageTest(
  current,
  'Mailbox 1.14: Send anyway and the pane’s button, but the message is still plain text',
  async (page) => {
    await finding(page, 'subject-vague').first().waitFor();
    const dialog = await expectAlert(page);
    expect(await buttonNames(dialog)).toEqual(['仍然发送', '不发送', '查看并修正']);
    expect(await dialog.locator('strong, ul').count()).toBe(0);
    expect(await page.getByTestId('version-limits').locator('[data-limit]').evaluateAll((items) => items.map((item) => item.getAttribute('data-limit')))).toEqual(['markdown']);
  },
  'lang=zh-CN&version=1.14&example=vague-subject',
);
