/**
 * Custom rules in the CLI (RULES.md «Custom rules»): `check` reports the custom id with the
 * admin's message and clause, and `audit` counts a custom rule like a built-in one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { addMessage, emptyTally, summarize } from '../src/cli/audit/tally';
import { formatAuditJson, formatAuditText } from '../src/cli/audit/format';
import { ruleRows } from '../src/cli/audit/report/rule-rows';
import { main } from '../src/cli/main';
import { createDraft, evaluate, parsePolicy } from '../src/engine';
import { makeTempDir, memoryIo as io, removeTempDir } from './helpers/cli';

const POLICY = {
  version: 'custom-1',
  internalDomains: ['contoso.com'],
  customRules: [
    { id: 'x-project-falcon', severity: 'block', in: ['subject', 'body'], keywords: ['猎鹰计划', '獵鷹計畫'], message: { 'zh-CN': '“猎鹰计划”不得外发。', 'en-US': 'Project Falcon must not leave the company.' }, clause: { 'zh-CN': '保密制度 第5条', 'en-US': 'Confidentiality rules, art. 5' } },
  ],
};
const DRAFT = { subject: '猎鹰计划 周报', body: '李四：\n\n进展顺利。\n\n张三', from: 'zhang.san@contoso.com', to: ['li.si@contoso.com'] };


describe('check with a custom rule', () => {
  let dir = '';
  beforeEach(() => {
    dir = makeTempDir('preflight-custom-');
    fs.writeFileSync(path.join(dir, 'policy.json'), JSON.stringify(POLICY));
    fs.writeFileSync(path.join(dir, 'draft.json'), JSON.stringify(DRAFT));
  });
  afterEach(() => removeTempDir(dir));

  test('the JSON line carries rule = the custom id, the admin message and clause', async () => {
    const run = io();
    await main(['check', path.join(dir, 'draft.json'), '--policy', path.join(dir, 'policy.json'), '--format', 'json', '--locale', 'en-US'], run);
    const line = JSON.parse(run.out()) as { decision: string; findings: Array<Record<string, unknown>> };
    expect(line.decision).toBe('block');
    expect(line.findings).toContainEqual({ rule: 'x-project-falcon', severity: 'block', messageId: 'custom', message: 'Project Falcon must not leave the company.', clause: 'Confidentiality rules, art. 5', field: 'subject', fixes: [] });
  });

  test('the text report names the custom id', async () => {
    const run = io();
    await main(['check', path.join(dir, 'draft.json'), '--policy', path.join(dir, 'policy.json'), '--locale', 'zh-CN'], run);
    expect(run.out()).toMatch(/x-project-falcon {2}“猎鹰计划”不得外发。/u);
    expect(run.out()).toContain('保密制度 第5条');
  });
});

describe('audit with a custom rule', () => {
  const policy = parsePolicy(POLICY).policy;
  const summary = () => {
    const tally = emptyTally();
    const drafts = [DRAFT, { ...DRAFT, subject: '周报' }, { ...DRAFT, body: '獵鷹計畫 的預算' }];
    drafts.forEach((input, seq) => {
      const evaluation = evaluate(createDraft(input), policy, { locale: 'zh-CN' });
      addMessage(tally, { seq, source: `${seq}.eml`, subject: input.subject, evaluation, evidence: new Map(), scopes: [] });
    });
    return summarize(tally, policy.version);
  };

  test('is counted per message in the summary, after the built-in rules', () => {
    const result = summary();
    expect(result.rules['x-project-falcon']).toMatchObject({ messages: 2, counts: { block: 2, warning: 0, info: 0 } });
    expect(Object.keys(result.rules).at(-1)).toBe('x-project-falcon');
  });

  test('the JSON and text summaries and the report rows list it', () => {
    const result = summary();
    expect((JSON.parse(formatAuditJson(result)) as { rules: Record<string, unknown> }).rules['x-project-falcon']).toEqual({ warning: 0, block: 2, info: 0 });
    expect(formatAuditText(result, 'en-US')).toMatch(/x-project-falcon\s+2\s+0\s+0/u);
    expect(ruleRows(result, 'en-US').find((row) => row.id === 'x-project-falcon')).toMatchObject({ title: 'x-project-falcon', messages: 2 });
  });
});
