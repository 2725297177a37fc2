import type { Locator, Page } from 'playwright-core';
import { buttonNames, draftHeader, expectAlert, expectSent, finding, pageTest, useSharedE2E } from './helpers';

/**
 * A review step (RULES.md «Review steps») in the real bundles: the playground's mass-mailing
 * example comes with a policy whose `mass-mail` asks for the approved 《群发消息申请表》 and its
 * number. Send stops with no way around it and points at the pane; the pane's tick with a number
 * lets it go, and the sent message's X-Preflight header carries the number.
 */
const current = useSharedE2E();

const EXAMPLE = 'lang=zh-CN&example=mass-mail-review';
const LABEL = '《群发消息申请表》已经部门负责人审核通过';
const REFERENCE = '群发申请表编号';
const PENDING = '发送前需完成这一步：勾选后才能发送。';
const DONE = '已确认，发送时会记录在邮件头中。';
const HEADER = (tail: string) => `X-Preflight: v=1; policy=playground-review-steps; ${tail}`;

const step = (page: Page) => finding(page, 'mass-mail');
const tick = (page: Page, label = LABEL) => step(page).getByRole('checkbox', { name: label });
const referenceField = (page: Page, name = REFERENCE) => step(page).getByRole('textbox', { name: new RegExp(name, 'u') });

/** Types the reference, ticks the step and waits for the pane to record it. */
async function confirm(page: Page, reference: string): Promise<void> {
  await referenceField(page).fill(reference);
  await tick(page).click();
  await step(page).getByText(DONE).waitFor();
  expect(await tick(page).isChecked()).toBe(true);
}

async function dismiss(dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: '不发送' }).click();
  await dialog.waitFor({ state: 'detached' });
}

pageTest(
  current,
  'Send stops with no “send anyway”, and the dialog says to confirm the step in the pane',
  async (page) => {
    await step(page).getByText(PENDING).waitFor();
    expect(await page.getByTestId('policy-status').textContent()).toContain('review-steps.json');
    const dialog = await expectAlert(page);
    expect(await buttonNames(dialog)).toEqual(['不发送', '查看并修正']);
    expect(await dialog.textContent()).toContain(`需在 Preflight 窗格中确认“${LABEL}”：这封邮件发给 25 个地址，属于群发`);
    expect(await draftHeader(page)).toBe(HEADER('blocked=mass-mail'));
  },
  EXAMPLE,
);

pageTest(
  current,
  'the dialog opens the pane; a tick without the number is refused; with it, Send goes and the header carries the number',
  async (page) => {
    await step(page).getByText(PENDING).waitFor();
    const dialog = await expectAlert(page);
    await dialog.getByRole('button', { name: '查看并修正' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('task-pane');

    await tick(page).click();
    await step(page).getByText(`请先填写${REFERENCE}。`).waitFor();
    expect(await tick(page).isChecked()).toBe(false);
    await dismiss(await expectAlert(page));

    await confirm(page, 'QF-2026-118');
    expect(await referenceField(page).getAttribute('readonly')).not.toBeNull();
    expect(await expectSent(page)).toBe(HEADER('acknowledged=mass-mail:QF-2026-118'));
    expect(await page.getByTestId('sent-message').textContent()).toContain('pan.xue@contoso.com');
  },
  EXAMPLE,
);

pageTest(
  current,
  'a Chinese reference number reaches the header as typed',
  async (page) => {
    await confirm(page, '财审2026第12号');
    expect(await expectSent(page)).toBe(HEADER('acknowledged=mass-mail:财审2026第12号'));
  },
  EXAMPLE,
);

pageTest(
  current,
  'another recipient added in the form opens the step again, and Send stops again',
  async (page) => {
    await confirm(page, 'QF-2026-118');
    const add = page.getByRole('textbox', { name: '添加收件人地址' });
    await add.fill('qian.duo@contoso.com');
    await add.press('Enter');
    // The card of the 25-address finding leaves as the 26-address one comes in, with its step open.
    await step(page).filter({ hasText: DONE }).waitFor({ state: 'detached' });
    expect(await step(page).textContent()).toContain('这封邮件发给 26 个地址');
    await step(page).getByText(PENDING).waitFor();
    expect(await tick(page).isChecked()).toBe(false);
    const dialog = await expectAlert(page);
    expect(await dialog.textContent()).toContain('这封邮件发给 26 个地址');
    expect(await draftHeader(page)).toBe(HEADER('blocked=mass-mail'));
    await dismiss(dialog);

    // Confirmed again for the new list, it goes.
    await confirm(page, 'QF-2026-118');
    expect(await expectSent(page)).toBe(HEADER('acknowledged=mass-mail:QF-2026-118'));
  },
  EXAMPLE,
);

pageTest(
  current,
  'in a zh-TW Outlook the step reads in Traditional Chinese, in the pane and in the dialog',
  async (page) => {
    const label = '《群發消息申請表》已經部門主管審核通過';
    await tick(page, label).waitFor();
    await referenceField(page, '群發申請表編號').waitFor();
    await step(page).getByText('傳送前需完成這一步：勾選後才能傳送。').waitFor();
    const dialog = await expectAlert(page);
    expect(await dialog.textContent()).toContain(`需在 Preflight 窗格中確認「${label}」：這封郵件傳送給 25 個地址`);
    expect(await buttonNames(dialog)).toEqual(['不要傳送', '查看並修正']);
  },
  'lang=zh-TW&example=mass-mail-review',
);
