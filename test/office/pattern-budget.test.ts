import { createDraft, evaluate, parsePolicy } from '../../src/engine';
import { vmSteps } from '../../src/engine/detectors/pattern';
import { decideSend } from '../../src/launchevent/on-send';
import { PATTERN_STEPS } from '../../src/office/run-check';
import { CLEAN, setup } from './helpers';

/** About 800 instructions, within the policy limits: each character costs one step per instruction. */
const HOSTILE = '(.*.*.*.*){100}q';
const policy = (...patterns: string[]) => ({ version: 'p', rules: { 'sensitive-content': { severity: 'block', patterns } } });
/** Send reads 524,288 characters of it; without the ceiling the hostile pattern would take about 6 s here. */
const HUGE_BODY = `${CLEAN.body}\n${'x'.repeat(600_000)}`;

describe('admin patterns at Send have one step budget per check', () => {
  test('a pattern that would stall Send gives up, and the header says the patterns were cut short', async () => {
    const { mailbox, env } = setup({ ...CLEAN, body: HUGE_BODY }, {}, policy(HOSTILE));
    expect((await decideSend(env)).completion).toEqual({ allowEvent: true });
    expect(vmSteps.left).toBeLessThan(0);
    expect(mailbox.headers['X-Preflight']).toBe(`v=1; policy=p; clean; truncated=body:524288,patterns:${PATTERN_STEPS}`);
  });

  test('a pattern that matched before the budget ran out still blocks', async () => {
    const { mailbox, env } = setup({ ...CLEAN, body: `PRJ-2041 ${HUGE_BODY}` }, {}, policy('prj-\\d{4}', HOSTILE));
    expect((await decideSend(env)).completion).toMatchObject({ allowEvent: false });
    expect(mailbox.headers['X-Preflight']).toBe(`v=1; policy=p; blocked=sensitive-content; truncated=body:524288,patterns:${PATTERN_STEPS}`);
  });

  test('the budget is per check: the next mail gets all of it, and a normal mail is checked in full', async () => {
    await decideSend(setup({ ...CLEAN, body: HUGE_BODY }, {}, policy(HOSTILE)).env);
    const { mailbox, env } = setup({ ...CLEAN, body: `${CLEAN.body}\n合同 PRJ-2041` }, {}, policy(HOSTILE, 'prj-\\d{4}'));
    expect((await decideSend(env)).completion).toMatchObject({ allowEvent: false });
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=p; blocked=sensitive-content');
    expect(vmSteps.left).toBeGreaterThan(0);
  });

  test('typical patterns over all Send reads of a body stay well inside the budget', async () => {
    const line = '项目进度正常，请查收附件。Meeting notes for team AB12345x, see ticket 20-4417.\n';
    const { mailbox, env } = setup({ ...CLEAN, body: line.repeat(Math.ceil(600_000 / line.length)) }, {}, policy('prj-\\d{4}', '\\b[A-Z]{2}\\d{6}\\b'));
    await decideSend(env);
    expect(mailbox.headers['X-Preflight']).toBe('v=1; policy=p; clean; truncated=body:524288');
    expect(PATTERN_STEPS - vmSteps.left).toBeLessThan(0.7 * PATTERN_STEPS);
  });

  test('the budget belongs to one evaluation: one without patternSteps matches in full after one that ran out', () => {
    const hostile = parsePolicy(policy(HOSTILE));
    const prj = parsePolicy(policy('prj-\\d{4}'));
    if (!hostile.ok || !prj.ok) throw new Error('test policies must be valid');
    const cut = evaluate(createDraft({ subject: '周报', body: 'x'.repeat(100_000), to: ['li.si@contoso.com'] }), hostile.policy, { patternSteps: 10_000 });
    expect(cut.truncated).toEqual(['patterns:10000']);
    const full = evaluate(createDraft({ subject: '周报', body: `${'x'.repeat(100_000)} PRJ-2041`, to: ['li.si@contoso.com'] }), prj.policy);
    expect(full.truncated).toBeUndefined();
    expect(full.findings.map((f) => f.rule)).toContain('sensitive-content');
  });
});
