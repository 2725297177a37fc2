/** Drafts and policies the CLI end-to-end suites check, each named for the findings it gives. */
import type { JsonLine } from './cli';

export const CLEAN = {
  subject: '第三季度预算审批',
  body: '李四：\n\n第三季度预算已按上周会议意见调整，财务部已审核通过。\n\n谢谢\n张三',
  from: 'zhang.san@contoso.com',
  to: ['li.si@contoso.com'],
};

/** attachment-forgotten (warning) and nothing else. */
export const FORGOTTEN_ATTACHMENT = { ...CLEAN, subject: '培训签到表', body: '王五：\n\n附件是本次培训的签到表，请查收。\n\n谢谢\n张三', to: ['wang.wu@contoso.com'] };

/** external-recipients (info) and nothing else under the default policy. */
export const EXTERNAL = { ...CLEAN, subject: '合作协议签署安排', body: 'Erika，您好：\n\n协议签署定于12月3日上午十点。\n\n谢谢！\n张三', to: ['erika@fabrikam.com'] };

/** With BLOCK_ATTACHMENT_POLICY: a block (attachment-forgotten), a warning (subject-vague) and an info (external-recipients). */
export const THREE_SEVERITIES = { ...CLEAN, subject: '你好', body: 'Erika，您好：\n\n附件是合同，请查收。\n\n谢谢！\n张三', to: ['erika@fabrikam.com'] };
export const BLOCK_ATTACHMENT_POLICY = { rules: { 'attachment-forgotten': { severity: 'block' } } };

export function decisionOf(line: JsonLine | undefined): string | undefined {
  return line && 'decision' in line ? line.decision : undefined;
}

export function errorOf(line: JsonLine | undefined): string | undefined {
  return line && 'error' in line ? line.error : undefined;
}
