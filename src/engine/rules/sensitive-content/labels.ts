import type { Locale, LocalizedText } from '../../types';
import type { Location, ReportedKind } from './summary';

const KIND_NAMES: Readonly<Record<Exclude<ReportedKind, 'mobileList'>, LocalizedText>> = {
  marking: { 'zh-CN': '密级标识', 'zh-TW': '機密等級標示', 'en-US': 'classification marking' },
  residentId: { 'zh-CN': '身份证号', 'zh-TW': '身分證號碼', 'en-US': 'resident ID number' },
  bankCard: { 'zh-CN': '银行卡号', 'zh-TW': '金融卡或信用卡號碼', 'en-US': 'payment card number' },
  creditCode: { 'zh-CN': '统一社会信用代码', 'zh-TW': '統一社會信用代碼', 'en-US': 'unified social credit code' },
  password: { 'zh-CN': '明文密码', 'zh-TW': '明文密碼', 'en-US': 'password in plain text' },
  pattern: { 'zh-CN': '单位自定义的敏感信息', 'zh-TW': '組織自訂的敏感資訊', 'en-US': 'data your organization marks as sensitive' },
  keyword: { 'zh-CN': '保密关键词', 'zh-TW': '保密關鍵字', 'en-US': 'confidential keyword' },
};

const LOCATION_NAMES: Readonly<Record<'subject' | 'body' | 'quoted' | 'attachment', LocalizedText>> = {
  subject: { 'zh-CN': '主题', 'zh-TW': '主旨', 'en-US': 'subject' },
  body: { 'zh-CN': '正文', 'zh-TW': '內文', 'en-US': 'body' },
  quoted: { 'zh-CN': '引用的历史邮件', 'zh-TW': '引用的歷史郵件', 'en-US': 'quoted history' },
  attachment: { 'zh-CN': '附件名称', 'zh-TW': '附件名稱', 'en-US': 'attachment names' },
};

/** The kind's name in `locale`; a contact list says how many numbers it holds. */
export function kindName(kind: ReportedKind, count: number, locale: Locale): string {
  if (kind === 'mobileList') {
    return { 'zh-CN': `${count} 个手机号码`, 'zh-TW': `${count} 個手機號碼`, 'en-US': `${count} mobile numbers` }[locale];
  }
  return KIND_NAMES[kind][locale];
}

/** `attachment:工资表.xlsx` is named by its file's contents: 附件“工资表.xlsx”的内容 (附件名称 is its name). */
export function locationName(location: Location, locale: Locale): string {
  if (!location.startsWith('attachment:')) return LOCATION_NAMES[location as keyof typeof LOCATION_NAMES][locale];
  const name = location.slice('attachment:'.length);
  return { 'zh-CN': `附件“${name}”的内容`, 'zh-TW': `附件「${name}」的內容`, 'en-US': `contents of attachment "${name}"` }[locale];
}
