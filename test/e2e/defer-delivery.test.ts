import type { Page } from 'playwright-core';
import { clickSend, loadExample, pageTest, pane, useSharedE2E } from './helpers';

/**
 * Delayed delivery of external mail (policy `deferExternalMinutes`) in the real bundles: the
 * pane says the mail goes N minutes later and offers "send without delay"; Send sets Outlook's
 * delivery time (Mailbox 1.13), which the playground's sent message shows.
 */
const current = useSharedE2E();

// li.si@contoso.com, the clean example's recipient, is external to this policy.
const POLICY = { version: 'e2e-defer', internalDomains: ['example.org'], deferExternalMinutes: 10 };
const NOTICE = '外部邮件将在发送后 10 分钟再投递';

async function usePolicy(page: Page): Promise<void> {
  await page.getByTestId('policy-file').setInputFiles({ name: 'defer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(POLICY)) });
  await page.getByTestId('policy-status').filter({ hasText: 'defer.json' }).waitFor();
  await loadExample(page, 'clean');
}

/** Sends, past a warning's dialog with "send anyway" if one comes (it is delayed too), and returns the sent view. */
async function send(page: Page) {
  const result = await clickSend(page);
  if (result.kind === 'alert') await result.dialog.getByRole('button', { name: '仍然发送' }).click();
  const sent = page.getByTestId('sent-message');
  await sent.waitFor();
  return sent;
}

pageTest(
  current,
  'the pane announces the delay, and the sent message is delivered 10 minutes after Send',
  async (page) => {
    await usePolicy(page);
    const notice = pane(page).getByTestId('defer-notice');
    await notice.getByText(NOTICE, { exact: false }).waitFor();
    const before = Date.now();
    const sent = await send(page);
    const text = (await sent.getByTestId('sent-deliveryTime').textContent()) ?? '';
    expect(text).toContain('延迟投递');
    // The time shown is Send's plus 10 minutes (either side of a minute's turn).
    const expected = await page.evaluate(
      (times) => times.map((at) => new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeStyle: 'short' }).format(at + 10 * 60_000)),
      [before, Date.now()],
    );
    expect(expected.some((time) => text.includes(time))).toBe(true);
  },
  'lang=zh-CN',
);

pageTest(
  current,
  '“send without delay” in the pane: the mail goes with no delivery time',
  async (page) => {
    await usePolicy(page);
    const notice = pane(page).getByTestId('defer-notice');
    await notice.getByRole('button', { name: '立即发送，不延迟' }).click();
    await notice.getByText('这封邮件发送后将立即投递，不延迟。').waitFor();
    const sent = await send(page);
    expect(await sent.getByTestId('sent-deliveryTime').count()).toBe(0);
  },
  'lang=zh-CN',
);

pageTest(
  current,
  'Mailbox 1.12: the pane says delayed delivery is not available, and the mail goes at once',
  async (page) => {
    await usePolicy(page);
    await pane(page).getByTestId('defer-notice').getByText('此版本的 Outlook 不支持延迟投递', { exact: false }).waitFor();
    const sent = await send(page);
    expect(await sent.getByTestId('sent-deliveryTime').count()).toBe(0);
  },
  'lang=zh-CN&version=1.12',
);
