// What the fixture mailbox holds: Li Wei's Inbox, Sent Items and an empty Deleted Items, in a
// Chinese-language Outlook. Each message is written to exercise one Preflight rule, or none;
// `exercises` says which, with contoso.com internal and fabrikam.com and gmail.com external.
'use strict';

const person = (name, address) => ({ name, address });
const LI_WEI = person('李伟', 'li.wei@contoso.com');
const WANG_FANG = person('王芳', 'wang.fang@contoso.com');
const CHEN_JIE = person('陈杰', 'chen.jie@contoso.com');
const ZHAO_LEI = person('赵磊', 'zhao.lei@contoso.com');
const FINANCE = person('财务部', 'finance@contoso.com');
const LIN_YATING = person('林雅婷', 'lin.yating@contoso.com');
const ZHANG_MIN = person('张敏', 'zhang.min@fabrikam.com');
const DAVID = person('David Miller', 'david.miller@fabrikam.com');
const SALES = person('Fabrikam 销售部', 'sales@fabrikam.com');
const JOHN = person('John Smith', 'john.smith@gmail.com');

const letter = (...lines) => lines.join('\r\n');

/** A deterministic CSV of budget lines, large enough (over 8,176 bytes) to need an XBLOCK. */
function budgetCsv() {
  const items = ['差旅费', '办公用品', '培训费', '软件许可', '会议费', '通讯费'];
  const lines = ['部门,项目,七月,八月,九月,合计'];
  for (let i = 0; i < 240; i++) {
    const months = [1, 2, 3].map((m) => 1000 + ((i * 37 + m * 113) % 9000));
    lines.push(`第${(i % 12) + 1}组,${items[i % items.length]},${months.join(',')},${months[0] + months[1] + months[2]}`);
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8');
}

/** A policy text long enough (over 3,580 bytes in UTF-16) that PR_BODY lives in a subnode. */
function longPolicyBody() {
  const clauses = [];
  for (let i = 1; i <= 40; i++) clauses.push(`第${i}条 各部门应按照公司信息安全制度处理本部门的业务邮件，发送前核对收件人和抄送人，涉及客户资料的邮件须经部门负责人确认。`);
  return letter('各位同事：', '', '《邮件使用管理办法》修订稿的主要条款如下，请在2026年7月15日（周三）前反馈意见。', '', ...clauses, '', '谢谢！', '', '李伟', '信息技术部');
}

const sentItems = [
  {
    exercises: 'sensitive-content (and external-recipients info): a PRC ID number to an external recipient',
    topic: '客户资料核对', from: LI_WEI, to: [ZHANG_MIN], sent: '2026-06-22T02:15:00Z',
    body: letter('张敏您好：', '', '请核对贵司联系人的身份证号 11010519491231002X 是否正确，并于2026年6月26日（周五）前回复。', '', '此致', '敬礼', '', '李伟'),
  },
  {
    exercises: 'subject-vague: 你好',
    topic: '你好', from: LI_WEI, to: [WANG_FANG], sent: '2026-06-22T03:40:00Z',
    body: letter('王芳：', '', '明天的部门例会改到下午三点，地点不变，请在今天下班前回复是否参加。', '', '谢谢！', '李伟'),
  },
  {
    exercises: 'subject-missing: empty subject',
    topic: '', from: LI_WEI, to: [CHEN_JIE], sent: '2026-06-23T01:05:00Z',
    body: letter('陈杰：', '', '请在2026年6月24日（周三）中午前把上周的项目周报发我一份。', '', '谢谢！', '李伟'),
  },
  {
    exercises: 'attachment-forgotten: 见附件 and no attachment',
    topic: '第三季度预算', from: LI_WEI, to: [ZHAO_LEI], cc: [FINANCE], sent: '2026-06-23T06:30:00Z',
    body: letter('赵磊：', '', '第三季度预算表见附件，请在2026年7月8日（周三）前确认。', '', '谢谢！', '李伟'),
  },
  {
    exercises: 'none: clean internal mail with a dated deadline',
    topic: '项目周报提交安排', from: LI_WEI, to: [WANG_FANG], cc: [CHEN_JIE], sent: '2026-06-24T01:00:00Z',
    body: letter('王芳、陈杰：', '', '请两位在2026年6月30日（周二）下班前提交本月的项目周报，我汇总后报部门负责人。', '', '谢谢！', '', '李伟', '信息技术部'),
  },
  {
    exercises: 'none: Traditional Chinese, internal',
    topic: '會議紀錄與後續事項', from: LI_WEI, to: [LIN_YATING], sent: '2026-06-24T08:20:00Z',
    body: letter('雅婷您好：', '', '以下是上週會議紀錄重點：一、系統升級延至七月；二、教育訓練改為線上進行。請於2026年7月1日（週三）前回覆意見。', '', '謝謝！', '李偉'),
  },
  {
    exercises: 'external-recipients info only: English, to fabrikam.com',
    topic: 'Meeting notes from Tuesday', from: LI_WEI, to: [DAVID], sent: '2026-06-25T09:10:00Z',
    body: letter('Hi David,', '', 'Thanks for your time on Tuesday. We agreed to move the pilot to July and to review the results on July 15, 2026.', '', 'Best regards,', 'Li Wei'),
  },
  {
    exercises: 'none: the attachment the body mentions is there (an XBLOCK in a subnode)',
    topic: '2026年第三季度预算表', from: LI_WEI, to: [ZHAO_LEI], sent: '2026-06-26T02:00:00Z',
    body: letter('赵磊：', '', '第三季度预算表见附件，请在2026年7月8日（周三）前审阅。', '', '谢谢！', '李伟'),
    attachments: [{ name: '2026年第三季度预算.csv', shortName: '2026Q3~1.CSV', mimeType: 'text/csv', content: budgetCsv() }],
  },
  {
    exercises: 'external-recipients info only: a reply (RE: prefix stored as Outlook does) quoting the mail it answers',
    prefix: 'RE: ', topic: '供应商报价', from: LI_WEI, to: [SALES], sent: '2026-06-29T03:00:00Z',
    body: letter('您好：', '', '报价已收到，我们接受这一版本，合同请在2026年7月3日（周五）前发来。', '', '谢谢！', '李伟', '', '-----原始邮件-----', '发件人: Fabrikam 销售部 <sales@fabrikam.com>', '主题: 供应商报价', '', '新版报价如下：单价下调百分之五，交货期不变。'),
  },
  {
    exercises: 'none: a long body (PR_BODY in a subnode)',
    topic: '《邮件使用管理办法》修订稿征求意见', from: LI_WEI, to: [WANG_FANG, CHEN_JIE, ZHAO_LEI], sent: '2026-06-30T01:30:00Z',
    body: longPolicyBody(),
  },
  {
    exercises: 'external-recipients info only: English to gmail.com, with a Bcc recipient',
    topic: 'Conference registration', from: LI_WEI, to: [JOHN], bcc: [LI_WEI], sent: '2026-07-01T10:00:00Z',
    body: letter('Hi John,', '', 'Your registration for the September conference is confirmed. Please book your hotel by August 14, 2026.', '', 'Best regards,', 'Li Wei'),
  },
];

const inbox = [
  {
    exercises: 'inbound: from an external sender',
    topic: '合同草案更新', from: ZHANG_MIN, to: [LI_WEI], sent: '2026-06-22T07:45:00Z',
    body: letter('李经理您好：', '', '合同草案已按上次会议意见更新，请在2026年6月29日（周一）前确认。', '', '此致', '敬礼', '', '张敏', 'Fabrikam'),
  },
  {
    exercises: 'inbound: English reply from an external sender',
    prefix: 'RE: ', topic: 'Meeting notes from Tuesday', from: DAVID, to: [LI_WEI], cc: [WANG_FANG], sent: '2026-06-25T15:30:00Z',
    body: letter('Hi Li Wei,', '', 'Thanks, the notes look right to me. See you on July 15.', '', 'David', '', '-----Original Message-----', 'From: 李伟 <li.wei@contoso.com>', 'Subject: Meeting notes from Tuesday'),
  },
];

/** Delivery a minute after sending; a fixed Message-ID per message. */
function complete(messages, folder) {
  return messages.map((message, i) => ({
    ...message,
    received: new Date(Date.parse(message.sent) + 60000).toISOString(),
    messageId: `<${folder}.${i + 1}.20260622@contoso.com>`,
  }));
}

module.exports = {
  storeName: 'Preflight 审计样例',
  storeUid: '5072656666c169676874a0b1c2d3e4f5',
  ipmSubtreeName: 'Top of Outlook data file',
  folders: [
    { name: '收件箱', messages: complete(inbox, 'inbox') },
    { name: '已发送邮件', messages: complete(sentItems, 'sent') },
    { name: '已删除邮件', special: 'wastebasket', messages: [] },
  ],
};
