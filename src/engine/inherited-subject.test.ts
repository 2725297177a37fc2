import { DEFAULT_DRAFT } from '../../test/helpers/rule-tester';
import { evaluate, parseDraft, parsePolicy, type DraftInput, type RuleId } from './index';

/** RULES.md «Text handling»: a subject the author did not write is not the author's fault. */
const SUBJECT_RULES: readonly RuleId[] = ['subject-missing', 'subject-vague', 'subject-too-long', 'important-tag'];
const EVERY_SUBJECT_RULE_WARNS = parsePolicy({ rules: { 'subject-too-long': { severity: 'warning' } } });

function subjectFindings(input: DraftInput, policy = EVERY_SUBJECT_RULE_WARNS) {
  const parsed = parseDraft({ ...DEFAULT_DRAFT, ...input });
  if (!parsed.ok || !policy.ok) throw new Error('bad test input');
  return evaluate(parsed.draft, policy.policy)
    .findings.filter((finding) => (SUBJECT_RULES as readonly string[]).includes(finding.rule))
    .map((finding) => `${finding.rule}:${finding.messageId}:${finding.severity}`);
}

const LONG = '关于二〇二六年度第三季度各部门预算执行情况与下一阶段重点工作安排的汇报材料初稿及修改意见汇总';

describe('a reply or forward that keeps the subject it inherited', () => {
  test.each([
    ['a vague subject', { subject: 'RE: 你好', originalSubject: 'RE: 你好' }, ['subject-vague:generic:info']],
    ['a missing subject', { subject: 'RE: ', originalSubject: '' }, ['subject-missing:missing:info']],
    ['a long subject', { subject: `回复：${LONG}`, originalSubject: `回复：${LONG}` }, ['subject-too-long:tooLong:info']],
    ['an importance word without the tag', { subject: 'RE: 紧急：服务器宕机', originalSubject: 'RE: 紧急：服务器宕机' }, ['important-tag:missingTag:info']],
    ['one more prefix than it opened with', { subject: 'RE: RE: hi', originalSubject: 'RE: hi' }, ['subject-vague:generic:info']],
    ['other prefixes, case and white space', { subject: '答复:  HI ', originalSubject: 'Re: hi' }, ['subject-vague:generic:info']],
    ['a forward', { composeType: 'forward', subject: 'FW: test', originalSubject: 'FW: test' }, ['subject-vague:generic:info']],
  ] as const)('%s reports at most info', (_name, input, expected) => {
    expect(subjectFindings({ composeType: 'reply', ...input })).toEqual(expected);
  });

  test('even a rule raised to block reports info', () => {
    const policy = parsePolicy({ rules: { 'subject-vague': { severity: 'block' } } });
    expect(subjectFindings({ composeType: 'reply', subject: 'RE: 你好', originalSubject: 'RE: 你好' }, policy)).toEqual(['subject-vague:generic:info']);
  });

  test('a misplaced tag is still the author’s to move (only the importance-word half is capped)', () => {
    expect(subjectFindings({ composeType: 'reply', subject: 'RE: 预算审核 [重要]', originalSubject: 'RE: 预算审核 [重要]' })).toEqual(['important-tag:misplacedTag:warning']);
  });
});

describe('subjects judged as usual', () => {
  test.each([
    ['the author changed the subject', { composeType: 'reply', subject: 'RE: 你好', originalSubject: 'RE: 第三季度预算' }],
    ['no original subject is known', { composeType: 'reply', subject: 'RE: 你好' }],
    ['a new mail, even with an original subject given', { composeType: 'newMail', subject: '你好', originalSubject: '你好' }],
  ] as const)('%s', (_name, input) => {
    expect(subjectFindings(input)).toEqual(['subject-vague:generic:warning']);
  });

  test('the author emptied an inherited subject', () => {
    expect(subjectFindings({ composeType: 'reply', subject: '', originalSubject: 'RE: 第三季度预算' })).toEqual(['subject-missing:missing:warning']);
  });
});

test('draft JSON takes originalSubject, null or absent meaning not known', () => {
  expect(parseDraft({ originalSubject: 'RE: x' })).toMatchObject({ ok: true, draft: { originalSubject: 'RE: x' } });
  expect(parseDraft({ originalSubject: null })).toMatchObject({ ok: true, draft: { originalSubject: null } });
  expect(parseDraft({})).toMatchObject({ ok: true, draft: { originalSubject: null } });
  expect(parseDraft({ originalSubject: 3 })).toMatchObject({ ok: false, errors: [{ path: '$.originalSubject' }] });
});
