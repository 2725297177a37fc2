/** The enterprise preset: seed 004 (corporate mailbox rules), 001 (message sending) and 002 (electronic communication). */
import type { LocalizedText } from '../../../engine';
import type { Preset } from '../preset';
import { DEPARTMENT_HEAD_REVIEW, MASS_MAIL_APPROVAL } from '../review-steps';
import { citeClauses } from '../seed-clauses';

const ENCRYPTION_NOTE: LocalizedText = {
  'zh-CN': '：要求加密。若贵公司使用 Microsoft Purview 敏感度标签，改为 {"method": "sensitivityLabel", "label": "机密"}。',
  'zh-TW': '：要求加密。若貴公司使用 Microsoft Purview 敏感度標籤，改為 {"method": "sensitivityLabel", "label": "機密"}。',
  'en-US': ': encryption is required. If you use Microsoft Purview sensitivity labels, use {"method": "sensitivityLabel", "label": "Confidential"}.',
};

export const ENTERPRISE: Preset = {
  name: 'enterprise',
  documents: ['004', '001', '002'],
  about: {
    'zh-CN': 'Preflight 企业预设：依据《企业邮箱管理制度》（004）、《消息发送管理办法》（001）和《电子沟通管理办法》（002）。每条规则的 $comment 说明它对应哪些条款；clauses 引用条款原文。',
    'zh-TW': 'Preflight 企業預設：依據《企業郵箱管理制度》（004）、《消息發送管理辦法》（001）和《電子溝通管理辦法》（002）。每條規則的 $comment 說明它對應哪些條款；clauses 引用條款原文。',
    'en-US': "Preflight enterprise preset, after the Corporate mailbox rules (004), the Message sending rules (001) and the Electronic communication rules (002). Each rule's $comment names the clauses it encodes; clauses quotes them.",
  },
  rules: {
    'reply-all-group': {
      settings: { severity: 'block' },
      why: {
        'zh-CN': '制度“严禁”全部答复集团群发邮件，因此阻止发送（需先在 groupAddresses 中列出邮件组）。',
        'zh-TW': '制度「嚴禁」全部回覆集團群發郵件，因此阻擋傳送（需先在 groupAddresses 中列出郵件群組）。',
        'en-US': 'The rules forbid replying all to group mail outright, so it blocks (list the groups in groupAddresses first).',
      },
    },
    'attachment-blocked-type': {
      settings: { severity: 'block' },
      why: {
        'zh-CN': '企业邮箱不得传播病毒：程序和脚本附件阻止发送。',
        'zh-TW': '企業郵箱不得傳播病毒：程式和指令碼附件阻擋傳送。',
        'en-US': 'Company mail must not spread viruses: program and script attachments block.',
      },
    },
    'important-tag': {
      settings: { severity: 'warning', acknowledge: DEPARTMENT_HEAD_REVIEW, askReceipt: true },
      why: {
        'zh-CN': '重要邮件须在主题开头标注“[重要]”，发送前经部门负责人审核，发送后跟进确认对方已收到：标注了“[重要]”的邮件需在任务窗格中确认已审核后才能发送，并可插入一句“收到请回复确认”。',
        'zh-TW': '重要郵件須在主旨開頭標註「[重要]」，傳送前經部門主管審核，傳送後跟進確認對方已收到：標註了「[重要]」的郵件需在工作窗格中確認已審核後才能傳送，並可插入一句「收到後請回覆確認」。',
        'en-US': 'Important mail starts its subject with [重要], is reviewed by the department head before it goes, and is followed up to confirm receipt: a [重要] message sends once that review is confirmed in the task pane, and the pane offers a line asking recipients to confirm receipt.',
      },
    },
    'sensitive-content': {
      settings: { severity: 'warning', blockMarkingsToExternal: true, acknowledge: DEPARTMENT_HEAD_REVIEW },
      why: {
        'zh-CN': '机密信息须加密或限制访问，涉及敏感信息的邮件发送前需经部门负责人审核：在任务窗格中确认已审核后才能发送；带密级标识的邮件发往外部时阻止，确认也不能放行。',
        'zh-TW': '機密資訊須加密或限制存取，涉及敏感資訊的郵件傳送前需經部門主管審核：在工作窗格中確認已審核後才能傳送；帶機密等級標示的郵件寄往外部時阻擋，確認也不能放行。',
        'en-US': 'Confidential information is encrypted or access-restricted, and mail with sensitive information is reviewed by the department head first: it sends once that review is confirmed in the task pane; a classification marking towards an external recipient blocks, confirmed or not.',
      },
    },
    'mass-mail': {
      settings: { severity: 'warning', minRecipients: 20, acknowledge: MASS_MAIL_APPROVAL },
      why: {
        'zh-CN': '群发须先填写《群发消息申请表》并经部门负责人审核：发给 20 个以上收件人或邮件组时，需在任务窗格中确认申请表已获审核并填写编号后才能发送。',
        'zh-TW': '群發須先填寫《群發消息申請表》並經部門主管審核：寄給 20 個以上收件者或郵件群組時，需在工作窗格中確認申請表已獲審核並填寫編號後才能傳送。',
        'en-US': 'A mass mailing needs an approved mass-mail request form first: mail to 20 or more recipients or to a group sends once the approval is confirmed in the task pane with the form number.',
      },
    },
    'cc-excessive': {
      settings: { severity: 'warning', maxCc: 5 },
      why: {
        'zh-CN': '避免不必要的抄送：抄送超过 5 人时提示。',
        'zh-TW': '避免不必要的副本：副本超過 5 人時提示。',
        'en-US': 'Avoid unnecessary copies: more than 5 CC recipients prompt.',
      },
    },
  },
  keys: (locale) => ({
    importantTag: '[重要]',
    encryption: {
      $comment: `${citeClauses(['sensitive-001', 'sensitive-002'], locale)}${ENCRYPTION_NOTE[locale]}`,
      method: 'instruction',
      text: {
        'zh-CN': '涉及公司机密的邮件请加密发送（Outlook 的“加密”选项或公司加密工具），或删除机密信息。',
        'zh-TW': '涉及公司機密的郵件請加密傳送（Outlook 的「加密」選項或公司加密工具），或刪除機密資訊。',
        'en-US': "Send mail with confidential company information encrypted (Outlook's Encrypt option or the company's tool), or remove the information.",
      },
    },
  }),
};
