import { buttonNames, draftHeader, expectAlert, expectSent, finding, loadExample, pageTest, pane, removeFromForm, useSharedE2E } from './helpers';

/**
 * Each core check of the add-in, end to end in a real browser: the example draft stops at Send
 * with Outlook's Smart Alerts dialog, the pane's fix or the user's own edit resolves it, and the
 * next Send goes through with a clean audit header.
 */
const current = useSharedE2E();

const CLEAN_HEADER = 'X-Preflight: v=1; policy=default; clean';
const SEND_ANYWAY = '仍然发送';
const OPEN_PANE = '查看并修正';

pageTest(current, 'a clean message sends and carries the clean audit header', async (page) => {
  await loadExample(page, 'clean');
  expect(await expectSent(page)).toBe(CLEAN_HEADER);
  const sent = page.getByTestId('sent-message');
  expect(await sent.textContent()).toContain('第三季度市场预算审批');
  expect(await sent.textContent()).toContain('li.si@contoso.com');
  expect(await sent.textContent()).toContain('第三季度市场预算.xlsx');
  expect(await page.getByTestId('sent-body').textContent()).toContain('请于11月30日前确认');
});

pageTest(
  current,
  'a vague subject prompts; a clear subject typed in the form sends',
  async (page) => {
    await finding(page, 'subject-vague').first().waitFor();
    const dialog = await expectAlert(page);
    expect(await draftHeader(page)).toContain('prompted=subject-vague');
    expect(await buttonNames(dialog)).toEqual([SEND_ANYWAY, '不发送', OPEN_PANE]);
    await dialog.getByRole('button', { name: '不发送' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('subject').fill('新版官网改版方案讨论会');
    expect(await expectSent(page)).toBe(CLEAN_HEADER);
  },
  `lang=zh-CN&example=vague-subject`,
);

pageTest(
  current,
  'an empty subject prompts for subject-missing until one is written',
  async (page) => {
    await finding(page, 'subject-vague').first().waitFor();
    await page.getByTestId('subject').fill('');
    const dialog = await expectAlert(page);
    expect(await draftHeader(page)).toContain('prompted=subject-missing');
    await dialog.getByRole('button', { name: '不发送' }).click();
    await page.getByTestId('subject').fill('官网改版方案讨论会');
    expect(await expectSent(page)).toBe(CLEAN_HEADER);
  },
  `lang=zh-CN&example=vague-subject`,
);

pageTest(
  current,
  '紧急 without [重要]: the pane’s one-click fix rewrites the subject, then Send goes through',
  async (page) => {
    await finding(page, 'important-tag').first().waitFor();
    const dialog = await expectAlert(page);
    expect(await draftHeader(page)).toContain('prompted=important-tag');
    await dialog.getByRole('button', { name: OPEN_PANE }).click();
    await dialog.waitFor({ state: 'detached' });
    await finding(page, 'important-tag').getByRole('button', { name: /改为/u }).click();
    await finding(page, 'important-tag').waitFor({ state: 'detached' });
    expect(await page.getByTestId('subject').inputValue()).toBe('[重要] 紧急：本周六机房停电检修');
    expect(await expectSent(page)).toBe(CLEAN_HEADER);
  },
  `lang=zh-CN&example=missing-important-tag`,
);

pageTest(
  current,
  'a 15 MB attachment prompts and raises a bar; removing it in the form clears both',
  async (page) => {
    await finding(page, 'attachment-size').first().waitFor();
    await page.locator('[data-testid="notification-bars"] [data-key="preflight-size"]').waitFor();
    await expectAlert(page);
    expect(await draftHeader(page)).toContain('prompted=attachment-size');
    await page.getByRole('button', { name: '不发送' }).click();
    await removeFromForm(page, '发布会录像.mp4');
    // The attachments-changed events reach the pane and the event handler alike.
    await finding(page, 'attachment-size').waitFor({ state: 'detached' });
    await page.locator('[data-key="preflight-size"]').waitFor({ state: 'detached' });
    expect(await expectSent(page)).toBe(CLEAN_HEADER);
  },
  `lang=zh-CN&example=large-attachment`,
);

pageTest(
  current,
  'eight people in CC prompt; removing three in the form sends',
  async (page) => {
    await finding(page, 'cc-excessive').first().waitFor();
    await expectAlert(page);
    expect(await draftHeader(page)).toContain('prompted=cc-excessive');
    await page.getByRole('button', { name: '不发送' }).click();
    for (const address of ['zheng.shi@contoso.com', 'chen.yi@contoso.com', 'lin.er@contoso.com']) await removeFromForm(page, address);
    await finding(page, 'cc-excessive').waitFor({ state: 'detached' });
    expect(await expectSent(page)).toBe(CLEAN_HEADER);
  },
  `lang=zh-CN&example=excessive-cc`,
);

pageTest(
  current,
  'a reply to a distribution list prompts and shows a bar; taking the list out of CC sends',
  async (page) => {
    await finding(page, 'reply-all-group').first().waitFor();
    await page.locator('[data-key="preflight-group"]').waitFor();
    await expectAlert(page);
    expect(await draftHeader(page)).toContain('prompted=reply-all-group');
    await page.getByRole('button', { name: '不发送' }).click();
    await removeFromForm(page, 'all-staff@contoso.com');
    await finding(page, 'reply-all-group').waitFor({ state: 'detached' });
    await page.locator('[data-key="preflight-group"]').waitFor({ state: 'detached' });
    expect(await expectSent(page)).toBe(CLEAN_HEADER);
  },
  `lang=zh-CN&example=reply-all-group`,
);

pageTest(
  current,
  'an ID number in the body prompts; deleting it from the body sends',
  async (page) => {
    await finding(page, 'sensitive-content').first().waitFor();
    const dialog = await expectAlert(page);
    expect(await draftHeader(page)).toContain('prompted=sensitive-content');
    // The dialog masks the number.
    expect(await dialog.textContent()).not.toContain('110105199003071239');
    await dialog.getByRole('button', { name: '不发送' }).click();
    const body = page.getByTestId('body');
    await body.fill((await body.inputValue()).replace('的身份证号是 110105199003071239，', '的入职材料已齐，'));
    expect(await expectSent(page)).toBe(CLEAN_HEADER);
  },
  `lang=zh-CN&example=id-number`,
);

pageTest(
  current,
  'classified mail to an external address is blocked without "Send anyway"',
  async (page) => {
    await finding(page, 'sensitive-content').first().waitFor();
    await pane(page).locator('section[aria-labelledby="group-block"] [data-rule="sensitive-content"]').waitFor();
    const dialog = await expectAlert(page);
    expect(await draftHeader(page)).toContain('blocked=sensitive-content');
    expect(await buttonNames(dialog)).toEqual(['不发送', OPEN_PANE]);
    await dialog.getByRole('button', { name: '不发送' }).click();
    // Without the external recipient the marking is still sensitive, but only a warning the user may override.
    await removeFromForm(page, 'erika@fabrikam.com');
    await page.getByRole('textbox', { name: '添加收件人地址' }).fill('li.si@contoso.com');
    await page.getByRole('button', { name: '添加: 收件人' }).click();
    const second = await expectAlert(page);
    expect(await buttonNames(second)).toEqual([SEND_ANYWAY, '不发送', OPEN_PANE]);
    await second.getByRole('button', { name: SEND_ANYWAY }).click();
    await page.getByTestId('sent-message').waitFor();
    expect(await page.getByTestId('sent-headers').textContent()).toBe('X-Preflight: v=1; policy=default; prompted=sensitive-content');
  },
  `lang=zh-CN&example=classified-external`,
);

pageTest(
  current,
  '"Send anyway" on a warning sends and the header records the prompt',
  async (page) => {
    await finding(page, 'attachment-forgotten').first().waitFor();
    const dialog = await expectAlert(page);
    await dialog.getByRole('button', { name: SEND_ANYWAY }).click();
    await page.getByTestId('sent-message').waitFor();
    expect(await page.getByTestId('sent-headers').textContent()).toBe('X-Preflight: v=1; policy=default; prompted=attachment-forgotten');
    expect(await page.getByTestId('sent-message').textContent()).toContain('供应商合同草稿审阅');
  },
  `lang=zh-CN&example=forgotten-attachment`,
);
