import { decideSend } from '../../src/launchevent/on-send';
import { CLEAN, setup, to } from './helpers';

/** Monitor mode and scopes at Send, on the simulated mailbox (RULES.md «Rollout: monitor mode and scopes»). */
const VAGUE = { ...CLEAN, subject: '你好' };
const SECRET = { ...CLEAN, to: [to('bob@fabrikam.com', 'externalUser')], body: '【机密】身份证号 11010519491231002X，请于周五前确认。' };

describe('monitor mode', () => {
  const monitor = { version: '2026.12', mode: 'monitor' };

  test('a warning sends without a dialog, and the header records the prompt it would have shown', async () => {
    const { mailbox, env } = setup(VAGUE, {}, monitor);
    const { completion } = await decideSend(env);
    expect(completion).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=2026.12; monitored=prompt:subject-vague');
  });

  test('a block sends too, recorded as the block it would have been', async () => {
    const { mailbox, env } = setup(SECRET, {}, monitor);
    const { completion } = await decideSend(env);
    expect(completion).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toMatch(/^v=1; policy=2026\.12; monitored=block:sensitive-content(,|$)/u);
  });

  test('enforce mode, the default, still prompts', async () => {
    const { mailbox, env } = setup(VAGUE, {}, { version: '2026.12' });
    const { completion } = await decideSend(env);
    expect(completion.allowEvent).toBe(false);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=2026.12; prompted=subject-vague');
  });
});

describe('scopes', () => {
  const policy = {
    version: '2026.12',
    mode: 'monitor',
    scopes: [
      { name: 'finance', senders: ['*@finance.contoso.com'], mode: 'enforce', rules: { 'subject-vague': { severity: 'block' } } },
      { name: 'pilot', senders: ['alice@contoso.com'] },
    ],
  };

  test('a finance sender is enforced, stricter, and the header names the scope', async () => {
    const { mailbox, env } = setup({ ...VAGUE, from: to('cfo@finance.contoso.com') }, {}, policy);
    const { completion } = await decideSend(env);
    expect(completion).toMatchObject({ allowEvent: false });
    expect(completion).not.toHaveProperty('sendModeOverride');
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=2026.12; scope=finance; blocked=subject-vague');
  });

  test('everyone else stays in the base policy’s monitor mode', async () => {
    const { mailbox, env } = setup({ ...VAGUE, from: to('bob@contoso.com') }, {}, policy);
    expect((await decideSend(env)).completion).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=2026.12; monitored=prompt:subject-vague');
  });

  test('a scope that changes nothing is still named', async () => {
    const { mailbox, env } = setup({ ...VAGUE, from: to('alice@contoso.com') }, {}, policy);
    await decideSend(env);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=2026.12; scope=pilot; monitored=prompt:subject-vague');
  });
});
