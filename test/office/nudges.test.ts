import { onComposeOpened, refreshNudges } from '../../src/launchevent/compose-events';
import { NOTIFICATION_MAX_CHARS, planNotifications, truncate } from '../../src/office/notifications';
import { policyTextHash } from '../../src/office/policy-source';
import { TIMING } from '../../src/office/timing';
import { SESSION_KEYS } from '../../src/office/session';
import { LOCALE_CHOICE_KEY } from '../../src/office/locale';
import { CLEAN, memoryCache, serve, serveAfter, setup, to, WORKBOOK } from './helpers';

describe('live nudges', () => {
  test('an external recipient raises one bar; more changes replace it instead of stacking', async () => {
    const { mailbox, env } = setup({ ...CLEAN, to: [to('li.si@contoso.com'), to('erika@fabrikam.com')] });
    await refreshNudges(env);
    expect([...mailbox.notifications.keys()]).toEqual(['preflight-external']);
    expect(mailbox.notifications.get('preflight-external')!.message).toContain('fabrikam.com');
    mailbox.message.to.push(to('bob@northwind.com'));
    await refreshNudges(env);
    expect([...mailbox.notifications.keys()]).toEqual(['preflight-external']);
    expect(mailbox.notifications.get('preflight-external')!.message).toContain('northwind.com');
  });

  test('a look-alike domain takes the external bar over the plain external notice', async () => {
    const { mailbox, env } = setup({ ...CLEAN, to: [to('wang.wu@c0ntoso.com')] });
    await refreshNudges(env);
    expect(mailbox.notifications.get('preflight-external')!.message).toContain('c0ntoso.com');
    expect(mailbox.notifications.get('preflight-external')!.message).toMatch(/相似|仿冒/u);
  });

  test('bars are removed when the concern is resolved', async () => {
    const { mailbox, env } = setup({ ...CLEAN, to: [to('erika@fabrikam.com')], attachments: [{ id: 'x', name: 'setup.exe', size: 11 * 1024 * 1024, isInline: false }] });
    await refreshNudges(env);
    expect([...mailbox.notifications.keys()].sort()).toEqual(['preflight-external', 'preflight-size', 'preflight-type']);
    mailbox.message.to = [to('li.si@contoso.com')];
    mailbox.message.attachments = [];
    await refreshNudges(env);
    expect([...mailbox.notifications.keys()]).toEqual([]);
  });

  test('info stays in the task pane, except external recipients, which get their one bar', async () => {
    const policy = { rules: { 'attachment-size': { severity: 'info' }, 'attachment-blocked-type': { severity: 'info' } } };
    const { mailbox, env } = setup({ ...CLEAN, to: [to('erika@fabrikam.com')], attachments: [{ id: 'x', name: 'setup.exe', size: 11 * 1024 * 1024, isInline: false }] }, {}, policy);
    await refreshNudges(env);
    expect([...mailbox.notifications.keys()]).toEqual(['preflight-external']);
  });

  test('at most four bars, each within 150 characters', () => {
    const long = 'x'.repeat(400);
    const finding = (rule: string) => ({ rule, severity: 'warning', messageId: 'm', data: {}, message: long, clause: '', fixes: [] }) as never;
    const plan = planNotifications(['external-recipients', 'lookalike-domain', 'reply-all-group', 'mass-mail', 'attachment-size', 'attachment-blocked-type', 'subject-vague'].map(finding));
    expect(plan.replace).toHaveLength(4);
    for (const bar of plan.replace) expect([...bar.message].length).toBeLessThanOrEqual(NOTIFICATION_MAX_CHARS);
  });

  test('a Chinese bar puts a full-width colon after the name, an English one an ASCII colon and a space', () => {
    const finding = { rule: 'external-recipients', severity: 'info', messageId: 'm', data: {}, message: '外部', clause: '', fixes: [] } as never;
    expect(planNotifications([finding], 'zh-CN').replace[0]!.message).toBe('Preflight：外部');
    expect(planNotifications([finding], 'zh-TW').replace[0]!.message).toBe('Preflight：外部');
    expect(planNotifications([finding], 'en-US').replace[0]!.message).toBe('Preflight: 外部');
    expect(planNotifications([finding]).replace[0]!.message).toBe('Preflight: 外部');
  });

  test('the 150 limit counts UTF-16 units, as Outlook does, and never splits an emoji', () => {
    const cut = truncate(`${'😀'.repeat(80)}全体`, NOTIFICATION_MAX_CHARS);
    expect(cut.length).toBeLessThanOrEqual(NOTIFICATION_MAX_CHARS);
    expect(cut.endsWith('😀…')).toBe(true);
  });

  test('opening a reply records its compose type and warns about the group at once', async () => {
    const { mailbox, env } = setup({ ...CLEAN, subject: 'RE: 例会', composeType: 'reply', cc: [to('sales@contoso.com', 'distributionList', '销售部')] });
    await onComposeOpened(env);
    expect(mailbox.sessionData.get(SESSION_KEYS.composeType)).toBe('reply');
    expect(mailbox.notifications.get('preflight-group')!.message).toContain('销售部');
  });

  test('an older client without sessionData or compose type still gets its bars', async () => {
    const { mailbox, env } = setup({ ...CLEAN, to: [to('erika@fabrikam.com')] }, { mailboxVersion: '1.5' });
    await onComposeOpened(env);
    expect(mailbox.sessionData.size).toBe(0);
    expect([...mailbox.notifications.keys()]).toEqual(['preflight-external']);
  });
});

