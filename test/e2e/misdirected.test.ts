import { buttonNames, draftHeader, expectAlert, expectSent, finding, pageTest, pane, useSharedE2E } from './helpers';

/**
 * The policy's own restrictions in the real bundles (RULES.md `restrictedRecipients`, «Custom
 * rules»): each playground example is served its policy; the pane shows the admin's message and
 * clause, and Send stops with no "send anyway" and records the rule in X-Preflight.
 */
const current = useSharedE2E();

pageTest(
  current,
  'a competitor in CC: the card carries the admin’s message, and Send stops and records the rule',
  async (page) => {
    const card = finding(page, 'restricted-recipients');
    await card.getByText('该地址属于竞争对手', { exact: false }).waitFor();
    expect(await card.textContent()).toContain('bob@fabrikam-rival.com');
    expect(await page.getByTestId('policy-status').textContent()).toContain('restricted-recipients.json');
    const dialog = await expectAlert(page);
    expect(await buttonNames(dialog)).not.toContain('仍然发送');
    expect(await dialog.textContent()).toContain('bob@fabrikam-rival.com');
    expect(await draftHeader(page)).toBe('X-Preflight: v=1; policy=playground-restricted-recipients; blocked=restricted-recipients');
  },
  'lang=zh-CN&example=competitor-recipient',
);

pageTest(
  current,
  'a project code name to a partner: the custom rule’s card is titled by its id and cites the admin’s clause; Send stops',
  async (page) => {
    const card = finding(page, 'x-project-falcon');
    await card.getByText('邮件涉及“猎鹰计划”', { exact: false }).waitFor();
    expect(await card.textContent()).toContain('x-project-falcon');
    expect(await card.textContent()).toContain('《猎鹰计划保密协议》第2条');
    const dialog = await expectAlert(page);
    expect(await dialog.textContent()).toContain('猎鹰计划');
    expect(await draftHeader(page)).toBe('X-Preflight: v=1; policy=playground-custom-rules; blocked=x-project-falcon');
  },
  'lang=zh-CN&example=project-code-name',
);

pageTest(
  current,
  'in Taiwanese usage the custom rule speaks the admin’s zh-TW text',
  async (page) => {
    await finding(page, 'x-project-falcon').getByText('郵件涉及「獵鷹計畫」', { exact: false }).waitFor();
  },
  'lang=zh-TW&example=project-code-name',
);

pageTest(
  current,
  'a greeting to someone who is not in To: the pane’s card names the greeting and the recipient, and goes when the greeting is mended; Send does not run the rule yet',
  async (page) => {
    const card = finding(page, 'salutation-mismatch');
    await card.getByText('邮件称呼“王经理”，但收件人是 李四', { exact: false }).waitFor();
    // scripts/not-at-send.js: the rule's table and matching do not fit the on-send budget yet.
    expect(await expectSent(page)).toBe('X-Preflight: v=1; policy=default; clean');
  },
  'lang=zh-CN&example=wrong-greeting',
);

pageTest(
  current,
  'greeting the recipient by name clears the card',
  async (page) => {
    await finding(page, 'salutation-mismatch').waitFor();
    const body = page.getByTestId('body');
    await body.fill((await body.inputValue()).replace('王经理：', '李经理：'));
    // Outlook tells an add-in of no body edit: the pane checks again when asked (or when it gets focus).
    await pane(page).getByRole('button', { name: '重新检查' }).click();
    await finding(page, 'salutation-mismatch').waitFor({ state: 'detached' });
  },
  'lang=zh-CN&example=wrong-greeting',
);

pageTest(
  current,
  'in English the greeting names the person in the greeting’s own words',
  async (page) => {
    await finding(page, 'salutation-mismatch').getByText('The greeting names 王经理, but the mail is to 李四', { exact: false }).waitFor();
  },
  'lang=en-US&example=wrong-greeting',
);
