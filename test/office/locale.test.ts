import { displayLocale, LOCALE_CHOICE_KEY, switchLocale, userLocale } from '../../src/office/locale';
import type { OfficeContextLike } from '../../src/office/mailbox';
import { SESSION_KEYS } from '../../src/office/session';
import { planNotifications } from '../../src/office/notifications';
import { DEFAULT_POLICY, evaluate, parseDraft, type Locale } from '../../src/engine';
import { SimulatedMailbox } from '../../src/playground/simulated-mailbox';
import { CLEAN, to } from './helpers';

const contextWith = (displayLanguage: unknown, roaming: Record<string, unknown> = {}): OfficeContextLike =>
  ({ displayLanguage, mailbox: { item: null }, roamingSettings: { get: (name: string) => roaming[name], set: () => undefined, saveAsync: () => undefined } }) as unknown as OfficeContextLike;

describe('the language Preflight speaks', () => {
  test.each([
    ['zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW'],
    ['zh-MO', 'zh-TW'],
    ['zh-Hant-CN', 'zh-TW'],
    ['zh-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['en-US', 'en-US'],
    ['en-GB', 'en-US'],
    ['fr-FR', 'en-US'],
  ])('Office’s display language %s gives %s', (displayLanguage, locale) => {
    expect(displayLocale(contextWith(displayLanguage))).toBe(locale);
  });

  test.each([[42], [null], [{}], [['zh-TW']], ['']])('a display language that is not a usable string (%p) does not throw: the policy’s locale, else zh-CN', (displayLanguage) => {
    expect(userLocale(contextWith(displayLanguage), { locale: 'en-US' })).toBe('en-US');
    expect(userLocale(contextWith(displayLanguage), DEFAULT_POLICY)).toBe('zh-CN');
  });

  test('a host whose display language getter throws is treated as giving none', () => {
    const context = {
      get displayLanguage(): never {
        throw new Error('not available');
      },
      mailbox: { item: null },
    } as unknown as OfficeContextLike;
    expect(userLocale(context, { locale: 'zh-TW' })).toBe('zh-TW');
  });

  test('precedence: this message’s pane choice, the user’s kept choice, Office’s language, the policy’s', () => {
    const policy = { locale: 'zh-TW' as const };
    expect(userLocale(contextWith('zh-CN', { [LOCALE_CHOICE_KEY]: 'en-US' }), policy, 'zh-TW')).toBe('zh-TW');
    expect(userLocale(contextWith('zh-CN', { [LOCALE_CHOICE_KEY]: 'en-US' }), policy)).toBe('en-US');
    expect(userLocale(contextWith('en-US', { [LOCALE_CHOICE_KEY]: 'klingon' }), policy)).toBe('en-US');
    expect(userLocale(contextWith(undefined), policy)).toBe('zh-TW');
    expect(userLocale(contextWith(undefined), null)).toBe('zh-CN');
  });
});

describe('switching the task pane’s language', () => {
  const EXTERNAL = { ...CLEAN, to: [to('erika@fabrikam.com')] };

  function checkedDraft() {
    const parsed = parseDraft({ subject: EXTERNAL.subject, body: EXTERNAL.body, from: 'zhang.san@contoso.com', to: ['erika@fabrikam.com'] });
    if (!parsed.ok) throw new Error('bad draft');
    return { draft: parsed.draft, policy: DEFAULT_POLICY };
  }

  const externalBar = (locale: Locale) => planNotifications(evaluate(checkedDraft().draft, DEFAULT_POLICY, { locale }).findings, locale).replace.find((bar) => bar.key === 'preflight-external')!.message;

  test('keeps the choice for this message and for the user, and rewrites the bars already shown in it', async () => {
    const mailbox = new SimulatedMailbox(EXTERNAL, { latencyMs: 1 });
    mailbox.notifications.set('preflight-external', { type: 'informationalMessage', message: 'Preflight：这封邮件会发往外部地址' });
    await switchLocale(mailbox.context, 'zh-TW', checkedDraft());
    expect(mailbox.sessionData.get(SESSION_KEYS.locale)).toBe('zh-TW');
    expect(mailbox.roaming.get(LOCALE_CHOICE_KEY)).toBe('zh-TW');
    expect(mailbox.calls).toContain('roamingSettings.saveAsync');
    expect(mailbox.notifications.get('preflight-external')!.message).toBe(externalBar('zh-TW'));
    expect(externalBar('zh-TW')).not.toBe(externalBar('zh-CN'));
    await switchLocale(mailbox.context, 'en-US', checkedDraft());
    expect(mailbox.notifications.get('preflight-external')!.message).toBe(externalBar('en-US'));
    expect(externalBar('en-US')).toMatch(/fabrikam\.com/u);
  });

  test('before the pane’s first check it still keeps the choice', async () => {
    const mailbox = new SimulatedMailbox(EXTERNAL, { latencyMs: 1 });
    await switchLocale(mailbox.context, 'en-US', null);
    expect(mailbox.sessionData.get(SESSION_KEYS.locale)).toBe('en-US');
    expect(mailbox.notifications.size).toBe(0);
  });
});
