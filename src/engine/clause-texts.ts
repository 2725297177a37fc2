import { citeClause, type ClauseId } from './clauses';
import { LOCALE_CONVENTIONS } from './locale-conventions';
import type { Locale, LocalizedText } from './types';

/**
 * What each clause says, quoted (zh, as the documents write it) or translated (en). Kept out of
 * `evaluate`, so the on-send bundle carries only the short citations; the task pane shows these
 * when a user expands "why".
 */
export const CLAUSE_TEXTS: Readonly<Record<ClauseId, LocalizedText>> = {
  'subject': {
    'zh-CN': '主题应简洁明了，准确概括邮件内容，避免使用模糊或无意义的主题。重要邮件应在主题前标注“[重要]”等字样。',
    'zh-TW': '主題應簡潔明了，準確概括郵件內容，避免使用模糊或無意義的主題。重要郵件應在主題前標注“[重要]”等字樣。',
    'en-US': 'The subject should be brief and clear and sum up the message accurately; avoid vague or meaningless subjects. Mark important messages with "[重要]" (important) or similar at the start of the subject.',
  },
  'subject-002': {
    'zh-CN': '邮件主题应简洁明了，准确概括邮件内容，便于收件人快速了解邮件主旨。',
    'zh-TW': '郵件主題應簡潔明了，準確概括郵件內容，便於收件人快速了解郵件主旨。',
    'en-US': 'The subject should be short and clear so that recipients grasp the point of the mail at once.',
  },
  'deadline': {
    'zh-CN': '涉及重要事项或需要对方回复的，应明确提出要求和截止日期。',
    'zh-TW': '涉及重要事項或需要對方回復的，應明確提出要求和截止日期。',
    'en-US': 'Where a reply or action is needed, state the request and the deadline clearly.',
  },
  'attachments': {
    'zh-CN': '如有附件，应在正文中明确说明附件内容，并确保附件格式正确、大小适中。对于较大的附件，应考虑通过云盘等方式共享。',
    'zh-TW': '如有附件，應在正文中明確說明附件內容，並確保附件格式正確、大小適中。對於較大的附件，應考慮通過雲盤等方式共享。',
    'en-US': 'Describe any attachment in the body, and make sure it is in the right format and a reasonable size; share large files through a cloud drive.',
  },
  'attachments-002': {
    'zh-CN': '附件应确保格式正确、内容完整，且大小符合公司规定。',
    'zh-TW': '附件應確保格式正確、內容完整，且大小符合公司規定。',
    'en-US': 'Attachments must be in the right format, complete, and within the company size limit.',
  },
  'cc': {
    'zh-CN': '如需抄送他人，应说明抄送原因，避免不必要的抄送。',
    'zh-TW': '如需抄送他人，應說明抄送原因，避免不必要的抄送。',
    'en-US': 'If you copy others, say why, and avoid unnecessary CCs.',
  },
  'recipients': {
    'zh-CN': '发送邮件前应仔细核对收件人、抄送人和密送人，确保信息传递范围准确无误。',
    'zh-TW': '發送郵件前應仔細核對收件人、抄送人和密送人，確保信息傳遞範圍準確無誤。',
    'en-US': 'Check the To, CC and BCC recipients before sending, so the mail reaches exactly the right people.',
  },
  'external-etiquette': {
    'zh-CN': '商务邮件格式应遵循商务礼仪，使用正式的称呼和落款，不涉及公司机密信息的泄露。',
    'zh-TW': '商務郵件格式應遵循商務禮儀，使用正式的稱呼和落款，不涉及公司機密信息的泄露。',
    'en-US': 'Business mail to outside parties follows business etiquette, with a formal greeting and sign-off, and leaks nothing confidential.',
  },
  'etiquette': {
    'zh-CN': '在发送邮件时，应注意称呼、格式及语气，保持专业形象。',
    'zh-TW': '在發送郵件時，應注意稱呼、格式及語氣，保持專業形象。',
    'en-US': 'Mind the greeting, format and tone of every mail to keep a professional image.',
  },
  'templates': {
    'zh-CN': '对常用邮件，可使用模板提高发送效率，确保信息一致。',
    'zh-TW': '對常用郵件，可使用模板提高發送效率，確保信息一致。',
    'en-US': 'Use templates for frequent mail to save time and keep the content consistent.',
  },
  'review': {
    'zh-CN': '涉及公司重大决策、重要业务事项、敏感信息等重要消息，发送前需经部门负责人审核，必要时需经公司高层领导审批。',
    'zh-TW': '涉及公司重大決策、重要業務事項、敏感信息等重要消息，發送前需經部門負責人審核，必要時需經公司高層領導審批。',
    'en-US': 'Important messages (major company decisions, important business matters, sensitive information) are reviewed by the head of department before they are sent, and approved by senior management where needed.',
  },
  'review-002': {
    'zh-CN': '涉及公司重大商务决策或敏感信息的邮件，需经部门负责人审核后发送。',
    'zh-TW': '涉及公司重大商務決策或敏感信息的郵件，需經部門負責人審核後發送。',
    'en-US': 'Mail about major business decisions or sensitive information is sent only after the head of department has reviewed it.',
  },
  'receipt': {
    'zh-CN': '对于重要邮件，应进行回复确认。',
    'zh-TW': '對於重要郵件，應進行回復確認。',
    'en-US': 'Important mail is confirmed by reply.',
  },
  'receipt-002': {
    'zh-CN': '对于重要邮件，应在发送后及时跟进，确认收件人已收到并理解邮件内容。',
    'zh-TW': '對於重要郵件，應在發送後及時跟進，確認收件人已收到並理解郵件內容。',
    'en-US': 'Follow up important mail promptly after sending, to confirm the recipients have received and understood it.',
  },
  'mass-mail': {
    'zh-CN': '群发邮件前，需填写《群发消息申请表》，注明群发对象、内容、目的等信息，经部门负责人审核后方可群发。',
    'zh-TW': '群發郵件前，需填寫《群發消息申請表》，註明群發對象、內容、目的等信息，經部門負責人審核後方可群發。',
    'en-US': 'Before a mass mailing, fill in the mass-mail approval form (群发消息申请表) with the audience, content and purpose, and have it approved by your head of department.',
  },
  'mass-mail-004': {
    'zh-CN': '严禁使用电子邮件群发与工作无关或带有娱乐性质的邮件。',
    'zh-TW': '嚴禁使用電子郵件群發與工作無關或帶有娛樂性質的郵件。',
    'en-US': 'Mass mailings that are unrelated to work or meant for entertainment are strictly forbidden.',
  },
  'reply-all': {
    'zh-CN': '员工收到集团群发的邮件后，严禁全部答复该邮件组群，以免给其他人员的工作造成干扰。',
    'zh-TW': '員工收到集團群發的郵件後，嚴禁全部答復該郵件組群，以免給其他人員的工作造成干擾。',
    'en-US': 'Never reply all to mail sent to a group: it disrupts everyone else on the list.',
  },
  'sensitive-000': {
    'zh-CN': '涉及敏感信息的邮件，应使用加密工具发送，确保信息安全。',
    'zh-TW': '涉及敏感信息的郵件，應使用加密工具發送，確保信息安全。',
    'en-US': 'Mail containing sensitive information must be sent with an encryption tool.',
  },
  'sensitive-001': {
    'zh-CN': '对于涉及公司机密信息的消息，应采取加密、限制访问等措施，确保信息安全。',
    'zh-TW': '對於涉及公司機密信息的消息，應採取加密、限制訪問等措施，確保信息安全。',
    'en-US': 'Messages with confidential company information are encrypted or access-restricted.',
  },
  'sensitive-002': {
    'zh-CN': '对于涉及公司机密的文件和信息，应采用加密方式进行传输和存储，并严格控制访问权限。',
    'zh-TW': '對於涉及公司機密的文件和信息，應採用加密方式進行傳輸和存儲，並嚴格控制訪問權限。',
    'en-US': 'Confidential files and information are encrypted in transit and at rest, with strict access control.',
  },
  'sensitive-003': {
    'zh-CN': '应严格遵守国家保密法律法规，对涉密信息进行加密处理，确保信息安全。',
    'zh-TW': '應嚴格遵守國家保密法律法規，對涉密信息進行加密處理，確保信息安全。',
    'en-US': 'Follow the state secrecy laws: classified information is encrypted.',
  },
  'sensitive-004': {
    'zh-CN': '严禁员工利用工作之便，向内外部无关人员发送涉及岗位或公司机密的信息资料。',
    'zh-TW': '嚴禁員工利用工作之便，向內外部無關人員發送涉及崗位或公司機密的信息資料。',
    'en-US': 'Never send confidential company information to unrelated people, inside or outside.',
  },
  'virus': {
    'zh-CN': '使用企业邮箱的用户客户端必须安装正版杀毒软件，防止通过企业邮箱传播病毒。',
    'zh-TW': '使用企業郵箱的用戶客戶端必須安裝正版殺毒軟件，防止通過企業郵箱傳播病毒。',
    'en-US': 'Computers that use company email must run licensed antivirus software, so that viruses do not spread through company email.',
  },
  'shared-mailbox': {
    'zh-CN': '公共企业邮箱发送邮件时应附带发件人具体的联系信息。',
    'zh-TW': '公共企業郵箱發送郵件時應附帶發件人具體的聯繫信息。',
    'en-US': 'Mail sent from a shared company mailbox must include the sender’s own contact details.',
  },
  'non-company-address': {
    'zh-CN': '在公司内部使用非公司电子邮件地址，罚款200元。',
    'zh-TW': '在公司內部使用非公司電子郵件地址，罰款200元。',
    'en-US': 'Using an e-mail address that is not the company’s for mail within the company is fined 200 yuan.',
  },
  'sole-mailbox': {
    'zh-CN': '企业邮箱为员工工作交流时的唯一指定邮箱。',
    'zh-TW': '企業郵箱為員工工作交流時的唯一指定郵箱。',
    'en-US': 'The company mailbox is the only mailbox designated for employees’ work communication.',
  },
  'company-mail-only': {
    'zh-CN': '各级干部员工在工作交流中凡是需要使用电子邮件的，都必须使用企业邮箱来收发邮件。',
    'zh-TW': '各級幹部員工在工作交流中凡是需要使用電子郵件的，都必須使用企業郵箱來收發郵件。',
    'en-US': 'Every manager and employee who uses e-mail for work must send and receive it with the company mailbox.',
  },
};

/** A seed clause cited and quoted: `《消息发送管理办法》二(一)1：主题应……`. */
export function quoteClause(id: ClauseId, locale: Locale): string {
  return `${citeClause(id, locale)}${LOCALE_CONVENTIONS[locale].labelColon}${CLAUSE_TEXTS[id][locale]}`;
}
