import { translator, type LocalizedText, type Locale, type RuleId } from '../engine';
import { templateParts, type Part } from './bidi';

/** Every text the task pane shows, in the three languages. */
export const UI = {
  title: { 'zh-CN': 'Preflight 发送前检查', 'zh-TW': 'Preflight 傳送前檢查', 'en-US': 'Preflight' },
  refresh: { 'zh-CN': '重新检查', 'zh-TW': '重新檢查', 'en-US': 'Check again' },
  checking: { 'zh-CN': '正在检查…', 'zh-TW': '正在檢查…', 'en-US': 'Checking…' },
  checkFailed: { 'zh-CN': '检查未能完成：{{reason}}', 'zh-TW': '檢查未能完成：{{reason}}', 'en-US': 'The check could not finish: {{reason}}' },
  readyTitle: { 'zh-CN': '可以发送', 'zh-TW': '可以傳送', 'en-US': 'Ready to send' },
  readyBody: { 'zh-CN': '没有需要修正的问题。', 'zh-TW': '沒有需要修正的問題。', 'en-US': 'Nothing needs fixing.' },
  groupBlock: { 'zh-CN': '必须修正（{{count}}）', 'zh-TW': '必須修正（{{count}}）', 'en-US': 'Must fix ({{count}})' },
  groupWarning: { 'zh-CN': '建议修正（{{count}}）', 'zh-TW': '建議修正（{{count}}）', 'en-US': 'Should fix ({{count}})' },
  groupInfo: { 'zh-CN': '提示（{{count}}）', 'zh-TW': '提示（{{count}}）', 'en-US': 'For your information ({{count}})' },
  showClause: { 'zh-CN': '依据：{{clause}}', 'zh-TW': '依據：{{clause}}', 'en-US': 'Based on {{clause}}' },
  clauseRegion: { 'zh-CN': '规定原文', 'zh-TW': '規定原文', 'en-US': 'The rule it comes from' },
  acknowledge: { 'zh-CN': '知道了', 'zh-TW': '知道了', 'en-US': 'Got it' },
  acknowledged: { 'zh-CN': '已确认，发送时不再提示', 'zh-TW': '已確認，傳送時不再提示', 'en-US': 'Acknowledged: Send won’t ask about this again' },
  fixFailed: { 'zh-CN': '未能修正：{{reason}}', 'zh-TW': '未能修正：{{reason}}', 'en-US': 'Could not fix: {{reason}}' },
  instruction: { 'zh-CN': '请按以下方式处理：', 'zh-TW': '請依下列方式處理：', 'en-US': 'What to do: ' },
  tabFindings: { 'zh-CN': '检查结果', 'zh-TW': '檢查結果', 'en-US': 'Findings' },
  tabTemplates: { 'zh-CN': '邮件模板', 'zh-TW': '郵件範本', 'en-US': 'Templates' },
  noTemplates: { 'zh-CN': '管理员尚未提供模板。', 'zh-TW': '管理員尚未提供範本。', 'en-US': 'Your administrator has not provided any templates.' },
  insertTemplate: { 'zh-CN': '插入', 'zh-TW': '插入', 'en-US': 'Insert' },
  templateInserted: { 'zh-CN': '已插入模板“{{name}}”。', 'zh-TW': '已插入範本「{{name}}」。', 'en-US': 'Inserted the template "{{name}}".' },
  templateSubjectKept: { 'zh-CN': '已插入正文；主题已有内容，未更改。', 'zh-TW': '已插入內文；主旨已有內容，未更改。', 'en-US': 'Inserted the body; the subject already had text, so it was left as it was.' },
  language: { 'zh-CN': '语言', 'zh-TW': '語言', 'en-US': 'Language' },
  policyFallback: {
    'zh-CN': '未能使用本单位的规则文件，暂按{{source}}检查。请联系 IT 管理员。',
    'zh-TW': '無法使用本單位的規則檔案，暫時依{{source}}檢查。請聯絡 IT 管理員。',
    'en-US': "Your organization's policy file could not be used, so Preflight is checking with {{source}} for now. Please tell your IT administrator.",
  },
  policySourceCache: { 'zh-CN': '上次的有效规则', 'zh-TW': '上次的有效規則', 'en-US': 'the last valid policy' },
  policySourceDefault: { 'zh-CN': '内置默认规则', 'zh-TW': '內建預設規則', 'en-US': 'the built-in defaults' },
  policyDetails: { 'zh-CN': '详细错误（供管理员参考）', 'zh-TW': '詳細錯誤（供管理員參考）', 'en-US': 'Details for the administrator' },
  unreadUnsupported: {
    'zh-CN': '此版本的 Outlook 不提供{{parts}}，与之相关的检查已跳过。',
    'zh-TW': '此版本的 Outlook 不提供{{parts}}，相關的檢查已略過。',
    'en-US': 'This version of Outlook does not provide the {{parts}}, so the checks that need them were skipped.',
  },
  unreadFailed: {
    'zh-CN': '未能读取{{parts}}，与之相关的检查已跳过。请稍后点击“重新检查”。',
    'zh-TW': '無法讀取{{parts}}，相關的檢查已略過。請稍後按一下「重新檢查」。',
    'en-US': 'Could not read the {{parts}}, so the checks that need them were skipped. Choose “Check again” in a moment.',
  },
  partSubject: { 'zh-CN': '主题', 'zh-TW': '主旨', 'en-US': 'subject' },
  partBody: { 'zh-CN': '正文', 'zh-TW': '內文', 'en-US': 'message body' },
  partFrom: { 'zh-CN': '发件人', 'zh-TW': '寄件者', 'en-US': 'sender' },
  partTo: { 'zh-CN': '收件人', 'zh-TW': '收件者', 'en-US': 'To recipients' },
  partCc: { 'zh-CN': '抄送人', 'zh-TW': '副本收件者', 'en-US': 'CC recipients' },
  partBcc: { 'zh-CN': '密送人', 'zh-TW': '密件副本收件者', 'en-US': 'BCC recipients' },
  partAttachments: { 'zh-CN': '附件列表', 'zh-TW': '附件清單', 'en-US': 'attachment list' },
  partSensitivityLabel: { 'zh-CN': '敏感度标签', 'zh-TW': '敏感度標籤', 'en-US': 'sensitivity label' },
  bidiControl: { 'zh-CN': '隐藏的文字方向控制符', 'zh-TW': '隱藏的文字方向控制字元', 'en-US': 'Hidden text-direction control' },
  findingsRegion: { 'zh-CN': '检查结果列表', 'zh-TW': '檢查結果清單', 'en-US': 'List of findings' },
} as const satisfies Record<string, LocalizedText>;

