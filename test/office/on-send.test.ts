import { decideSend } from '../../src/launchevent/on-send';
import { TIMING } from '../../src/office/timing';
import { fingerprint, SESSION_KEYS } from '../../src/office/session';
import { LOCALE_CHOICE_KEY, switchLocale } from '../../src/office/locale';
import { evaluate, parseDraft, type Locale } from '../../src/engine';
import { CLEAN, setup, to } from './helpers';

const VAGUE = { ...CLEAN, subject: '你好' };

afterEach(() => jest.useRealTimers());

describe('OnMessageSend', () => {
  test('a clean draft is sent without a dialog and stamped clean', async () => {
    const { mailbox, env } = setup(CLEAN);
    const outcome = await decideSend(env);
    expect(outcome.completion).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; clean');
  });

  test('a warning prompts with "send anyway" (Mailbox 1.14+) and localised Markdown', async () => {
    const { mailbox, env } = setup(VAGUE);
    const { completion } = await decideSend(env);
    expect(completion).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser', commandId: 'PreflightOpenPaneButton', cancelLabel: '查看并修正' });
    // Outlook's Markdown: `\n\n` after the title, each list item closed by `\r`.
    expect(completion.errorMessageMarkdown).toMatch(/^\*\*Preflight 发现 1 个问题\*\*\n\n- [^\r\n]+\r$/u);
    expect(completion.errorMessageMarkdown).toContain('主题“你好”过于笼统');
    // No policy: the dialog cites no organisation's document.
    expect(completion.errorMessageMarkdown).not.toMatch(/《|（/u);
    expect(completion.errorMessage).toContain('主题“你好”过于笼统');
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; prompted=subject-vague');
  });

  test.each([
    ['zh-TW', '主旨「你好」過於籠統', '查看並修正'],
    ['zh-HK', '主旨「你好」過於籠統', '查看並修正'],
    ['en-US', 'The subject "你好" is too generic', 'Review and fix'],
    ['fr-FR', 'The subject "你好" is too generic', 'Review and fix'],
  ])('the dialog follows Office’s display language %s', async (displayLanguage, message, button) => {
    const { env } = setup(VAGUE, { displayLanguage });
    const { completion } = await decideSend(env);
    expect(completion.errorMessage).toContain(message);
    expect(completion.cancelLabel).toBe(button);
  });

  test.each([
    ['zh-TW', '主旨「你好」過於籠統', '查看並修正'],
    ['en-US', 'The subject "你好" is too generic', 'Review and fix'],
  ])('the dialog speaks the language the task pane was switched to (%s), over a zh-CN Office', async (locale, message, button) => {
    const { mailbox, env } = setup(VAGUE, { displayLanguage: 'zh-CN' });
    await switchLocale(mailbox.context, locale as Locale, null);
    const { completion } = await decideSend(env);
    expect(completion.errorMessage).toContain(message);
    expect(completion.cancelLabel).toBe(button);
  });

  test('the pane’s language kept for the user reaches the next message’s dialog, and its failClosed text', async () => {
    const { mailbox, env } = setup(VAGUE, { displayLanguage: 'zh-CN', behaviour: { 'subject.getAsync': 'fail' } }, { failClosed: true });
    mailbox.roaming.set(LOCALE_CHOICE_KEY, 'en-US');
    const { completion } = await decideSend(env);
    expect(completion.errorMessage).toContain('The pre-send check could not finish');
  });

  test('dialog text stays within Outlook’s limits however many findings there are', async () => {
    const many = Array.from({ length: 30 }, (_, i) => to(`person${i}@contoso.com`));
    const { env } = setup({ subject: '', body: '附件见下。请回复。', to: many, cc: many.slice(0, 10) });
    const { completion } = await decideSend(env);
    expect(completion.errorMessage!.length).toBeLessThanOrEqual(500);
    expect(completion.errorMessageMarkdown!.length).toBeLessThanOrEqual(500);
    expect(completion.cancelLabel!.length).toBeLessThanOrEqual(20);
  });

  test('a block finding keeps the message until fixed: no "send anyway"', async () => {
    const policy = { rules: { 'cc-excessive': { severity: 'block', maxCc: 1 } } };
    const { mailbox, env } = setup({ ...CLEAN, cc: [to('a@contoso.com'), to('b@contoso.com')] }, {}, policy);
    const { completion } = await decideSend(env);
    expect(completion.allowEvent).toBe(false);
    expect(completion).not.toHaveProperty('sendModeOverride');
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; blocked=cc-excessive');
  });

  test('an Office.js error lets the mail go and records why', async () => {
    const { mailbox, env } = setup(CLEAN, { behaviour: { 'body.getAsync': 'fail' } });
    const { completion } = await decideSend(env);
    expect(completion).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; failed-open=error:body.getAsync');
  });

  test('a hanging Office.js call lets the mail go within the send budget', async () => {
    jest.useFakeTimers();
    const { mailbox, env } = setup(CLEAN, { behaviour: { 'to.getAsync': 'hang' } });
    const started = Date.now();
    let answeredAfter = Infinity;
    const pending = decideSend(env).then((outcome) => {
      answeredAfter = Date.now() - started;
      return outcome;
    });
    await jest.advanceTimersByTimeAsync(TIMING.sendBudgetMs + 1000);
    const { completion } = await pending;
    expect(completion).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; failed-open=timeout:to.getAsync');
    expect(answeredAfter).toBeLessThanOrEqual(TIMING.sendBudgetMs);
  });

  test('what was read is still checked: a vague subject prompts though the body read failed', async () => {
    const { mailbox, env } = setup(VAGUE, { behaviour: { 'body.getAsync': 'fail' } });
    const { completion } = await decideSend(env);
    expect(completion.allowEvent).toBe(false);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; prompted=subject-vague');
  });

  test('a marking in the body to an external recipient blocks though the subject read hung', async () => {
    jest.useFakeTimers();
    const message = { ...CLEAN, subject: '', to: [to('erika@fabrikam.com')], body: '以下内容为公司机密：我方底价为报价的九五折。' };
    const { mailbox, env } = setup(message, { behaviour: { 'subject.getAsync': 'hang' } });
    const pending = decideSend(env);
    await jest.advanceTimersByTimeAsync(TIMING.sendBudgetMs + 1000);
    const { completion } = await pending;
    expect(completion.allowEvent).toBe(false);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; blocked=sensitive-content');
    // No "subject missing" for a subject that was never read.
    expect(completion.errorMessage).not.toMatch(/主题/u);
  });

  test('a policy server that never answers still leaves the user able to send', async () => {
    jest.useFakeTimers();
    const { mailbox, env } = setup(VAGUE, {}, 'hang');
    const pending = decideSend(env);
    await jest.advanceTimersByTimeAsync(TIMING.sendBudgetMs + 100);
    expect((await pending).completion).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; failed-open=timeout:budget');
  });

  test('failClosed blocks when the check fails', async () => {
    const { mailbox, env } = setup(VAGUE, { behaviour: { 'subject.getAsync': 'fail' } }, { version: 'strict-1', failClosed: true });
    const { completion } = await decideSend(env);
    expect(completion.allowEvent).toBe(false);
    expect(completion.errorMessage).toContain('未能完成发送前检查');
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=strict-1; blocked=check-failed:error:subject.getAsync');
  });

  test('without Mailbox 1.14 a warning never becomes a hard block: sent, stamped "warned"', async () => {
    const { mailbox, env } = setup(VAGUE, { mailboxVersion: '1.12' });
    expect((await decideSend(env)).completion).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; warned=subject-vague');
  });

  test('…unless the policy asks old clients to block on warnings', async () => {
    const { env } = setup(VAGUE, { mailboxVersion: '1.12' }, { oldClientWarnings: 'block' });
    const { completion } = await decideSend(env);
    expect(completion.allowEvent).toBe(false);
    expect(completion).not.toHaveProperty('sendModeOverride');
  });

  test('the header is rewritten on every attempt: after a fix the sent mail says clean', async () => {
    const { mailbox, env } = setup(VAGUE);
    await decideSend(env);
    expect(mailbox.headers['X-Preflight']).toContain('prompted=subject-vague');
    mailbox.message.subject = '第三季度市场预算审批';
    expect((await decideSend(env)).completion.allowEvent).toBe(true);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; clean');
  });

  test('warnings acknowledged in the task pane do not prompt again and are recorded', async () => {
    const { mailbox, env } = setup(VAGUE);
    const draft = parseDraft({ subject: '你好', body: CLEAN.body, from: 'zhang.san@contoso.com', to: ['li.si@contoso.com'], attachments: [{ name: '第三季度市场预算.xlsx', size: 48213 }] });
    if (!draft.ok) throw new Error('bad draft');
    const vague = evaluate(draft.draft).findings.find((f) => f.rule === 'subject-vague')!;
    mailbox.sessionData.set(SESSION_KEYS.acknowledged, JSON.stringify([fingerprint(vague)]));
    expect((await decideSend(env)).completion).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; acknowledged=subject-vague');
  });

  test('the compose type recorded at compose time wins over a client that reports newMail for a reply', async () => {
    const reply = { ...CLEAN, subject: '会议安排', composeType: 'reply' as const, cc: [to('sales@contoso.com', 'distributionList', '销售部')] };
    const { mailbox, env } = setup(reply, { composeTypeOverride: 'newMail' });
    mailbox.sessionData.set(SESSION_KEYS.composeType, 'reply');
    await decideSend(env);
    expect(mailbox.headers['X-Preflight']).toContain('prompted=reply-all-group');
  });

  test('reads the draft in one parallel round: the decision takes two latencies (reads, then the header)', async () => {
    jest.useFakeTimers();
    const { mailbox, env } = setup(VAGUE, { latencyMs: 100 });
    const started = Date.now();
    const startedAt: number[] = [];
    const record = mailbox.calls.push.bind(mailbox.calls);
    mailbox.calls.push = (...names: string[]) => {
      startedAt.push(Date.now() - started);
      return record(...names);
    };
    let answeredAfter = Infinity;
    const pending = decideSend(env).then(() => {
      answeredAfter = Date.now() - started;
    });
    await jest.advanceTimersByTimeAsync(1000);
    await pending;
    // Two latencies of 100 ms: one for every read together, one for the header write.
    expect(answeredAfter).toBeGreaterThanOrEqual(200);
    expect(answeredAfter).toBeLessThan(300);
    // The provisional header goes out with the reads; the final one replaces it.
    const headerWrites = mailbox.calls.flatMap((call, index) => (call === 'internetHeaders.setAsync' ? [index] : []));
    expect(headerWrites).toHaveLength(2);
    const finalWrite = headerWrites[1]!;
    expect(mailbox.calls.slice(0, finalWrite)).toEqual(expect.arrayContaining(['subject.getAsync', 'body.getAsync', 'to.getAsync', 'cc.getAsync', 'bcc.getAsync', 'getAttachmentsAsync', 'internetHeaders.setAsync']));
    // sessionData (compose type, acknowledged warnings, policy record) is read once, not once per key.
    expect(mailbox.calls.filter((call) => call.startsWith('sessionData.'))).toEqual(['sessionData.getAllAsync']);
    // Every read started before the first one answered; only the final header write came later.
    expect(startedAt.slice(0, finalWrite).every((t) => t === 0)).toBe(true);
    expect(startedAt[finalWrite]).toBe(100);
  });

  test('a policy the admin deployed is used, and its version is in the header', async () => {
    const { mailbox, env } = setup({ ...CLEAN, subject: '汇总材料' }, {}, { version: '2026.11', rules: { 'subject-vague': { words: ['汇总材料'] } } });
    await decideSend(env);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=2026.11; prompted=subject-vague');
  });

  test('an invalid policy falls back to the defaults and the header says so', async () => {
    const { mailbox, env } = setup(VAGUE, {}, { rules: { 'no-such-rule': {} } });
    await decideSend(env);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; policy-source=default; prompted=subject-vague');
  });
});

