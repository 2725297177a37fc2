import { MASS_MAIL_APPROVAL } from '../cli/policy/review-steps';
import type { LocalizedText } from '../engine';
import type { EmailAddressDetailsLike } from '../office/mailbox';
import { newHiresWorkbook } from './example-files';
import type { SimulatedMessage } from './simulated-mailbox';

/** A policy an example needs to show what it is about; the playground serves it as the add-in's policy.json. */
export interface ExamplePolicy {
  /** The file name the policy panel shows. */
  readonly name: string;
  readonly policy: Readonly<Record<string, unknown>>;
}

/** A draft to load from the playground's Examples menu, and what it shows off. */
export interface Example {
  readonly id: string;
  readonly title: LocalizedText;
  readonly message: Partial<SimulatedMessage>;
  /** Present when the default policy cannot show the example (a review step is the organisation's own). */
  readonly policy?: ExamplePolicy;
}

const MB = 1024 * 1024;

const user = (emailAddress: string, displayName: string): EmailAddressDetailsLike => ({ emailAddress, displayName, recipientType: 'user' });
const external = (emailAddress: string, displayName: string): EmailAddressDetailsLike => ({ emailAddress, displayName, recipientType: 'externalUser' });
const group = (emailAddress: string, displayName: string): EmailAddressDetailsLike => ({ emailAddress, displayName, recipientType: 'distributionList' });

const LI_SI = user('li.si@contoso.com', '李四');
/** The workbook the attachment-contents example carries, base64. */
const NEW_HIRES = newHiresWorkbook();
const BUDGET = { id: 'att-budget', name: '第三季度市场预算.xlsx', size: 48213, isInline: false };
const SIGNED = '\n\n谢谢！\n张三';

const COLLEAGUES = [
  user('wang.wu@contoso.com', '王五'),
  user('zhao.liu@contoso.com', '赵六'),
  user('sun.qi@contoso.com', '孙七'),
  user('zhou.ba@contoso.com', '周八'),
  user('wu.jiu@contoso.com', '吴九'),
  user('zheng.shi@contoso.com', '郑十'),
  user('chen.yi@contoso.com', '陈一'),
  user('lin.er@contoso.com', '林二'),
];

/** Twenty-five colleagues in To: `mass-mail` counts twenty addresses or more as a mass mailing. */
const DEPARTMENT = [
  LI_SI,
  ...COLLEAGUES,
  ...([
    ['he.xin', '何欣'],
    ['luo.jie', '罗杰'],
    ['gao.yan', '高燕'],
    ['liang.bo', '梁波'],
    ['song.wen', '宋文'],
    ['tang.ning', '唐宁'],
    ['han.mei', '韩梅'],
    ['feng.tao', '冯涛'],
    ['deng.hui', '邓辉'],
    ['cao.lei', '曹磊'],
    ['peng.li', '彭丽'],
    ['zeng.fan', '曾凡'],
    ['xiao.yu', '肖雨'],
    ['tian.jing', '田静'],
    ['dong.ping', '董平'],
    ['pan.xue', '潘雪'],
  ] as const).map(([local, name]) => user(`${local}@contoso.com`, name)),
];

/**
 * A policy with one review step (RULES.md «Review steps»): the enterprise preset's, mass mail goes
 * once its 《群发消息申请表》 is approved (seed 001 三(三)), and the form number goes into X-Preflight.
 */
const REVIEW_STEPS_POLICY: ExamplePolicy = {
  name: 'review-steps.json',
  policy: {
    version: 'playground-review-steps',
    internalDomains: ['contoso.com'],
    rules: { 'mass-mail': { acknowledge: MASS_MAIL_APPROVAL } },
  },
};

/**
 * A policy that forbids a competitor's domain with the admin's own message (RULES.md
 * `restrictedRecipients`; seed 004 第四篇 四.13).
 */
const RESTRICTED_POLICY: ExamplePolicy = {
  name: 'restricted-recipients.json',
  policy: {
    version: 'playground-restricted-recipients',
    internalDomains: ['contoso.com'],
    restrictedRecipients: [
      {
        match: '*@fabrikam-rival.com',
        message: {
          'zh-CN': '该地址属于竞争对手：公司规定不得通过邮件向竞争对手的员工发送业务资料。',
          'zh-TW': '此地址屬於競爭對手：公司規定不得以郵件將業務資料傳送給競爭對手的員工。',
          'en-US': 'This address belongs to a competitor: company rules forbid emailing business material to its staff.',
        },
      },
    ],
  },
};

