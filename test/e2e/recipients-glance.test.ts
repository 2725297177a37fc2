import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expectSent, finding, pageTest, pane, paneSettled, useSharedE2E } from './helpers';

/**
 * «Recipients at a glance» in the built pane, driven through the playground: recipients typed into
 * the compose form show up grouped by domain, external ones marked; with three customers in To and
 * CC, one click moves them to BCC in the form, and the message goes out that way.
 */
const current = useSharedE2E();

const MOVE = '把外部收件人移到密送';

/** Types an address into the compose form's field whose add box is labelled `label` (添加收件人地址). */
async function addRecipient(page: Page, label: string, address: string): Promise<void> {
  const input = page.getByRole('textbox', { name: label });
  await input.fill(address);
  await input.press('Enter');
  await page.locator(`[data-address="${address}"]`).waitFor();
}

const glance = (page: Page) => pane(page).getByTestId('recipients-glance');
const row = (page: Page, domain: string) => glance(page).locator(`[data-domain="${domain}"]`);
const formAddresses = (page: Page, field: string) => page.getByTestId(`recipients-${field}`).locator('[data-address]').evaluateAll((chips) => chips.map((chip) => chip.getAttribute('data-address')));

/** Serious and critical axe findings in the pane, but for Tabster's focus bumpers (see locale-theme-a11y.test.ts). */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).include('[data-testid="task-pane"]').withTags(['wcag2a', 'wcag2aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) => violation.nodes.filter((node) => !(violation.id === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy/u.test(node.html))).map((node) => `${violation.id}: ${node.html}`));
}

pageTest(
  current,
  'three customers in To and CC: grouped by domain and marked external; one click moves them to BCC, and the mail goes out so',
  async (page) => {
    await paneSettled(page);
    await addRecipient(page, '添加收件人地址', 'buyer@fabrikam.com');
    await addRecipient(page, '添加收件人地址', 'purchasing@northwind.cn');
    await addRecipient(page, '添加抄送地址', 'ops@adatum.com');
    await row(page, 'adatum.com').waitFor();
    expect(await glance(page).locator('[data-domain]').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-domain')}:${r.getAttribute('data-external')}`))).toEqual([
      'adatum.com:true',
      'fabrikam.com:true',
      'northwind.cn:true',
      'contoso.com:false',
    ]);
    expect(await row(page, 'adatum.com').locator('[data-part="counts"]').textContent()).toBe('抄送 1');
    expect(await row(page, 'contoso.com').locator('[data-part="counts"]').textContent()).toBe('收件人 1');
    expect(await row(page, 'fabrikam.com').getByText('外部', { exact: true }).isVisible()).toBe(true);

    // A domain opens on its summary, from the keyboard, to list its addresses.
    const address = row(page, 'fabrikam.com').locator('details li').first();
    expect(await address.isVisible()).toBe(false);
    await row(page, 'fabrikam.com').locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await address.isVisible()).toBe(true);
    expect(await address.textContent()).toBe('收件人 buyer@fabrikam.com');
    expect(await seriousViolations(page)).toEqual([]);

    await glance(page).getByRole('button', { name: MOVE }).click();
    await row(page, 'northwind.cn').locator('[data-part="counts"]', { hasText: '密送 1' }).waitFor();
    await row(page, 'adatum.com').locator('[data-part="counts"]', { hasText: '密送 1' }).waitFor();
    expect(await formAddresses(page, 'to')).toEqual(['li.si@contoso.com']);
    expect(await formAddresses(page, 'cc')).toEqual([]);
    expect((await formAddresses(page, 'bcc')).sort()).toEqual(['buyer@fabrikam.com', 'ops@adatum.com', 'purchasing@northwind.cn']);
    expect(await glance(page).getByRole('button', { name: MOVE }).count()).toBe(0);
    expect(await finding(page, 'external-recipients').getByRole('button', { name: MOVE }).count()).toBe(0);

    await expectSent(page);
    const bcc = (await page.getByTestId('sent-bcc').textContent()) ?? '';
    for (const moved of ['buyer@fabrikam.com', 'purchasing@northwind.cn', 'ops@adatum.com']) expect(bcc).toContain(moved);
    expect(await page.getByTestId('sent-to').textContent()).not.toMatch(/fabrikam|northwind/u);
    expect(await page.getByTestId('sent-cc').textContent()).not.toContain('adatum');
  },
  'lang=zh-CN&example=clean',
);

pageTest(
  current,
  'dark theme and zh-TW: the glance reads Traditional, and axe finds nothing serious',
  async (page) => {
    await paneSettled(page);
    await addRecipient(page, '新增收件者地址', 'buyer@fabrikam.com');
    await addRecipient(page, '新增收件者地址', 'purchasing@northwind.cn');
    await addRecipient(page, '新增副本地址', 'ops@adatum.com');
    await glance(page).getByRole('button', { name: '把外部收件者移到密件副本' }).waitFor();
    expect(await row(page, 'adatum.com').locator('[data-part="counts"]').textContent()).toBe('副本 1');
    expect(await glance(page).getByRole('heading', { level: 2 }).textContent()).toBe('收件者一覽：4 位，4 個網域，其中外部 3 個');
    await glance(page).getByRole('button', { name: /^收件者一覽/u }).press('Enter');
    expect(await glance(page).locator('ul[hidden]').count()).toBe(1);
    await glance(page).getByRole('button', { name: /^收件者一覽/u }).press('Enter');
    expect(await seriousViolations(page)).toEqual([]);
  },
  'lang=zh-TW&theme=dark&example=clean',
);
