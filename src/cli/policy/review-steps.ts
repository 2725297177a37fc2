/**
 * The review steps the seed documents ask for before some mail leaves (RULES.md «Review steps»),
 * as the enterprise and government presets switch them on: off in the built-in defaults.
 */
import type { LocalizedText } from '../../engine';

export interface ReviewStepFile {
  readonly label: LocalizedText;
  readonly reference: LocalizedText | null;
}

/** 001 三(三); 004 第四篇 四.7: a mass mailing goes out once its request form is approved. */
export const MASS_MAIL_APPROVAL: ReviewStepFile = {
  label: {
    'zh-CN': '《群发消息申请表》已经部门负责人审核通过',
    'zh-TW': '《群發消息申請表》已經部門主管審核通過',
    'en-US': 'The mass-mail request form (群发消息申请表) is approved by my department head',
  },
  reference: { 'zh-CN': '群发申请表编号', 'zh-TW': '群發申請表編號', 'en-US': 'Request form number' },
};

/** 001 三(二)1; 002 二(二)1, 三(二): important and sensitive business mail is reviewed by the department head first. */
export const DEPARTMENT_HEAD_REVIEW: ReviewStepFile = {
  label: {
    'zh-CN': '已经部门负责人审核同意发送',
    'zh-TW': '已經部門主管審核同意傳送',
    'en-US': 'My department head has reviewed this and agreed to send it',
  },
  reference: null,
};

/** 003 三.2: classified information leaves only as the secrecy rules allow. */
export const SECRECY_REVIEW: ReviewStepFile = {
  label: {
    'zh-CN': '已按保密规定审核，内容可以通过电子邮件发送',
    'zh-TW': '已依保密規定審核，內容可以透過電子郵件傳送',
    'en-US': 'Reviewed under the secrecy rules: this may be sent by e-mail',
  },
  reference: { 'zh-CN': '审批编号', 'zh-TW': '核准編號', 'en-US': 'Approval number' },
};
