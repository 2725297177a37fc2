/** `preflight check` with a review step: the decision is Send's (it stops), and the output names the step. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { main, type CliIo } from '../src/cli/main';

function capture(): CliIo & { out: () => string } {
  let out = '';
  return { stdout: { write: (text: string) => (out += text) }, stderr: { write: () => true }, env: {}, stdoutIsTty: false, out: () => out };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-review-'));
const policy = path.join(dir, 'policy.json');
const draft = path.join(dir, 'mass.json');
fs.writeFileSync(
  policy,
  JSON.stringify({ internalDomains: ['contoso.com'], rules: { 'mass-mail': { acknowledge: { label: { 'zh-CN': '群发已获批准', 'en-US': 'Mass mailing approved' }, reference: { 'zh-CN': '群发申请表编号', 'en-US': 'approval form number' } } } } }),
);
fs.writeFileSync(draft, JSON.stringify({ subject: '年终活动报名', body: '各位同事：请于12月10日前报名。谢谢！', from: 'hr@contoso.com', to: Array.from({ length: 25 }, (_, i) => `u${i}@contoso.com`) }));

test('JSON: the decision is block and the finding carries the step', async () => {
  const io = capture();
  expect(await main(['check', draft, '--policy', policy, '--format', 'json', '--locale', 'en-US'], io)).toBe(1);
  const line = JSON.parse(io.out()) as { decision: string; findings: Array<{ rule: string; acknowledge?: unknown }> };
  expect(line.decision).toBe('block');
  expect(line.findings.find((f) => f.rule === 'mass-mail')?.acknowledge).toEqual({ label: 'Mass mailing approved', reference: 'approval form number' });
});

test('text: the step is a line under the finding, in the language asked for', async () => {
  const io = capture();
  await main(['check', draft, '--policy', policy, '--locale', 'zh-CN'], io);
  expect(io.out()).toContain('发送前需在任务窗格中确认：群发已获批准（并填写群发申请表编号）');
});