describe('the bars speak the user’s language', () => {
  const EXTERNAL = { ...CLEAN, to: [to('erika@fabrikam.com')] };
  // Traditional characters only (no 这/邮 of zh-CN), or plain English.
  const TEXT = { 'zh-TW': /^Preflight：[^这邮]*外部[^这邮]*$/u, 'en-US': /^Preflight: [ -~]*outside[ -~]*$/u } as const;
  const bar = (mailbox: ReturnType<typeof setup>['mailbox']) => mailbox.notifications.get('preflight-external')!.message;

  test.each(['zh-TW', 'en-US'] as const)('Office’s display language %s', async (locale) => {
    const { mailbox, env } = setup(EXTERNAL, { displayLanguage: locale });
    await onComposeOpened(env);
    expect(bar(mailbox)).toMatch(TEXT[locale]);
  });

  test.each(['zh-TW', 'en-US'] as const)('the task pane switched to %s for this message, over a zh-CN Office', async (locale) => {
    const { mailbox, env } = setup(EXTERNAL, { displayLanguage: 'zh-CN' });
    mailbox.sessionData.set(SESSION_KEYS.locale, locale);
    await refreshNudges(env);
    expect(bar(mailbox)).toMatch(TEXT[locale]);
  });

  test('a display language that is not a string does not stop the bars: the policy’s language stands in', async () => {
    const { mailbox, env } = setup(EXTERNAL, { displayLanguage: 1033 as unknown as string }, { locale: 'zh-TW' });
    await onComposeOpened(env);
    expect(bar(mailbox)).toMatch(TEXT['zh-TW']);
  });

  test.each(['zh-TW', 'en-US'] as const)('the task pane’s %s kept for the user reaches a new message', async (locale) => {
    const { mailbox, env } = setup(EXTERNAL, { displayLanguage: 'zh-CN' });
    mailbox.roaming.set(LOCALE_CHOICE_KEY, locale);
    await onComposeOpened(env);
    expect(bar(mailbox)).toMatch(TEXT[locale]);
  });
});

describe('a saved draft opened again (OnMessageCompose fires for it; OnNewMessageCompose did not)', () => {
  const REPLY_DRAFT = { ...CLEAN, subject: '会议安排', composeType: 'reply' as const, cc: [to('sales@contoso.com', 'distributionList', '销售部')] };

  test('with nothing recorded yet it gets its compose type, its first bars and the policy confirmation', async () => {
    const { mailbox, env } = setup(REPLY_DRAFT, {}, { version: '2026.11' });
    await onComposeOpened(env);
    expect(mailbox.sessionData.get(SESSION_KEYS.composeType)).toBe('reply');
    expect(mailbox.notifications.get('preflight-group')!.message).toContain('销售部');
    expect(JSON.parse(mailbox.sessionData.get(SESSION_KEYS.policyConfirmation)!)).toMatchObject({ hash: expect.any(String) });
  });

  test('it keeps the compose type its first opening recorded, though Office now calls the reply a new mail', async () => {
    const { mailbox, env } = setup(REPLY_DRAFT, { composeTypeOverride: 'newMail' });
    mailbox.sessionData.set(SESSION_KEYS.composeType, 'reply');
    await onComposeOpened(env);
    await onComposeOpened(env);
    expect(mailbox.sessionData.get(SESSION_KEYS.composeType)).toBe('reply');
    expect(mailbox.notifications.get('preflight-group')!.message).toContain('销售部');
  });

  test('the subject the window opened with is recorded once: later edits and reopenings keep the first', async () => {
    const { mailbox, env } = setup({ ...REPLY_DRAFT, subject: 'RE: 你好' });
    await onComposeOpened(env);
    expect(mailbox.sessionData.get(SESSION_KEYS.originalSubject)).toBe('RE: 你好');
    mailbox.message.subject = 'RE: 你好，周三会议改到302';
    await onComposeOpened(env);
    expect(mailbox.sessionData.get(SESSION_KEYS.originalSubject)).toBe('RE: 你好');
  });

  test('a subject that could not be read is not recorded as the original one', async () => {
    const { mailbox, env } = setup({ ...REPLY_DRAFT, subject: 'RE: 你好' }, { behaviour: { 'subject.getAsync': 'fail' } });
    await onComposeOpened(env);
    expect(mailbox.sessionData.get(SESSION_KEYS.originalSubject)).toBeUndefined();
  });

  test('sessionData that cannot be read is not taken for empty: what it holds is not overwritten', async () => {
    const { mailbox, env } = setup(REPLY_DRAFT, { composeTypeOverride: 'newMail', behaviour: { 'sessionData.getAllAsync': 'fail' } });
    mailbox.sessionData.set(SESSION_KEYS.composeType, 'reply');
    await onComposeOpened(env);
    expect(mailbox.sessionData.get(SESSION_KEYS.composeType)).toBe('reply');
  });
});

