import type * as Evaluate from '../../src/engine/evaluate';
import { DraftFacts } from '../../src/engine/facts';
import { makeRuleThrow as failingRule } from '../helpers/failing-rule';
import { decideSend } from '../../src/launchevent/on-send';
import { SimulatedMailbox, type SimulatedMessage } from '../../src/playground/simulated-mailbox';
import { CLEAN, setup, to } from './helpers';

/**
 * The real engine, wrapped: `failWith` makes it throw the way a bug would, and every error the
 * real one throws is recorded, so the path for an engine that throws is tested, and the
 * adversarial drafts below are shown never to reach it.
 */
const engine = { failWith: null as Error | null, thrown: [] as unknown[] };
jest.mock('../../src/engine/evaluate', () => {
  const actual = jest.requireActual<typeof Evaluate>('../../src/engine/evaluate');
  return {
    ...actual,
    evaluate: (...args: Parameters<typeof actual.evaluate>) => {
      if (engine.failWith) throw engine.failWith;
      try {
        return actual.evaluate(...args);
      } catch (error) {
        engine.thrown.push(error);
        throw error;
      }
    },
  };
});

beforeEach(() => {
  engine.failWith = null;
  engine.thrown = [];
});

const CLASSIFIED: Partial<SimulatedMessage> = { ...CLEAN, subject: '【机密】第三季度底价', to: [to('erika@fabrikam.com', 'externalUser')] };

describe('an engine that throws at Send', () => {
  test('fails open by default, and the header names the engine, not Office', async () => {
    engine.failWith = new RangeError('Maximum call stack size exceeded');
    const { mailbox, env } = setup(CLASSIFIED);
    expect((await decideSend(env)).completion).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; failed-open=engine:RangeError');
  });

  test('blocks with the failure text when the policy fails closed', async () => {
    engine.failWith = new TypeError('x is undefined');
    const { mailbox, env } = setup(CLASSIFIED, { displayLanguage: 'en-US' }, { failClosed: true });
    const { completion } = await decideSend(env);
    expect(completion).toMatchObject({ allowEvent: false, commandId: 'PreflightOpenPaneButton' });
    expect(completion.errorMessage).toContain('The pre-send check could not finish');
    expect(completion.errorMessage).toContain('engine:TypeError');
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; blocked=check-failed:engine:TypeError');
  });

  test('an adapter failure is still told apart: error:<name>', async () => {
    const mailbox = new SimulatedMailbox(CLEAN);
    const item = mailbox.item;
    Object.defineProperty(item, 'sensitivityLabel', {
      get(): never {
        throw new Error('host gone');
      },
    });
    const env = { ...setup(CLEAN).env, context: { ...mailbox.context, mailbox: { ...mailbox.context.mailbox, item } } };
    expect((await decideSend(env)).audit.outcome).toEqual({ kind: 'failed-open', reason: 'error:Error' });
  });
});

/** The hostile inputs of issue 12 that reach the engine at Send. */
const MB = 1024 * 1024;
const ADVERSARIAL: ReadonlyArray<[string, Partial<SimulatedMessage>]> = [
  ['an unresolved name among the recipients', { ...CLASSIFIED, to: [{ displayName: 'Erika' } as never, null as never, ...CLASSIFIED.to!] }],
  ['a 6 MB line of underscores', { ...CLASSIFIED, body: '_'.repeat(6 * MB) }],
  ['digit runs', { ...CLASSIFIED, body: '1234567890 '.repeat(50_000) }],
  ['密码 repeated', { ...CLASSIFIED, body: '密码'.repeat(200_000) }],
  ['quote lines', { ...CLASSIFIED, body: '> '.repeat(100_000) + '\n> 引用\n'.repeat(50_000) }],
  ['10,000 recipients', { ...CLASSIFIED, to: Array.from({ length: 10_000 }, (_, i) => to(`p${i}@d${i % 97}.example`, 'externalUser')) }],
  ['lone surrogates, bidi and control characters', { ...CLASSIFIED, body: '\uD800\u202E\u0000\u001B]0;x\u0007'.repeat(10_000), attachments: [{ id: '1', name: 'invoice\u202Egnp.exe', size: 1, isInline: false }] }],
  ['attachment names and sizes of the wrong kind', { ...CLASSIFIED, attachments: [{ id: '1', name: 42, size: Number.NaN, isInline: 'no' } as never, { id: '2', name: 'x'.repeat(100_000) + '.exe', size: 1, isInline: false }] }],
];

