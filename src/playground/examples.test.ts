import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_POLICY, evaluate, parsePolicyText } from '../engine';
import type { CheckEnvironment } from '../office/run-check';
import { onComposeOpened } from '../launchevent/compose-events';
import { withAttachmentContents } from '../engine/draft';
import { readDraft } from '../office/read-draft';
import { readContent } from '../taskpane/attachment-reader';
import { SESSION_KEYS } from '../office/session';
import { EXAMPLES, examplePolicyText, exampleById, type Example } from './examples';
import { SimulatedMailbox } from './simulated-mailbox';

/** What each example is meant to show at Send with the default policy, or the policy it comes with: the rules that ask or block. */
const EXPECTED: Record<string, { decision: string; rules: string[] }> = {
  clean: { decision: 'allow', rules: [] },
  'vague-subject': { decision: 'prompt', rules: ['subject-vague'] },
  'missing-important-tag': { decision: 'prompt', rules: ['important-tag'] },
  'large-attachment': { decision: 'prompt', rules: ['attachment-size'] },
  'forgotten-attachment': { decision: 'prompt', rules: ['attachment-forgotten'] },
  'excessive-cc': { decision: 'prompt', rules: ['cc-excessive'] },
  'reply-all-group': { decision: 'prompt', rules: ['reply-all-group'] },
  'reply-inherited-subject': { decision: 'allow', rules: [] },
  'id-number': { decision: 'prompt', rules: ['sensitive-content'] },
  // Found in the workbook's cells, as the task pane reads them (RULES.md «Attachment contents»).
  'id-numbers-in-attachment': { decision: 'prompt', rules: ['sensitive-content'] },
  'classified-external': { decision: 'block', rules: ['sensitive-content'] },
  'wrong-greeting': { decision: 'prompt', rules: ['salutation-mismatch'] },
  // The review step holds Send (RULES.md «Review steps»).
  'mass-mail-review': { decision: 'block', rules: ['mass-mail'] },
  // The policy's own restrictions (RULES.md «Rules added with the later issues», «Custom rules»).
  'competitor-recipient': { decision: 'block', rules: ['restricted-recipients'] },
  'project-code-name': { decision: 'block', rules: ['x-project-falcon'] },
};

function policyOf(example: Pick<Example, 'policy'>) {
  if (!example.policy) return DEFAULT_POLICY;
  const parsed = parsePolicyText(examplePolicyText(example.policy));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.policy;
}

/** The example as the playground opens it: in a fresh compose window whose OnMessageCompose handler has run. */
async function opened(example: Example, locale: 'zh-CN' | 'zh-TW' | 'en-US' = 'zh-CN') {
  const mailbox = new SimulatedMailbox(example.message, { latencyMs: 0 });
  const env: CheckEnvironment = {
    context: mailbox.context,
    policyUrl: 'https://localhost:3000/policy.json',
    fetchText: () => Promise.resolve({ ok: true, status: 200, text: '{}' }),
    policyCache: null,
  };
  await onComposeOpened(env);
  const { draft } = await readDraft(mailbox.item);
  // What the task pane reads from the attachments that carry their bytes.
  const contents = await Promise.all(mailbox.message.attachments.map((a) => (a.content ? readContent(a.name, a.content) : undefined)));
  return { mailbox, evaluation: evaluate(withAttachmentContents(draft, contents), policyOf(example), { locale }) };
}

test.each(EXAMPLES.map((example) => [example.id, example] as const))('example %s shows what it is meant to', async (id, example) => {
  const { evaluation } = await opened(example);
  const asking = evaluation.findings.filter((f) => f.severity !== 'info').map((f) => f.rule);
  expect({ decision: evaluation.decision, rules: asking }).toEqual(EXPECTED[id]);
});

test('the reply keeps its vague inherited subject: recorded when it opens, it is mentioned in the pane only', async () => {
  const example = EXAMPLES.find((e) => e.id === 'reply-inherited-subject')!;
  const { mailbox, evaluation } = await opened(example);
  expect(mailbox.sessionData.get(SESSION_KEYS.originalSubject)).toBe('RE: 你好');
  expect(evaluation.findings.filter((f) => f.rule === 'subject-vague').map((f) => f.severity)).toEqual(['info']);
  // Had the author written that subject, Send would ask about it.
  const written = evaluate({ ...(await readDraft(mailbox.item)).draft, originalSubject: null }, DEFAULT_POLICY, { locale: 'zh-CN' });
  expect(written.findings.find((f) => f.rule === 'subject-vague')?.severity).toBe('warning');
});

test('every example has a title in each language', () => {
  for (const example of EXAMPLES) expect(Object.values(example.title).every((title) => title.length > 0)).toBe(true);
  expect(Object.keys(EXPECTED).sort()).toEqual(EXAMPLES.map((e) => e.id).sort());
});

test('docs/playground.md lists every example the `example` parameter takes', () => {
  const row = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'playground.md'), 'utf8').split('\n').find((line) => line.startsWith('| `example` |'))!;
  expect([...row.matchAll(/`([a-z-]+)`/gu)].map((match) => match[1]).filter((id) => id !== 'example').sort()).toEqual(EXAMPLES.map((e) => e.id).sort());
});

test('the mass mailing comes with its review step: the approval form number, in each language', async () => {
  const example = exampleById('mass-mail-review')!;
  const steps = await Promise.all((['zh-CN', 'zh-TW', 'en-US'] as const).map(async (locale) => (await opened(example, locale)).evaluation.findings.find((f) => f.rule === 'mass-mail')?.acknowledge));
  expect(steps).toEqual([
    { label: '《群发消息申请表》已经部门负责人审核通过', reference: '群发申请表编号' },
    { label: '《群發消息申請表》已經部門主管審核通過', reference: '群發申請表編號' },
    { label: 'The mass-mail request form (群发消息申请表) is approved by my department head', reference: 'Request form number' },
  ]);
  // Without its policy the same draft only asks.
  const plain = evaluate((await readDraft(new SimulatedMailbox(example.message, { latencyMs: 0 }).item)).draft, DEFAULT_POLICY, { locale: 'zh-CN' });
  expect(plain.decision).toBe('prompt');
});