describe('encryption by sensitivity label', () => {
  const SENSITIVE = { ...CLEAN, subject: '新员工入职信息登记', body: '李经理：\n\n新员工王五的身份证号为110105199003071239，已在12月1日录入人事系统。\n\n张三', attachments: [] };

  test.each([['Confidential'], ['label-confidential']])('a draft already carrying the policy’s label (policy names it %s) is sent', async (label) => {
    const { mailbox, env } = setup({ ...SENSITIVE, sensitivityLabel: 'label-confidential' }, {}, { encryption: { method: 'sensitivityLabel', label } });
    expect((await decideSend(env)).completion).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; clean');
  });

  test('without the label the same draft prompts and offers to apply it', async () => {
    const { env } = setup({ ...SENSITIVE, sensitivityLabel: 'label-general' }, {}, { encryption: { method: 'sensitivityLabel', label: 'Confidential' } });
    expect((await decideSend(env)).completion).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
  });
});

describe('a read that fails degrades only the rules that need it', () => {
  test('attachments that cannot be read are not taken for "no attachments"', async () => {
    const { mailbox, env } = setup(CLEAN, { behaviour: { getAttachmentsAsync: 'fail' } });
    expect((await decideSend(env)).completion).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; clean');
  });

  test('a label that cannot be read turns the encryption warning into task-pane information', async () => {
    const draft = { ...CLEAN, subject: '入职信息', body: '身份证号110105199003071239。', attachments: [], sensitivityLabel: 'label-confidential' };
    const { mailbox, env } = setup(draft, { behaviour: { 'sensitivityLabel.getAsync': 'fail' } }, { encryption: { method: 'sensitivityLabel', label: 'Confidential' } });
    expect((await decideSend(env)).completion).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; clean');
  });
});
