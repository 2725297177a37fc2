import { DEFAULT_POLICY, evaluate } from '../engine';
import type { CheckEnvironment } from '../office/run-check';
import { onComposeOpened } from '../launchevent/compose-events';
import { readDraft } from '../office/read-draft';
import { SESSION_KEYS } from '../office/session';
import { EXAMPLES } from './examples';
import { SimulatedMailbox } from './simulated-mailbox';

/** What each example is meant to show at Send with the default policy: the rules that ask or block. */
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
  'classified-external': { decision: 'block', rules: ['sensitive-content'] },
};

/** The example as the playground opens it: in a fresh compose window whose OnMessageCompose handler has run. */
async function opened(message: (typeof EXAMPLES)[number]['message']) {
  const mailbox = new SimulatedMailbox(message, { latencyMs: 0 });
  const env: CheckEnvironment = {
    context: mailbox.context,
    policyUrl: 'https://localhost:3000/policy.json',
    fetchText: () => Promise.resolve({ ok: true, status: 200, text: '{}' }),
    policyCache: null,
  };
  await onComposeOpened(env);
  const { draft } = await readDraft(mailbox.item);
  return { mailbox, evaluation: evaluate(draft, DEFAULT_POLICY, { locale: 'zh-CN' }) };
}

test.each(EXAMPLES.map((example) => [example.id, example] as const))('example %s shows what it is meant to', async (id, example) => {
  const { evaluation } = await opened(example.message);
  const asking = evaluation.findings.filter((f) => f.severity !== 'info').map((f) => f.rule);
  expect({ decision: evaluation.decision, rules: asking }).toEqual(EXPECTED[id]);
});

test('the reply keeps its vague inherited subject: recorded when it opens, it is mentioned in the pane only', async () => {
  const example = EXAMPLES.find((e) => e.id === 'reply-inherited-subject')!;
  const { mailbox, evaluation } = await opened(example.message);
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