export type UiKey = keyof typeof UI;

export const t = translator(UI);

/** `t`, as our words and the values put into them, for rendering each value isolated. */
export function tParts(key: UiKey, locale: Locale, data?: Readonly<Record<string, string | number>>): Part[] {
  return templateParts(UI[key][locale], data);
}

/** Short titles for the findings list, one per rule. */
export const RULE_TITLES: Readonly<Record<RuleId, LocalizedText>> = {
  'subject-missing': { 'zh-CN': '缺少主题', 'zh-TW': '缺少主旨', 'en-US': 'No subject' },
  'subject-vague': { 'zh-CN': '主题不明确', 'zh-TW': '主旨不明確', 'en-US': 'Vague subject' },
  'subject-too-long': { 'zh-CN': '主题过长', 'zh-TW': '主旨過長', 'en-US': 'Long subject' },
  'important-tag': { 'zh-CN': '重要标记', 'zh-TW': '重要標記', 'en-US': 'Importance tag' },
  'attachment-size': { 'zh-CN': '附件过大', 'zh-TW': '附件過大', 'en-US': 'Large attachments' },
  'attachment-forgotten': { 'zh-CN': '可能忘了附件', 'zh-TW': '可能忘了附件', 'en-US': 'Forgotten attachment?' },
  'attachment-unexplained': { 'zh-CN': '附件未说明', 'zh-TW': '附件未說明', 'en-US': 'Attachment not described' },
  'attachment-blocked-type': { 'zh-CN': '危险的附件类型', 'zh-TW': '危險的附件類型', 'en-US': 'Risky file type' },
  'cc-excessive': { 'zh-CN': '抄送过多', 'zh-TW': '副本過多', 'en-US': 'Too many in CC' },
  'cc-duplicate': { 'zh-CN': '重复的收件人', 'zh-TW': '重複的收件者', 'en-US': 'Duplicate recipients' },
  'reply-all-group': { 'zh-CN': '全部答复群组', 'zh-TW': '全部回覆群組', 'en-US': 'Reply-all to a group' },
  'mass-mail': { 'zh-CN': '群发邮件', 'zh-TW': '群發郵件', 'en-US': 'Mass mail' },
  'external-recipients': { 'zh-CN': '外部收件人', 'zh-TW': '外部收件者', 'en-US': 'External recipients' },
  'lookalike-domain': { 'zh-CN': '相似域名', 'zh-TW': '相似網域', 'en-US': 'Lookalike domain' },
  'sensitive-content': { 'zh-CN': '敏感信息', 'zh-TW': '敏感資訊', 'en-US': 'Sensitive content' },
  'deadline-missing': { 'zh-CN': '缺少截止时间', 'zh-TW': '缺少截止時間', 'en-US': 'No deadline' },
  'greeting-signoff': { 'zh-CN': '对外礼仪', 'zh-TW': '對外禮儀', 'en-US': 'Greeting and closing' },
  'shared-mailbox-contact': { 'zh-CN': '公共邮箱联系方式', 'zh-TW': '共用信箱聯絡方式', 'en-US': 'Shared mailbox contact details' },
};
