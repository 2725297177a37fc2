/**
 * @jest-environment jsdom
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CLEAN, to } from '../office/helpers';
import { renderPane, settled, wholeText } from './render';
import { policyTextHash } from '../../src/office/policy-source';
import { themeFor } from '../../src/taskpane/theme';
import { deadlineLine, proposedDeadline } from '../../src/engine/rules/deadline-missing';

const card = (rule: string) => document.querySelector(`[data-rule="${rule}"]`) as HTMLElement | null;

describe('task pane', () => {
  test('a clean draft shows the ready-to-send state', async () => {
    renderPane(CLEAN);
    await settled();
    expect(await screen.findByText('可以发送')).toBeTruthy();
    expect(document.querySelectorAll('[data-rule]')).toHaveLength(0);
  });

  test('groups findings by severity, worst first, each with its message and rule title', async () => {
    const policy = { rules: { 'cc-excessive': { severity: 'block', maxCc: 0 } } };
    renderPane({ ...CLEAN, subject: '你好', cc: [to('wang.wu@contoso.com')], to: [to('erika@fabrikam.com')] }, {}, policy);
    await settled();
    const headings = within(screen.getByRole('region', { name: '检查结果列表' })).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(headings).toEqual(['必须修正（1）', '建议修正（1）', '提示（1）']);
    expect(within(card('subject-vague')!).getByText('主题不明确')).toBeTruthy();
    expect(within(card('subject-vague')!).getByText(wholeText(/主题“你好”过于笼统/u))).toBeTruthy();
    expect(screen.queryByText('可以发送')).toBeNull();
  });

  test('a subject that could not be read is unknown: no "no subject" finding, and plain words say what was not read', async () => {
    renderPane({ ...CLEAN, subject: '', body: '李四：\n\n身份证号 11010519491231002X，请录入。\n\n谢谢\n张三' }, { behaviour: { 'subject.getAsync': 'fail' } });
    await settled();
    expect(card('subject-missing')).toBeNull();
    expect(card('sensitive-content')).not.toBeNull();
    const notice = screen.getByTestId('unread-failed');
    expect(notice.textContent).toBe('未能读取主题，与之相关的检查已跳过。请稍后点击“重新检查”。');
    expect(document.body.textContent).not.toMatch(/getAsync|timeout:|error:/u);
  });

  test('unread CC and BCC are named as the rest of the English UI writes them (CC, BCC)', async () => {
    renderPane(CLEAN, { behaviour: { 'cc.getAsync': 'fail', 'bcc.getAsync': 'fail' } });
    await settled();
    fireEvent.change(screen.getByRole('combobox', { name: '语言' }), { target: { value: 'en-US' } });
    await waitFor(() => expect(screen.getByTestId('unread-failed').textContent).toMatch(/^Could not read the CC recipients\b.*\bBCC recipients, so /u));
    expect(screen.getByTestId('unread-failed').textContent).not.toMatch(/\b[B]?Cc\b/u);
  });

  test('what an old client cannot provide is named in the pane’s language', async () => {
    renderPane(CLEAN, { mailboxVersion: '1.1' });
    await settled();
    fireEvent.change(screen.getByRole('combobox', { name: '语言' }), { target: { value: 'zh-TW' } });
    await waitFor(() => expect(screen.getByTestId('unread-unsupported').textContent).toBe('此版本的 Outlook 不提供附件清單、敏感度標籤，相關的檢查已略過。'));
  });

  test('a finding states its rule’s principle, labelled as one, in the pane’s language', async () => {
    renderPane({ ...CLEAN, subject: '你好' });
    await settled();
    const clause = () => card('subject-vague')!.querySelector('[data-part="clause"]')!;
    expect(clause().textContent).toBe('原则：主题应简明扼要地概括邮件内容。');
    fireEvent.change(screen.getByRole('combobox', { name: '语言' }), { target: { value: 'en-US' } });
    await waitFor(() => expect(clause().textContent).toBe('Principle: The subject sums up the message briefly and clearly.'));
  });

  test('the organisation’s own clause is shown as what the finding is based on', async () => {
    renderPane({ ...CLEAN, subject: '你好' }, {}, { clauses: { 'subject-vague': { 'zh-CN': '《本公司邮件规范》第 1 条：主题应写明事由', 'en-US': 'Mail rules art. 1' } } });
    await settled();
    expect(card('subject-vague')!.querySelector('[data-part="clause"]')!.textContent).toBe('依据：《本公司邮件规范》第 1 条：主题应写明事由');
  });

  test('the [重要] fix rewrites the subject, keeps the prefix, and the finding disappears', async () => {
    const { mailbox } = renderPane({ ...CLEAN, subject: 'RE: 紧急：机房断电' });
    await settled();
    fireEvent.click(within(card('important-tag')!).getByRole('button', { name: /改为/u }));
    await waitFor(() => expect(card('important-tag')).toBeNull());
    expect(mailbox.message.subject).toBe('RE: [重要] 紧急：机房断电');
  });

  test('removing duplicate recipients keeps the first and drops only the repeats', async () => {
    const { mailbox } = renderPane({ ...CLEAN, to: [to('li.si@contoso.com')], cc: [to('LI.SI@contoso.com'), to('wang.wu@contoso.com')] });
    await settled();
    fireEvent.click(within(card('cc-duplicate')!).getByRole('button', { name: '删除重复的收件人' }));
    await waitFor(() => expect(card('cc-duplicate')).toBeNull());
    expect(mailbox.message.to.map((r) => r.emailAddress)).toEqual(['li.si@contoso.com']);
    expect(mailbox.message.cc.map((r) => r.emailAddress)).toEqual(['wang.wu@contoso.com']);
  });

  test('mass mail: CC recipients move to BCC', async () => {
    const cc = Array.from({ length: 25 }, (_, i) => to(`staff${i}@contoso.com`));
    const { mailbox } = renderPane({ ...CLEAN, cc }, {}, { rules: { 'cc-excessive': { severity: 'off' } } });
    await settled();
    fireEvent.click(within(card('mass-mail')!).getByRole('button', { name: '把抄送的人移到密送' }));
    await waitFor(() => expect(mailbox.message.cc).toHaveLength(0));
    expect(mailbox.message.bcc).toHaveLength(25);
  });

  test('a deadline line is inserted at the cursor without losing any text', async () => {
    const body = '各位同仁：\n\n請確認出席人數並回覆給我。\n\n謝謝\n陳大文';
    const { mailbox } = renderPane({ ...CLEAN, subject: '客戶答謝會出席人數', body, attachments: [], cursor: body.indexOf('\n\n謝謝') });
    await settled();
    fireEvent.click(within(card('deadline-missing')!).getByRole('button', { name: '插入截止时间' }));
    await waitFor(() => expect(card('deadline-missing')).toBeNull());
    const line = deadlineLine(proposedDeadline(new Date()), 'zh-TW');
    expect(line).toMatch(/^請於\d{1,2}月\d{1,2}日（週.）前回覆。$/u);
    expect(mailbox.message.body).toBe(body.replace('\n\n謝謝', `${line}\n\n謝謝`));
  });

  test('greeting and closing are inserted at the start and the end of the body', async () => {
    const body = 'The revised prices take effect on 2026-12-01.';
    const { mailbox } = renderPane({ ...CLEAN, subject: 'Revised price list', body, attachments: [], to: [to('erika@fabrikam.com')] }, { displayLanguage: 'en-US' });
    await settled();
    fireEvent.click(within(card('greeting-signoff')!).getByRole('button', { name: 'Insert a greeting at the start' }));
    await waitFor(() => expect(mailbox.message.body.startsWith('Dear Sir or Madam,')).toBe(true));
    fireEvent.click(within(card('greeting-signoff')!).getByRole('button', { name: 'Insert a closing' }));
    await waitFor(() => expect(card('greeting-signoff')).toBeNull());
    expect(mailbox.message.body).toBe(`Dear Sir or Madam,\n\n${body}\n\nKind regards,`);
  });

  test('the closing goes above the sender’s name, not under the signature', async () => {
    const body = '王经理，您好：\n\n预算表已更新，请查阅。\n\n张三\n市场部\n电话：010-5555-0123';
    const { mailbox } = renderPane({ ...CLEAN, subject: '预算表更新', body, attachments: [], to: [to('wang@fabrikam.com')] });
    await settled();
    fireEvent.click(within(card('greeting-signoff')!).getByRole('button', { name: '插入结束语' }));
    await waitFor(() => expect(card('greeting-signoff')).toBeNull());
    expect(mailbox.message.body).toBe('王经理，您好：\n\n预算表已更新，请查阅。\n\n此致\n敬礼\n张三\n市场部\n电话：010-5555-0123');
  });

  test('"Got it" acknowledges a warning for the on-send check', async () => {
    const { mailbox } = renderPane({ ...CLEAN, subject: '你好' });
    await settled();
    fireEvent.click(within(card('subject-vague')!).getByRole('button', { name: '知道了' }));
    await waitFor(() => expect(within(card('subject-vague')!).getByText('已确认，发送时不再提示')).toBeTruthy());
    const stored = JSON.parse(mailbox.sessionData.get('preflight.acknowledged')!) as Record<string, string>;
    expect(Object.entries(stored)).toEqual([[expect.stringMatching(/^subject-vague:generic:/u), '']]);
  });

  test('the policy the pane fetched is remembered for this message, so Send need not wait for the server', async () => {
    const { mailbox } = renderPane(CLEAN, {}, { version: '2026.11' });
    await settled();
    await waitFor(() => expect(mailbox.sessionData.has('preflight.policyConfirmed')).toBe(true));
    const confirmation = JSON.parse(mailbox.sessionData.get('preflight.policyConfirmed')!);
    expect(confirmation).toEqual({ hash: policyTextHash(JSON.stringify({ version: '2026.11' })), at: expect.any(Number) });
  });

  test('switching the language re-renders every finding and is remembered', async () => {
    const { stored } = renderPane({ ...CLEAN, subject: '你好' });
    await settled();
    fireEvent.change(screen.getByRole('combobox', { name: '语言' }), { target: { value: 'en-US' } });
    expect(await within(card('subject-vague')!).findByText(wholeText(/The subject "你好" is too generic/u))).toBeTruthy();
    fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), { target: { value: 'zh-TW' } });
    expect(await within(card('subject-vague')!).findByText(wholeText(/主旨「你好」過於籠統/u))).toBeTruthy();
    expect(stored.get('preflight.locale')).toBe('zh-TW');
  });

  test('the display language picks the initial language', async () => {
    renderPane({ ...CLEAN, subject: '你好' }, { displayLanguage: 'zh-HK' });
    await settled();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Preflight 傳送前檢查');
  });

  test('recipient changes re-check without a refresh', async () => {
    const { mailbox } = renderPane(CLEAN);
    await settled();
    expect(card('external-recipients')).toBeNull();
    await act(async () => {
      mailbox.message.to.push(to('erika@fabrikam.com'));
      mailbox.emit('recipientsChanged');
    });
    await waitFor(() => expect(card('external-recipients')).not.toBeNull());
  });

  test('the refresh button re-reads the draft', async () => {
    const { mailbox } = renderPane(CLEAN);
    await settled();
    mailbox.message.subject = '';
    fireEvent.click(screen.getByRole('button', { name: '重新检查' }));
    await waitFor(() => expect(card('subject-missing')).not.toBeNull());
  });

  test('nothing from the draft is rendered as HTML', async () => {
    renderPane({ ...CLEAN, attachments: [{ id: 'x', name: '<img src=x onerror="alert(1)">.exe', size: 10, isInline: false }] });
    await settled();
    expect(document.querySelector('img')).toBeNull();
    expect(within(card('attachment-blocked-type')!).getByText(/<img src=x onerror="alert\(1\)">\.exe/u)).toBeTruthy();
  });

  test('an invalid policy shows a notice with the JSON path, and the defaults apply', async () => {
    renderPane({ ...CLEAN, subject: '你好' }, {}, { rules: { 'cc-excessive': { maxCc: 'five' } } });
    await settled();
    const notice = await screen.findByTestId('policy-notice');
    expect(notice.textContent).toContain('内置默认规则');
    expect(notice.textContent).toContain('$.rules["cc-excessive"].maxCc: expected number, got string');
    expect(card('subject-vague')).not.toBeNull();
  });

  test('templates from the policy are inserted at the cursor; an existing subject is kept', async () => {
    const policy = { templates: [{ name: '会议通知', subject: '关于召开会议的通知', body: '各位同事：\n会议定于__月__日召开。' }] };
    const { mailbox } = renderPane({ ...CLEAN, subject: '', body: '', attachments: [] }, {}, policy);
    await settled();
    fireEvent.click(screen.getByRole('tab', { name: '邮件模板' }));
    fireEvent.click(await screen.findByRole('button', { name: '插入: 会议通知' }));
    await screen.findByText(wholeText('已插入模板“会议通知”。'));
    expect(mailbox.message.subject).toBe('关于召开会议的通知');
    expect(mailbox.message.body).toBe('各位同事：\n会议定于__月__日召开。');
  });

  test('a template inserted at the end of a body with text starts on a line of its own', async () => {
    const policy = { templates: [{ name: '会议通知', body: '各位同事：\n会议定于__月__日召开。' }] };
    const { mailbox } = renderPane({ ...CLEAN, body: '李四：\n\n张三', cursor: '李四：\n\n张三'.length, attachments: [] }, {}, policy);
    await settled();
    fireEvent.click(screen.getByRole('tab', { name: '邮件模板' }));
    fireEvent.click(await screen.findByRole('button', { name: '插入: 会议通知' }));
    await screen.findByText(wholeText('已插入模板“会议通知”。'));
    expect(mailbox.message.body).toBe('李四：\n\n张三\n各位同事：\n会议定于__月__日召开。\n');
  });

  test('an older client says which checks were skipped, in words rather than API names', async () => {
    renderPane(CLEAN, { mailboxVersion: '1.5' });
    await settled();
    expect(screen.getByTestId('unread-unsupported').textContent).toBe('此版本的 Outlook 不提供附件列表、敏感度标签，与之相关的检查已跳过。');
  });
});

describe('theme', () => {
  test('follows Office’s background: dark, light, high contrast', () => {
    expect(themeFor('#1f1f1f', false)).toBe('dark');
    expect(themeFor('#ffffff', false)).toBe('light');
    expect(themeFor(undefined, false)).toBe('light');
    expect(themeFor('#ffffff', true)).toBe('highContrast');
  });

  test('a dark Office theme renders the pane with Fluent’s dark tokens', async () => {
    renderPane(CLEAN, {}, {}, { themeBackground: '#262626' });
    await settled();
    const provider = document.querySelector('.fui-FluentProvider') as HTMLElement;
    expect(provider).not.toBeNull();
    const styles = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    // webDarkTheme's page background is #292929; webLightTheme's is #ffffff.
    expect(styles).toMatch(/--colorNeutralBackground1:\s*#292929/u);
  });
});

describe('fixes use the draft as it is when clicked', () => {
  test('the [重要] fix keeps what the user typed into the subject after the last check', async () => {
    const { mailbox } = renderPane({ ...CLEAN, subject: '紧急 预算' });
    await settled();
    mailbox.message.subject = '紧急 第三季度预算审批 请今天处理';
    fireEvent.click(within(card('important-tag')!).getByRole('button', { name: /改为/u }));
    await waitFor(() => expect(mailbox.message.subject).toBe('[重要] 紧急 第三季度预算审批 请今天处理'));
  });

  test('a template never overwrites a subject typed after the last check', async () => {
    const policy = { templates: [{ name: '会议通知', subject: '关于召开会议的通知', body: '会议定于__月__日召开。' }] };
    const { mailbox } = renderPane({ ...CLEAN, subject: '', body: '', attachments: [] }, {}, policy);
    await settled();
    mailbox.message.subject = '我自己的主题';
    fireEvent.click(screen.getByRole('tab', { name: '邮件模板' }));
    fireEvent.click(await screen.findByRole('button', { name: '插入: 会议通知' }));
    await screen.findByText('已插入正文；主题已有内容，未更改。');
    expect(mailbox.message.subject).toBe('我自己的主题');
  });
});
