import { createDraft, evaluate, DEFAULT_POLICY } from '../src/engine';
import type { BenchSuite } from './index';
import { measure, report } from './measure';

const PARAGRAPH_ZH = '各位同事：第三季度市场预算表见附件，请于11月30日前确认。如有问题请联系张三，电话 010-5555-0123。\n';
const PARAGRAPH_EN = 'Hi team, please find the quarterly numbers attached and let me know by Friday if anything looks off.\n';

function bodyOfSize(bytes: number): string {
  const unit = PARAGRAPH_ZH + PARAGRAPH_EN + '> quoted line from an earlier reply in the thread\n';
  return unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit))).slice(0, bytes);
}

function draftWithBody(body: string) {
  return createDraft({
    subject: 'RE: 第三季度预算 [重要]',
    body,
    from: 'zhang.san@contoso.com',
    to: ['li.si@contoso.com', 'erika@fabrikam.com', { address: 'sales@contoso.com', type: 'distributionList' }],
    cc: ['wang.wu@contoso.com', 'li.si@contoso.com'],
    attachments: [{ name: 'budget.xlsx', size: 48213, inline: false }],
    composeType: 'reply',
  });
}

export const engineSuite: BenchSuite = {
  name: 'engine',
  run() {
    for (const size of [10_000, 100_000, 1_000_000]) {
      const draft = draftWithBody(bodyOfSize(size));
      const ms = measure(() => evaluate(draft, DEFAULT_POLICY));
      report(`evaluate, ${size.toLocaleString('en-US')}-byte body, all rules`, ms, `${(size / 1e6 / (ms / 1000)).toFixed(1)} MB/s`);
    }
  },
};
