/** The nonprofit preset: seed 000 (nonprofit mailbox management procedure). */
import type { Locale, LocalizedText } from '../../../engine';
import type { Preset } from '../preset';
import { citeClauses } from '../seed-clauses';

/** A starting template (000 三.2.3), in the language the file is written in. */
const SAMPLE_TEMPLATES: Readonly<Record<Locale, { name: string; subject: string; body: string }>> = {
  'zh-CN': { name: '活动通知', subject: '活动通知：<活动>（<日期>）', body: '各位好：\n\n<内容、时间、地点>\n\n请于 <日期> 前回复。\n\n谢谢！\n<姓名>' },
  'zh-TW': { name: '活動通知', subject: '活動通知：<活動>（<日期>）', body: '各位好：\n\n<內容、時間、地點>\n\n請於 <日期> 前回覆。\n\n謝謝！\n<姓名>' },
  'en-US': { name: 'Event notice', subject: 'Event notice: <event> on <date>', body: 'Dear all,\n\n<what, when, where>\n\nPlease reply by <date>.\n\nBest regards,\n<name>' },
};

const TEMPLATE_NOTE: LocalizedText = {
  'zh-CN': '：常用邮件可使用模板。任务窗格提供这些模板；请换成贵组织的常用邮件。',
  'zh-TW': '：常用郵件可使用範本。工作窗格提供這些範本；請換成貴組織的常用郵件。',
  'en-US': ': use templates for frequent mail. The task pane offers these; replace them with your own.',
};

export const NONPROFIT: Preset = {
  name: 'nonprofit',
  documents: ['000'],
  about: {
    'zh-CN': 'Preflight 非营利组织预设：依据《非营利组织邮箱管理流程》（000）：邮件礼仪（三.2.4）、邮件模板（三.2.3）和敏感信息加密发送（三.4.3）。其余规则沿用内置设置，发现问题时显示内置的原则说明。',
    'zh-TW': 'Preflight 非營利組織預設：依據《非營利組織郵箱管理流程》（000）：郵件禮儀（三.2.4）、郵件範本（三.2.3）和敏感資訊加密傳送（三.4.3）。其餘規則沿用內建設定，發現問題時顯示內建的原則說明。',
    'en-US': 'Preflight nonprofit preset, after the Nonprofit mailbox management procedure (000): mail etiquette (§3.2.4), templates (§3.2.3) and sending sensitive information encrypted (§3.4.3). The other rules keep their built-in settings and show the built-in principle.',
  },
  rules: {
    'greeting-signoff': {
      settings: { severity: 'info' },
      why: {
        'zh-CN': '注意称呼、格式及语气：缺少称呼或落款时在任务窗格中提示，不打断发送。',
        'zh-TW': '注意稱呼、格式及語氣：缺少稱呼或落款時在工作窗格中提示，不打斷傳送。',
        'en-US': 'Mind the greeting, format and tone: a missing greeting or sign-off is pointed out in the task pane without stopping Send.',
      },
    },
    'sensitive-content': {
      settings: { severity: 'warning', blockMarkingsToExternal: true },
      why: {
        'zh-CN': '涉及敏感信息的邮件应使用加密工具发送：发送前提示；带密级标识的邮件发往外部时阻止。',
        'zh-TW': '涉及敏感資訊的郵件應使用加密工具傳送：傳送前提示；帶機密等級標示的郵件寄往外部時阻擋。',
        'en-US': 'Mail with sensitive information is sent with an encryption tool: it prompts before sending, and a classification marking towards an external recipient blocks.',
      },
    },
  },
  keys: (locale) => ({
    encryption: {
      $comment: `${citeClauses(['sensitive-000'], locale)}${{ 'zh-CN': '：使用加密工具发送。', 'zh-TW': '：使用加密工具傳送。', 'en-US': ': send it with an encryption tool.' }[locale]}`,
      method: 'instruction',
      text: {
        'zh-CN': '涉及敏感信息的邮件请使用组织提供的加密工具发送（例如 Outlook 的“加密”选项），或删除敏感信息；如不确定，请联系 IT 部门。',
        'zh-TW': '涉及敏感資訊的郵件請使用組織提供的加密工具傳送（例如 Outlook 的「加密」選項），或刪除敏感資訊；如不確定，請聯絡 IT 部門。',
        'en-US': "Send mail with sensitive information with the organization's encryption tool (for example, Outlook's Encrypt option), or remove the information; if unsure, ask IT.",
      },
    },
    templates: [{ $comment: `${citeClauses(['templates'], locale)}${TEMPLATE_NOTE[locale]}`, ...SAMPLE_TEMPLATES[locale] }],
  }),
};
