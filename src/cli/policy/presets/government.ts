/** The government preset: seed 003 (Haining official email rules). */
import type { Preset } from '../preset';
import { DEPARTMENT_HEAD_REVIEW, MASS_MAIL_APPROVAL, SECRECY_REVIEW } from '../review-steps';
import { citeClauses } from '../seed-clauses';

export const GOVERNMENT: Preset = {
  name: 'government',
  documents: ['003'],
  about: {
    'zh-CN':
      'Preflight 政府机关预设：依据《海宁市公务电子邮箱使用管理规定》（003）。该规定对发出的邮件有两项可检查的要求：涉密信息须加密处理（三.2），重要邮件应进行回复确认（三.4）；“公务电子邮箱仅用于公务通信”（三.1）无法在发送时判断。群发与重要邮件另加常见的审核步骤。其余规则沿用内置设置，发现问题时显示内置的原则说明。',
    'zh-TW':
      'Preflight 政府機關預設：依據《海寧市公務電子郵箱使用管理規定》（003）。該規定對寄出的郵件有兩項可檢查的要求：涉密資訊須加密處理（三.2），重要郵件應進行回覆確認（三.4）；「公務電子郵箱僅用於公務通信」（三.1）無法在傳送時判斷。群發與重要郵件另加常見的審核步驟。其餘規則沿用內建設定，發現問題時顯示內建的原則說明。',
    'en-US':
      'Preflight government preset, after the Haining official email rules (003). They ask two things of outgoing mail that can be checked: classified information is encrypted (§3.2), and important mail is confirmed by reply (§3.4); "the official mailbox is for official communication only" (§3.1) cannot be checked at Send. Mass mail and important mail also get the usual review steps. The other rules keep their built-in settings and show the built-in principle.',
  },
  rules: {
    'sensitive-content': {
      settings: {
        severity: 'warning',
        blockMarkingsToExternal: true,
        keywords: ['国家秘密', '國家秘密', '工作秘密', '涉密文件', '涉密資料', '涉密资料'],
        acknowledge: SECRECY_REVIEW,
      },
      why: {
        'zh-CN': '涉密信息须依照保密法律法规加密处理：需在任务窗格中确认已按保密规定审核并填写审批编号后才能发送；带密级标识（绝密、机密、秘密★ …）的邮件发往外部时一律阻止，确认也不能放行。另加“国家秘密”“工作秘密”“涉密文件”等词。',
        'zh-TW': '涉密資訊須依照保密法律法規加密處理：需在工作窗格中確認已依保密規定審核並填寫核准編號後才能傳送；帶機密等級標示（絕密、機密、秘密★ …）的郵件寄往外部時一律阻擋，確認也不能放行。另加「國家秘密」「工作秘密」「涉密文件」等詞。',
        'en-US': 'Classified information is encrypted as the secrecy laws require: it sends once a review under the secrecy rules is confirmed in the task pane with its approval number; a classification marking (绝密, 机密, 秘密★ …) towards an external recipient always blocks, confirmed or not. Adds 国家秘密 (state secret), 工作秘密 (work secret) and 涉密文件 (classified document).',
      },
    },
    'important-tag': {
      settings: { severity: 'warning', acknowledge: DEPARTMENT_HEAD_REVIEW, askReceipt: true },
      why: {
        'zh-CN': '对于重要邮件，应进行回复确认（三.4）：“[重要]”邮件没有请对方回复确认时，可一键插入“收到请回复确认”；并需在任务窗格中确认已经负责人审核后才能发送。不需要审核时删去 acknowledge。',
        'zh-TW': '對於重要郵件，應進行回覆確認（三.4）：「[重要]」郵件沒有請對方回覆確認時，可一鍵插入「收到後請回覆確認」；並需在工作窗格中確認已經主管審核後才能傳送。不需要審核時刪去 acknowledge。',
        'en-US': 'Important mail is confirmed by reply (§3.4): a [重要] message that does not ask for it gets a one-click line asking recipients to confirm receipt, and sends once a review by the department head is confirmed in the task pane. Remove acknowledge if you need no review.',
      },
    },
    'mass-mail': {
      settings: { severity: 'warning', acknowledge: MASS_MAIL_APPROVAL },
      why: {
        'zh-CN': '该规定未提及群发；按常见的审批做法，发给 20 个以上收件人或邮件组时，需在任务窗格中确认申请已获审核并填写编号后才能发送。不需要时删去 acknowledge。',
        'zh-TW': '該規定未提及群發；依常見的審核做法，寄給 20 個以上收件者或郵件群組時，需在工作窗格中確認申請已獲審核並填寫編號後才能傳送。不需要時刪去 acknowledge。',
        'en-US': 'The rules do not mention mass mail; following the usual approval practice, mail to 20 or more recipients or a group sends once the approved request is confirmed in the task pane with its number. Remove acknowledge if you do not need it.',
      },
    },
    'attachment-blocked-type': {
      settings: { severity: 'warning' },
      why: {
        'zh-CN': '四.2 要求防范网络钓鱼、病毒等攻击，但未规定附件类型：沿用内置的程序和脚本类型，发送前提示。',
        'zh-TW': '四.2 要求防範網路釣魚、病毒等攻擊，但未規定附件類型：沿用內建的程式和指令碼類型，傳送前提示。',
        'en-US': '§4.2 asks staff to guard against phishing and viruses but names no attachment types: the built-in program and script types prompt.',
      },
    },
  },
  keys: (locale) => ({
    encryption: {
      $comment: `${citeClauses(['sensitive-003'], locale)}${
        {
          'zh-CN': '：对涉密信息进行加密处理。若本单位使用敏感度标签，改为 {"method": "sensitivityLabel", "label": "…"}。',
          'zh-TW': '：對涉密資訊進行加密處理。若本單位使用敏感度標籤，改為 {"method": "sensitivityLabel", "label": "…"}。',
          'en-US': ': classified information is encrypted. If you use sensitivity labels, use {"method": "sensitivityLabel", "label": "…"}.',
        }[locale]
      }`,
      method: 'instruction',
      text: {
        'zh-CN': '涉密信息须依照国家保密法律法规加密处理后方可发送，不得以普通邮件明文传送；无法加密时请删除涉密内容，并咨询本单位信息管理部门。',
        'zh-TW': '涉密資訊須依照國家保密法律法規加密處理後方可傳送，不得以一般郵件明文傳送；無法加密時請刪除涉密內容，並洽詢本單位資訊管理部門。',
        'en-US': 'Classified information may be sent only once encrypted as the state secrecy laws require, never in plain mail; if you cannot encrypt it, remove it and ask your information management department.',
      },
    },
  }),
};
