import fc from 'fast-check';
import { createDraft, evaluate } from '../src/engine';
import { checkDraftProperties, draftInput, evaluateIsTotal, fixesAreIdempotent, POLICIES } from './helpers/draft-properties';

// Bounded so `npm test` stays quick; `npm run bench -- property` runs the same properties far longer.
describe('evaluate over arbitrary drafts', () => {
  test('never throws, always decides, the same twice; every fix keeps the other text and applied twice equals once', () => {
    checkDraftProperties(150, 20261122);
  });

  test('huge and extreme drafts: 10,000 recipients, 300,000 underscores, everything empty', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => ({ address: `u${i % 5000}@${i % 3 ? 'contoso.com' : 'fabrikam.com'}`, name: '', type: i % 97 ? ('user' as const) : ('distributionList' as const) }));
    const extremes = [
      {},
      { subject: '\u202e'.repeat(100_000), body: '_'.repeat(300_000), cc: many },
      { subject: `a${'!'.repeat(100_000)}b`, body: '\ud800'.repeat(100_000), to: many.slice(0, 100), attachments: Array.from({ length: 1000 }, (_, i) => ({ name: `f${i}\u202egnp.exe`, size: i, inline: false })) },
      { subject: 'RE: '.repeat(2000), body: '> 回复：\n'.repeat(5000), composeType: 'reply' as const, to: many.slice(0, 2000) },
    ];
    for (const input of extremes) {
      evaluateIsTotal(input, 0);
      // The second policy turns every rule on, so it offers the most fixes.
      fixesAreIdempotent(input, 1);
    }
  });

  test('found by the long run: the shared-mailbox contact template, inserted and not filled in, is not offered again', () => {
    const input = { from: 'it-helpdesk@contoso.com', sensitivityLabel: 'confidential' };
    fixesAreIdempotent(input, 1);
    const once = evaluate(createDraft({ ...input, body: '\n联系人：____  电话：____' }), POLICIES[1]);
    expect(once.findings.find((finding) => finding.rule === 'shared-mailbox-contact')).toMatchObject({ messageId: 'noContact', fixes: [] });
  });

  test('the arbitrary drafts reach every decision and offer fixes, so the properties are not vacuous', () => {
    const evaluations = fc.sample(draftInput, { numRuns: 200, seed: 42 }).map((input) => evaluate(createDraft(input), POLICIES[1]));
    expect([...new Set(evaluations.map((evaluation) => evaluation.decision))].sort()).toEqual(['allow', 'block', 'prompt']);
    const kinds = new Set(evaluations.flatMap((evaluation) => evaluation.findings.flatMap((finding) => finding.fixes.map((fix) => fix.action.kind))));
    expect([...kinds]).toEqual(expect.arrayContaining(['tagSubject', 'insertText', 'removeRecipients', 'moveRecipients']));
  });
});
