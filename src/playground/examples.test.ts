import { DEFAULT_POLICY, evaluate } from '../engine';
import { readDraft } from '../office/read-draft';
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
  'id-number': { decision: 'prompt', rules: ['sensitive-content'] },
  'classified-external': { decision: 'block', rules: ['sensitive-content'] },
};

test.each(EXAMPLES.map((example) => [example.id, example] as const))('example %s shows what it is meant to', async (id, example) => {
  const mailbox = new SimulatedMailbox(example.message, { latencyMs: 0 });
  const { draft } = await readDraft(mailbox.item);
  const evaluation = evaluate(draft, DEFAULT_POLICY, { locale: 'zh-CN' });
  const asking = evaluation.findings.filter((f) => f.severity !== 'info').map((f) => f.rule);
  expect({ decision: evaluation.decision, rules: asking }).toEqual(EXPECTED[id]);
});

test('every example has a title in each language', () => {
  for (const example of EXAMPLES) expect(Object.values(example.title).every((title) => title.length > 0)).toBe(true);
  expect(Object.keys(EXPECTED).sort()).toEqual(EXAMPLES.map((e) => e.id).sort());
});
