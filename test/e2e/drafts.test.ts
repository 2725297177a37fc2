import type { Page } from 'playwright-core';
import { SESSION_KEYS } from '../../src/office/session';
import { expectSent, finding, loadExample, pageTest, pane, useSharedE2E } from './helpers';

/**
 * OnMessageCompose in the playground: the compose window records what it opened with (a reply's
 * inherited subject), and a saved draft opened again runs the handler again, so it gets its bars.
 */
const current = useSharedE2E();

interface MailboxView {
  readonly sessionData: Record<string, string>;
  readonly bars: string[];
  readonly calls: string[];
}

/** What the simulated Outlook holds for the message open now. */
function mailbox(page: Page): Promise<MailboxView> {
  return page.evaluate(() => {
    const { mailbox: open } = (window as unknown as { __preflightPlayground: { mailbox: { sessionData: Map<string, string>; notifications: Map<string, unknown>; calls: string[] } } }).__preflightPlayground;
    return { sessionData: Object.fromEntries(open.sessionData), bars: [...open.notifications.keys()], calls: [...open.calls] };
  });
}

async function waitForSession(page: Page, key: string): Promise<string> {
  await page.waitForFunction(
    (name) => (window as unknown as { __preflightPlayground: { mailbox: { sessionData: Map<string, string> } } }).__preflightPlayground.mailbox.sessionData.has(name),
    key,
  );
  return (await mailbox(page)).sessionData[key]!;
}

pageTest(current, 'a reply that keeps its vague inherited subject: recorded when it opens, info in the pane, and Send is not stopped', async (page) => {
  await loadExample(page, 'reply-inherited-subject');
  expect(await waitForSession(page, SESSION_KEYS.originalSubject)).toBe('RE: 你好');
  // The pane opens beside the compose window and may check before the record lands; it checks
  // again when it gets the focus, as when the user clicks into it.
  await pane(page).locator('body').click();
  await pane(page).locator('section[aria-labelledby="group-info"] [data-rule="subject-vague"]').waitFor();
  expect(await pane(page).locator('section[aria-labelledby="group-warning"], section[aria-labelledby="group-block"]').count()).toBe(0);
  expect(await expectSent(page)).toBe('X-Preflight: v=1; policy=default; clean');
});

pageTest(current, 'Save and reopen draft runs OnMessageCompose again: the bars come back and the compose type is recorded anew', async (page) => {
  await loadExample(page, 'reply-all-group', 'reply-all-group');
  const bar = page.locator('[data-testid="notification-bars"] [data-key="preflight-group"]');
  await bar.waitFor();
  await waitForSession(page, SESSION_KEYS.composeType);
  await page.getByTestId('body').fill(`已改，见下文。\n\n${await page.getByTestId('body').inputValue()}`);

  const generation = Number(await page.getByTestId('task-pane').getAttribute('data-generation'));
  await page.getByTestId('reopen-draft').click();
  await page.locator(`[data-testid="task-pane"][data-generation="${generation + 1}"]`).waitFor();
  expect(await page.getByTestId('body').inputValue()).toMatch(/^已改，见下文。/u);
  expect(await page.getByTestId('subject').inputValue()).toBe('RE: 第三季度市场预算审批');

  // The bar on screen now is one the handler wrote on the reopened item, which started without any.
  await bar.waitFor();
  expect(await waitForSession(page, SESSION_KEYS.composeType)).toBe('reply');
  const reopened = await mailbox(page);
  expect(reopened.bars).toEqual(['preflight-group']);
  expect(reopened.calls).toContain('notificationMessages.replaceAsync');
  await finding(page, 'reply-all-group').first().waitFor();
});