describe('the policy at compose time', () => {
  afterEach(() => jest.useRealTimers());

  test('bars do not wait for a slow server longer than Send would; its late answer is still confirmed for Send', async () => {
    jest.useFakeTimers();
    const policy = { version: '2026.11' };
    const server = serveAfter(3000, policy);
    const { mailbox, env: base } = setup({ ...CLEAN, to: [to('erika@fabrikam.com')] });
    const cache = memoryCache();
    const done = onComposeOpened({ ...base, fetchText: server, policyCache: cache });
    await jest.advanceTimersByTimeAsync(TIMING.policyFetchMs + 100);
    expect([...mailbox.notifications.keys()]).toEqual(['preflight-external']);
    expect(mailbox.sessionData.has(SESSION_KEYS.policyConfirmation)).toBe(false);
    await jest.advanceTimersByTimeAsync(2000);
    await done;
    expect(server.timeouts).toEqual([TIMING.backgroundPolicyFetchMs]);
    expect(JSON.parse(cache.text!)).toEqual(policy);
    expect(JSON.parse(mailbox.sessionData.get(SESSION_KEYS.policyConfirmation)!).hash).toBe(policyTextHash(JSON.stringify(policy)));
  });

  test('a server that stops answering withdraws the confirmation an earlier event recorded', async () => {
    const { mailbox, env } = setup(CLEAN, {}, { version: '2026.11' });
    await refreshNudges(env);
    expect(JSON.parse(mailbox.sessionData.get(SESSION_KEYS.policyConfirmation)!)).toMatchObject({ hash: expect.any(String) });
    await refreshNudges({ ...env, fetchText: serve({ status: 404 }) });
    expect(JSON.parse(mailbox.sessionData.get(SESSION_KEYS.policyConfirmation)!)).toBeNull();
  });
});

describe('a compose event that also reads attachments (the handlers’ page, src/launchevent/page-scan.ts)', () => {
  const external = { ...CLEAN, to: [to('erika@fabrikam.com')], attachments: [WORKBOOK] };

  test('the scan gets the event’s check, and the bars are written without waiting for it', async () => {
    const { mailbox, env } = setup(external, {}, {}, false);
    let finish: () => void = () => undefined;
    const scanned: number[] = [];
    const scan = jest.fn((_item: unknown, check: { read: { unscanned?: number } }) => {
      scanned.push(check.read.unscanned ?? 0);
      return new Promise<void>((resolve) => (finish = resolve));
    });
    let done = false;
    const event = refreshNudges(env, scan).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect([...mailbox.notifications.keys()]).toEqual(['preflight-external']);
    expect(scanned).toEqual([1]);
    expect(done).toBe(false);
    finish();
    await event;
  });

  test('a scan that fails leaves the event complete and its bars and records written', async () => {
    const { mailbox, env } = setup(external, {}, {}, false);
    await onComposeOpened(env, () => Promise.reject(new Error('reader failed')));
    expect([...mailbox.notifications.keys()]).toEqual(['preflight-external']);
    expect(mailbox.sessionData.has(SESSION_KEYS.policyConfirmation)).toBe(true);
  });
});
