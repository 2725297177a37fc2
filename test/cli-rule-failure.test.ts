/**
 * A rule that throws (a bug in Preflight) in `check` and `audit`: the other rules' findings are
 * still reported, the rule is named in every output, and the run exits 2, so no script reads the
 * file as checked in full.
 */
import fs from 'node:fs';
import path from 'node:path';
import { addMessage, emptyTally, mergeTally, summarize } from '../src/cli/audit/tally';
import { main } from '../src/cli/main';
import { makeTempDir, memoryIo as io, removeTempDir } from './helpers/cli';
import { makeRuleThrow as throwing } from './helpers/failing-rule';

const DRAFT = { subject: '你好', body: '各位：\n\n附件是本周的周报。\n\n张三', from: 'zhang.san@contoso.com', to: ['li.si@contoso.com'], attachments: [] };
const POLICY = { internalDomains: ['contoso.com'] };
/** The same draft as sent mail, for the audit (which reads .eml files). */
const EML = ['From: zhang.san@contoso.com', 'To: li.si@contoso.com', 'Subject: =?UTF-8?B?5L2g5aW9?=', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', '各位：', '', '附件是本周的周报。', '', '张三', ''].join('\r\n');


let dir = '';
const file = (name: string) => path.join(dir, name);
beforeEach(() => {
  dir = makeTempDir('preflight-rule-failure-');
  fs.writeFileSync(file('policy.json'), JSON.stringify(POLICY));
  fs.mkdirSync(file('mail'));
  fs.writeFileSync(file('mail/draft.json'), JSON.stringify(DRAFT));
  fs.writeFileSync(file('mail/sent.eml'), EML);
});
afterEach(() => {
  jest.restoreAllMocks();
  removeTempDir(dir);
});

describe('check', () => {
  test('as it is, the draft prompts for its vague subject and the run exits 1', async () => {
    const run = io();
    expect(await main(['check', file('mail/draft.json'), '--policy', file('policy.json'), '--format', 'json'], run)).toBe(1);
    expect(JSON.parse(run.out())).not.toHaveProperty('failedRules');
  });

  test('JSON: the other findings stay, failedRules names the rule, exit 2', async () => {
    throwing('attachment-forgotten');
    const run = io();
    expect(await main(['check', file('mail/draft.json'), '--policy', file('policy.json'), '--format', 'json'], run)).toBe(2);
    const line = JSON.parse(run.out());
    expect(line).toMatchObject({ decision: 'prompt', failedRules: ['attachment-forgotten'] });
    expect(line.findings.map((f: { rule: string }) => f.rule)).toContain('subject-vague');
  });

  test.each([
    ['zh-CN', '以下规则出错，未能完成检查（这是 Preflight 的缺陷，请报告此问题）：attachment-forgotten'],
    ['zh-TW', '以下規則發生錯誤，未能完成檢查（這是 Preflight 的程式錯誤，請回報）：attachment-forgotten'],
    ['en-US', 'These rules hit an error and did not check this file (a Preflight bug; please report it): attachment-forgotten'],
  ])('text in %s says which rule failed, above the findings', async (locale, said) => {
    throwing('attachment-forgotten');
    const run = io();
    expect(await main(['check', file('mail/draft.json'), '--policy', file('policy.json'), '--locale', locale], run)).toBe(2);
    const text = run.out();
    expect(text).toContain(said);
    expect(text.indexOf(said)).toBeLessThan(text.indexOf('subject-vague'));
  });

  test('with no other finding, the text does not say "no findings"', async () => {
    throwing('subject-vague');
    const run = io();
    expect(await main(['check', file('mail/draft.json'), '--policy', file('policy.json'), '--locale', 'en-US'], run)).toBe(2);
    expect(run.out()).toContain('did not check this file (a Preflight bug; please report it): subject-vague');
    expect(run.out()).not.toContain('no findings');
  });
});

describe('audit', () => {
  test('counts the message with the findings it has, and lists it as not checked in full', async () => {
    throwing('attachment-forgotten');
    const run = io();
    const report = file('report.html');
    expect(await main(['audit', file('mail'), '--policy', file('policy.json'), '--jobs', '1', '--format', 'json', '--report', report], run)).toBe(0);
    const summary = JSON.parse(run.out());
    expect(summary).toMatchObject({ messages: 1, unreadable: 0, decisions: { prompt: 1 }, incompleteMessages: [{ source: file('mail/sent.eml'), rules: ['attachment-forgotten'] }] });
    expect(summary.rules['subject-vague']).toEqual({ warning: 1, block: 0, info: 0 });
    expect(fs.readFileSync(report, 'utf8')).toContain('<code>attachment-forgotten</code>');
  });

  test('text lists it under its own heading; an audit where every rule ran has neither the key nor the section', async () => {
    const clean = io();
    await main(['audit', file('mail'), '--policy', file('policy.json'), '--jobs', '1', '--format', 'json', '--report', file('clean.html')], clean);
    expect(JSON.parse(clean.out())).not.toHaveProperty('incompleteMessages');
    expect(fs.readFileSync(file('clean.html'), 'utf8')).not.toContain('id="incomplete"');
    throwing('attachment-forgotten');
    const run = io();
    await main(['audit', file('mail'), '--policy', file('policy.json'), '--jobs', '1', '--locale', 'en-US'], run);
    expect(run.out()).toContain('Messages not checked in full (each is followed by the rules that failed; the others ran. This is a Preflight bug: please report it)');
    expect(run.out()).toContain(`${file('mail/sent.eml')}  attachment-forgotten`);
  });
});

test('workers’ tallies merge their incomplete messages, listed in input order', () => {
  const outcome = (seq: number, failed?: string[]) => ({ seq, source: `m${seq}.eml`, subject: '', evaluation: { decision: 'allow' as const, findings: [], ...(failed ? { failed } : {}) }, evidence: new Map(), scopes: [] });
  const [first, second] = [emptyTally(), emptyTally()];
  addMessage(first, outcome(2, ['salutation-mismatch']));
  addMessage(first, outcome(3));
  addMessage(second, outcome(0, ['x-falcon', 'deadline-missing']));
  mergeTally(first, second);
  expect(summarize(first, 'default').incomplete).toEqual([
    { source: 'm0.eml', rules: ['x-falcon', 'deadline-missing'] },
    { source: 'm2.eml', rules: ['salutation-mismatch'] },
  ]);
  expect(summarize(first, 'default').messages).toBe(3);
});