test.each(ADVERSARIAL)('%s: the real engine answers, the classified mail is blocked, and the engine-failure path is never taken', async (_, message) => {
  const { mailbox, env } = setup(message);
  const { completion, audit } = await decideSend(env);
  expect(engine.thrown).toEqual([]);
  expect(completion.allowEvent).toBe(false);
  expect(audit.outcome).toMatchObject({ kind: 'blocked' });
  expect(mailbox.headers['X-Preflight']).not.toMatch(/engine:/u);
});

describe('one rule that throws at Send', () => {
  afterEach(() => jest.restoreAllMocks());

  test('the other rules still stop the mail, and the header names the rule that did not check it', async () => {
    failingRule('deadline-missing');
    const { mailbox, env } = setup(CLASSIFIED);
    const { completion } = await decideSend(env);
    expect(completion.allowEvent).toBe(false);
    expect(mailbox.headers['X-Preflight']).toMatch(/^v=1; policy=default; blocked=sensitive-content(,[a-z-]+)*; truncated=rule:deadline-missing$/u);
  });

  test('with nothing else raised the check is incomplete: it fails open, saying which rule, and never records "clean"', async () => {
    failingRule('subject-vague');
    const { mailbox, env } = setup(CLEAN);
    expect((await decideSend(env)).completion).toEqual({ allowEvent: true });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; failed-open=engine:subject-vague; truncated=rule:subject-vague');
  });

  test('failClosed stops it with the failure text', async () => {
    failingRule('subject-vague');
    const { mailbox, env } = setup(CLEAN, { displayLanguage: 'en-US' }, { failClosed: true });
    const { completion } = await decideSend(env);
    expect(completion).toMatchObject({ allowEvent: false, commandId: 'PreflightOpenPaneButton' });
    expect(completion.errorMessage).toContain('engine:subject-vague');
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; blocked=check-failed:engine:subject-vague; truncated=rule:subject-vague');
  });

  test('the same draft without the failure is clean', async () => {
    const { mailbox, env } = setup(CLEAN);
    await decideSend(env);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=default; clean');
  });
});

describe('a facts getter that throws: every rule that reads it fails, and what Send does after deciding survives it', () => {
  afterEach(() => jest.restoreAllMocks());
  const throwing = (getter: 'subjectParts' | 'externalRecipients') =>
    jest.spyOn(DraftFacts.prototype, getter, 'get').mockImplementation(() => {
      throw new TypeError('a bug');
    });

  test('the read receipt, which reads the subject again, does not undo a block', async () => {
    throwing('subjectParts');
    const policy = { restrictedRecipients: ['*@competitor.com'], rules: { 'important-tag': { readReceipt: true } } };
    const { mailbox, env } = setup({ ...CLEAN, subject: '[重要] 预算', to: [to('bob@competitor.com', 'externalUser')] }, {}, policy);
    const { completion } = await decideSend(env);
    expect(completion.allowEvent).toBe(false);
    expect(mailbox.headers['X-Preflight']).toMatch(/^v=1; policy=default; blocked=restricted-recipients; truncated=rule:/u);
  });

  test('delayed delivery, which reads the recipients again for a prompt’s "send anyway", does not undo the prompt', async () => {
    throwing('externalRecipients');
    const { mailbox, env } = setup({ ...CLEAN, subject: 'test', to: [to('erika@fabrikam.com', 'externalUser')] }, {}, { deferExternalMinutes: 30 });
    const { completion } = await decideSend(env);
    expect(completion).toMatchObject({ allowEvent: false, sendModeOverride: 'promptUser' });
    expect(mailbox.headers['X-Preflight']).toMatch(/^v=1; policy=default; prompted=subject-vague; truncated=rule:/u);
  });
});
