/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLEAN, to } from '../office/helpers';
import { renderPane, settled, wholeText } from './render';

const glance = () => screen.queryByTestId('recipients-glance');
const row = (domain: string) => glance()!.querySelector(`[data-domain="${domain}"]`) as HTMLElement | null;
const rowOrder = () => Array.from(glance()!.querySelectorAll('[data-domain]')).map((el) => el.getAttribute('data-domain'));
const counts = (domain: string) => row(domain)!.querySelector('[data-part="counts"]')!.textContent;
const addresses = (domain: string) => Array.from(row(domain)!.querySelectorAll('li')).map((li) => li.textContent);
const card = (rule: string) => document.querySelector(`[data-rule="${rule}"]`) as HTMLElement | null;

/** Three customers in To and CC, who should not see one another, and a colleague in CC. */
const THREE_CUSTOMERS = {
  ...CLEAN,
  body: '各位客户：\n\n年度服务价格调整通知见附件，请于12月15日前确认。\n\n谢谢！\n张三',
  to: [to('buyer@fabrikam.com', 'user', 'Erika Fabrikam'), to('purchasing@northwind.cn')],
  cc: [to('li.si@contoso.com'), to('ops@adatum.com'), to('it@fabrikam.com')],
};

describe('recipients at a glance', () => {
  test('groups the recipients by domain, external first and marked, with counts per field', async () => {
    renderPane(THREE_CUSTOMERS);
    await settled();
    expect(within(glance()!).getByRole('heading', { level: 2, name: '收件人一览：5 位，4 个域名，其中外部 3 个' })).toBeTruthy();
    expect(rowOrder()).toEqual(['fabrikam.com', 'adatum.com', 'northwind.cn', 'contoso.com']);
    expect(counts('fabrikam.com')).toBe('收件人 1 · 抄送 1');
    expect(counts('northwind.cn')).toBe('收件人 1');
    expect(counts('contoso.com')).toBe('抄送 1');
    for (const domain of ['fabrikam.com', 'adatum.com', 'northwind.cn']) expect(within(row(domain)!).getByText('外部')).toBeTruthy();
    expect(within(row('contoso.com')!).queryByText('外部')).toBeNull();
    expect(row('contoso.com')!.getAttribute('data-external')).toBe('false');
    expect(addresses('fabrikam.com')).toEqual(['收件人 Erika Fabrikam <buyer@fabrikam.com>', '抄送 it@fabrikam.com']);
  });

  test('the panel collapses and expands from its heading button, which says its state', async () => {
    renderPane(THREE_CUSTOMERS);
    await settled();
    const toggle = within(glance()!).getByRole('button', { name: /^收件人一览/u });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const panel = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(panel.hidden).toBe(false);
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(panel.hidden).toBe(true);
    fireEvent.click(toggle);
    expect(panel.hidden).toBe(false);
  });

  test('three external domains in To and CC: one click moves the external recipients to BCC, and the panel follows', async () => {
    const { mailbox } = renderPane(THREE_CUSTOMERS);
    await settled();
    fireEvent.click(within(glance()!).getByRole('button', { name: '把外部收件人移到密送' }));
    // The fix moves To, then CC: the panel shows each change, and ends with all four in BCC.
    await waitFor(() => expect(counts('fabrikam.com')).toBe('密送 2'));
    expect(counts('northwind.cn')).toBe('密送 1');
    expect(counts('adatum.com')).toBe('密送 1');
    expect(mailbox.message.to.map((r) => r.emailAddress)).toEqual([]);
    expect(mailbox.message.cc.map((r) => r.emailAddress)).toEqual(['li.si@contoso.com']);
    expect(mailbox.message.bcc.map((r) => r.emailAddress).sort()).toEqual(['buyer@fabrikam.com', 'it@fabrikam.com', 'ops@adatum.com', 'purchasing@northwind.cn']);
    expect(mailbox.message.bcc.find((r) => r.emailAddress === 'buyer@fabrikam.com')!.displayName).toBe('Erika Fabrikam');
    expect(counts('contoso.com')).toBe('抄送 1');
    // Nobody left in To or CC to see the others: the offer is gone, here and on the finding.
    expect(within(glance()!).queryByRole('button', { name: '把外部收件人移到密送' })).toBeNull();
    expect(within(card('external-recipients')!).queryByRole('button', { name: '把外部收件人移到密送' })).toBeNull();
  });

  test('the finding offers the same fix', async () => {
    const { mailbox } = renderPane(THREE_CUSTOMERS);
    await settled();
    fireEvent.click(within(card('external-recipients')!).getByRole('button', { name: '把外部收件人移到密送' }));
    await waitFor(() => expect(mailbox.message.bcc).toHaveLength(4));
    await waitFor(() => expect(counts('adatum.com')).toBe('密送 1'));
  });

  test('two external domains: grouped and marked, but no move offered by default', async () => {
    renderPane({ ...THREE_CUSTOMERS, cc: [to('li.si@contoso.com')] });
    await settled();
    expect(rowOrder()).toEqual(['fabrikam.com', 'northwind.cn', 'contoso.com']);
    expect(within(glance()!).queryByRole('button', { name: '把外部收件人移到密送' })).toBeNull();
  });

  test('the policy’s suggestBccDomains lowers the threshold', async () => {
    renderPane({ ...THREE_CUSTOMERS, cc: [] }, {}, { rules: { 'external-recipients': { suggestBccDomains: 2 } } });
    await settled();
    expect(within(glance()!).getByRole('button', { name: '把外部收件人移到密送' })).toBeTruthy();
  });

  test('colleagues only: every domain internal, no badge, no button', async () => {
    renderPane({ ...CLEAN, cc: [to('wang.wu@contoso.com'), to('bob@mail.contoso.com')] });
    await settled();
    expect(rowOrder()).toEqual(['contoso.com', 'mail.contoso.com']);
    expect(within(glance()!).queryByText('外部')).toBeNull();
    expect(within(glance()!).queryAllByRole('button')).toHaveLength(1);
  });

  test('zh-TW and en-US use their own words', async () => {
    renderPane(THREE_CUSTOMERS);
    await settled();
    fireEvent.change(screen.getByRole('combobox', { name: '语言' }), { target: { value: 'zh-TW' } });
    await waitFor(() => expect(counts('fabrikam.com')).toBe('收件者 1 · 副本 1'));
    expect(within(glance()!).getByRole('heading', { name: '收件者一覽：5 位，4 個網域，其中外部 3 個' })).toBeTruthy();
    expect(within(glance()!).getByRole('button', { name: '把外部收件者移到密件副本' })).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: '語言' }), { target: { value: 'en-US' } });
    await waitFor(() => expect(counts('fabrikam.com')).toBe('To 1 · CC 1'));
    expect(within(row('fabrikam.com')!).getByText('External')).toBeTruthy();
    expect(within(glance()!).getByRole('heading', { name: 'Recipients at a glance: 5; domains: 4, external: 3' })).toBeTruthy();
    expect(addresses('fabrikam.com')).toEqual(['To Erika Fabrikam <buyer@fabrikam.com>', 'CC it@fabrikam.com']);
    expect(within(glance()!).getByRole('button', { name: 'Move external recipients to BCC' })).toBeTruthy();
  });

  test('a direction control in an address is shown, and a number in a display name masked', async () => {
    renderPane({ ...CLEAN, to: [to('li.si@contoso.com'), to('bob@fabri\u202Ekam.com', 'user', '王五 13800138000')] });
    await settled();
    const external = glance()!.querySelector('[data-external="true"]') as HTMLElement;
    expect(external.querySelector('[data-bidi-control="U+202E"]')).not.toBeNull();
    expect(external.textContent).not.toContain('13800138000');
    expect(within(external).getByText(wholeText(/^王五 138\*+/u))).toBeTruthy();
  });

  test('no recipients, no panel', async () => {
    renderPane({ ...CLEAN, to: [] });
    await settled();
    expect(glance()).toBeNull();
  });
});
