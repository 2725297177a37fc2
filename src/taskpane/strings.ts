import { translator, type LocalizedText, type Locale, type RuleId } from '../engine';
import { templateParts, type Part } from './bidi';
import UI_TEXT from './ui-text.json';

/** Every text the task pane shows, in the three languages: the texts are data, kept in ui-text.json. */
export const UI = UI_TEXT satisfies Record<string, LocalizedText>;

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