/** A custom rule (RULES.md «Custom rules», docs/custom-rules.md example 1): the project code name never goes outside. */
const CODE_NAME_POLICY: ExamplePolicy = {
  name: 'custom-rules.json',
  policy: {
    version: 'playground-custom-rules',
    internalDomains: ['contoso.com'],
    customRules: [
      {
        id: 'x-project-falcon',
        severity: 'block',
        in: ['subject', 'body', 'attachmentNames'],
        keywords: ['猎鹰计划', '獵鷹計畫', 'Project Falcon'],
        message: {
          'zh-CN': '邮件涉及“猎鹰计划”：项目资料不得发给项目组以外的人员。',
          'zh-TW': '郵件涉及「獵鷹計畫」：專案資料不得傳送給專案小組以外的人員。',
          'en-US': 'This message mentions Project Falcon: project material must not be shared outside the project team.',
        },
        clause: { 'zh-CN': '《猎鹰计划保密协议》第2条', 'zh-TW': '《獵鷹計畫保密協議》第2條', 'en-US': 'Project Falcon NDA, art. 2' },
      },
    ],
  },
};

export const EXAMPLES: readonly Example[] = [
  {
    id: 'clean',
    title: { 'zh-CN': '合规的内部邮件', 'zh-TW': '合規的內部郵件', 'en-US': 'Clean internal mail' },
    message: {
      subject: '第三季度市场预算审批',
      body: `李经理：\n\n第三季度市场预算表见附件，请于11月30日前确认。${SIGNED}`,
      to: [LI_SI],
      attachments: [BUDGET],
    },
  },
  {
    id: 'vague-subject',
    title: { 'zh-CN': '主题不明确', 'zh-TW': '主旨不明確', 'en-US': 'Vague subject' },
    message: {
      subject: '你好',
      body: `李经理：\n\n下周一上午十点在三楼会议室讨论新版官网的改版方案，请准时参加。${SIGNED}`,
      to: [LI_SI],
    },
  },
  {
    id: 'missing-important-tag',
    title: { 'zh-CN': '缺少 [重要] 标记', 'zh-TW': '缺少 [重要] 標記', 'en-US': 'Missing [重要] tag' },
    message: {
      subject: '紧急：本周六机房停电检修',
      body: `各位同事：\n\n本周六（11月29日）8:00–18:00 机房停电检修，期间内网系统暂停服务，请提前保存工作。${SIGNED}`,
      to: [LI_SI],
    },
  },
  {
    id: 'large-attachment',
    title: { 'zh-CN': '附件过大（15 MB）', 'zh-TW': '附件過大（15 MB）', 'en-US': 'Large attachment (15 MB)' },
    message: {
      subject: '产品发布会现场录像',
      body: `李经理：\n\n发布会的现场录像已整理好，供宣传部剪辑使用。${SIGNED}`,
      to: [LI_SI],
      attachments: [{ id: 'att-video', name: '发布会录像.mp4', size: 15 * MB, isInline: false }],
    },
  },
  {
    id: 'forgotten-attachment',
    title: { 'zh-CN': '忘了附件', 'zh-TW': '忘了附件', 'en-US': 'Forgotten attachment' },
    message: {
      subject: '供应商合同草稿审阅',
      body: `李经理：\n\n合同草稿请查收附件，请于本周五前回复修改意见。${SIGNED}`,
      to: [LI_SI],
    },
  },
  {
    id: 'excessive-cc',
    title: { 'zh-CN': '抄送过多（8 人）', 'zh-TW': '副本過多（8 人）', 'en-US': 'Too many in CC (8 people)' },
    message: {
      subject: '年度团建活动安排',
      body: `李经理：\n\n年度团建定于12月6日在西山举行，具体行程请见下文。${SIGNED}`,
      to: [LI_SI],
      cc: COLLEAGUES,
    },
  },
  {
    id: 'reply-all-group',
    title: { 'zh-CN': '全部答复群组', 'zh-TW': '全部回覆群組', 'en-US': 'Reply-all to a group' },
    message: {
      subject: 'RE: 第三季度市场预算审批',
      body: `收到，谢谢。\n\n-----Original Message-----\n发件人: 李四\n主题: 第三季度市场预算审批\n\n各位好，预算已审批通过。`,
      to: [LI_SI],
      cc: [group('all-staff@contoso.com', '全体员工')],
      composeType: 'reply',
      conversationId: 'conversation-budget',
    },
  },
  {
    // The author kept the subject the reply inherited: Preflight records it when the window opens
    // and mentions its vagueness in the pane only (RULES.md «Text handling»).
    id: 'reply-inherited-subject',
    title: { 'zh-CN': '答复沿用原主题', 'zh-TW': '回覆沿用原主旨', 'en-US': 'Reply keeping its inherited subject' },
    message: {
      subject: 'RE: 你好',
      body: `李经理：\n\n收到，周三上午十点我会准时到三楼会议室参加方案讨论。${SIGNED}\n\n-----Original Message-----\n发件人: 李四\n主题: 你好\n\n张三你好，周三上午十点在三楼会议室讨论新版官网的改版方案，请参加。`,
      to: [LI_SI],
      composeType: 'reply',
      conversationId: 'conversation-website',
    },
  },
  {
    id: 'id-number',
    title: { 'zh-CN': '正文含身份证号', 'zh-TW': '內文含身分證號碼', 'en-US': 'ID number in the body' },
    message: {
      subject: '新员工入职信息登记',
      body: `李经理：\n\n新同事王小明的身份证号是 110105199003071239，请于明天下班前办理入职手续。${SIGNED}`,
      to: [LI_SI],
    },
  },
  {
    id: 'id-numbers-in-attachment',
    title: { 'zh-CN': '附件里的身份证号', 'zh-TW': '附件裡的身分證號碼', 'en-US': 'ID numbers inside an attachment' },
    message: {
      subject: '12月新员工名单',
      body: `李经理：\n\n12月新员工名单见附件，请于12月5日前安排入职培训。${SIGNED}`,
      to: [LI_SI],
      // A real workbook (example-files.ts): the pane reads its cells, and Send uses what the pane cached.
      attachments: [{ id: 'att-new-hires', name: '新员工名单.xlsx', ...NEW_HIRES, isInline: false, attachmentType: 'file' }],
    },
  },
  {
    id: 'classified-external',
    title: { 'zh-CN': '机密内容发给外部', 'zh-TW': '機密內容傳送給外部', 'en-US': 'Classified mail to an external address' },
    message: {
      subject: '【机密】新产品定价方案',
      body: `Erika 您好：\n\n附件是新产品的定价方案，请于12月1日前反馈意见。${SIGNED}`,
      to: [external('erika@fabrikam.com', 'Erika Mustermann')],
      attachments: [{ id: 'att-pricing', name: '定价方案.pptx', size: 820_000, isInline: false }],
    },
  },
  {
    id: 'wrong-greeting',
    title: { 'zh-CN': '称呼与收件人不符', 'zh-TW': '稱呼與收件者不符', 'en-US': 'The greeting names someone else' },
    message: {
      subject: '合同第五条修改意见',
      body: `王经理：\n\n合同第五条的修改意见已整理好，请于本周五前确认。${SIGNED}`,
      to: [LI_SI],
    },
  },
  {
    id: 'mass-mail-review',
    title: { 'zh-CN': '群发需审批（25 人）', 'zh-TW': '群發需核准（25 人）', 'en-US': 'Mass mail needing approval (25 people)' },
    message: {
      subject: '关于2026年元旦假期值班安排的通知',
      body: `各位同事：\n\n2026年元旦假期为1月1日至1月3日，请各部门于12月26日前报送值班人员名单。${SIGNED}`,
      to: DEPARTMENT,
    },
    policy: REVIEW_STEPS_POLICY,
  },
  {
    id: 'competitor-recipient',
    title: { 'zh-CN': '抄送竞争对手', 'zh-TW': '副本含競爭對手', 'en-US': 'A competitor in CC' },
    message: {
      subject: '第三季度市场预算审批',
      body: `李经理：\n\n第三季度市场预算表见附件，请于11月30日前确认。${SIGNED}`,
      to: [LI_SI],
      cc: [external('bob@fabrikam-rival.com', 'Bob Li')],
      attachments: [BUDGET],
    },
    policy: RESTRICTED_POLICY,
  },
  {
    id: 'project-code-name',
    title: { 'zh-CN': '项目代号发给外部', 'zh-TW': '專案代號傳送給外部', 'en-US': 'A project code name sent outside' },
    message: {
      subject: '猎鹰计划：第二阶段测试安排',
      body: `Erika 您好：\n\n第二阶段测试定于12月8日开始，测试用例清单请见附件。${SIGNED}`,
      to: [external('erika@fabrikam.com', 'Erika Mustermann')],
      attachments: [{ id: 'att-cases', name: '测试用例清单.xlsx', size: 36_150, isInline: false }],
    },
    policy: CODE_NAME_POLICY,
  },
];

/** The text the playground serves for an example's policy. */
export function examplePolicyText(policy: ExamplePolicy): string {
  return `${JSON.stringify(policy.policy, null, 2)}\n`;
}

export function exampleById(id: string): Example | undefined {
  return EXAMPLES.find((example) => example.id === id);
}
