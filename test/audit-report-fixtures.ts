/**
 * Audit summaries for the report's tests: one that looks like an audit of real mail, with raw
 * personal numbers planted wherever mail-derived text goes (as if the audit had failed to mask
 * them), and texts written to break out of HTML.
 */
import type { AuditSummary } from '../src/cli/audit/summary';
import { buildResidentId, groupInFours, referenceLuhnDigit, toFullWidth } from './sensitive-numbers';

export const GENERATED_AT = new Date('2026-12-01T09:30:00+08:00');
export const TIME_ZONE = 'Asia/Shanghai';

/** Valid values: the engine recognises each of them. */
export const RAW = {
  residentId: buildResidentId('110105', { year: 1949, month: 12, day: 31 }, '002'),
  otherId: buildResidentId('440305', { year: 1988, month: 7, day: 15 }, '123'),
  unionPay: `622202123456789${referenceLuhnDigit('622202123456789')}`,
  visa: '4111111111111111',
  mobile: '13800138000',
  /** Not a valid ID (wrong check digit): the engine leaves it, the report must not. */
  badId: '110105194912310021',
} as const;

/** Every raw value in the forms people type them. */
export function plantedForms(): string[] {
  return [
    RAW.residentId,
    toFullWidth(RAW.otherId),
    `${RAW.residentId.slice(0, 6)} ${RAW.residentId.slice(6, 14)} ${RAW.residentId.slice(14)}`,
    RAW.unionPay,
    groupInFours(RAW.unionPay, ' '),
    groupInFours(RAW.visa, '-'),
    RAW.mobile,
    `${RAW.mobile.slice(0, 3)}-${RAW.mobile.slice(3, 7)}-${RAW.mobile.slice(7)}`,
    RAW.badId,
  ];
}

export const HOSTILE = {
  script: '<script>window.pwned = 1</script>',
  attribute: '"><img src=x onerror="window.pwned = 2">',
  cdata: ']]><script>window.pwned = 3</script><![CDATA[',
  style: '</style><script>window.pwned = 4</script>',
  bidi: 'invoice\u202egpj.exe',
  svg: '<svg onload="window.pwned = 5"></svg>',
  quotes: `'single' "double" &amp; <b>bold</b>`,
} as const;

/** An audit of 3,750 messages: four rules, two scopes, planted numbers and hostile text throughout. */
export function plantedSummary(): AuditSummary {
  const [id, fullWidthId, groupedId, card, groupedCard, visa, mobile, hyphenMobile, badId] = plantedForms();
  return {
    messages: 3750,
    unreadable: [
      { source: `inbox/身份证${id}.eml`, reason: `not a mail message: ${mobile}` },
      { source: HOSTILE.svg, reason: HOSTILE.script },
    ],
    incomplete: [
      { source: `sent/${card}.eml`, rules: ['salutation-mismatch'] },
      { source: HOSTILE.attribute, rules: ['x-project-falcon', 'deadline-missing'] },
    ],
    decisions: { allow: 3120, prompt: 518, block: 112 },
    rules: {
      'subject-vague': {
        messages: 402, counts: { block: 0, warning: 402, info: 0 },
        evidence: { 'term:你好': 120, 'term:请查收': 88, [`term:${HOSTILE.quotes}`]: 3 },
        examples: [
          { source: 'zh/ham/ham-00201.eml', subject: HOSTILE.script, message: '主题“你好”过于笼统：请写明邮件的具体内容。' },
          { source: HOSTILE.attribute, subject: HOSTILE.cdata, message: HOSTILE.style },
          { source: 'zh/ham/ham-00207.eml', subject: HOSTILE.bidi, message: HOSTILE.quotes },
        ],
      },
      'attachment-blocked-type': {
        messages: 37, counts: { block: 37, warning: 0, info: 0 },
        evidence: { 'type:.exe': 30, 'type:.js': 7, [`type:${id}.zip`]: 1 },
        examples: [{ source: `archive.mbox#${card}`, subject: `附件 ${id}.exe`, message: `附件 ${fullWidthId}.exe 的类型禁止发送。` }],
      },
      'sensitive-content': {
        messages: 227, counts: { block: 75, warning: 140, info: 12 },
        evidence: { 'term:身份证号码': 90, 'term:银行卡号': 40, [`term:${groupedCard}`]: 2, 'domain:gmail.com': 25, [`term:${badId}`]: 1 },
        examples: [
          { source: 'hr/offer.eml', subject: `身份证 ${groupedId}`, message: `正文含身份证号码 ${id}、银行卡号 ${card}，手机 ${hyphenMobile}。` },
          { source: 'hr/pay.eml', subject: `Card ${visa} mobile ${mobile}`, message: `银行卡号 ${groupedCard}（${badId}）` },
        ],
      },
      'external-recipients': {
        messages: 610, counts: { block: 0, warning: 610, info: 0 },
        evidence: { 'domain:gmail.com': 320, 'domain:qq.com': 190, [`domain:${mobile}.example`]: 4, 'domain:<script>.com': 1 },
        examples: [],
      },
    },
    policy: '2026.12',
    scopes: { finance: 640, [`hr-${mobile}`]: 55, [HOSTILE.attribute]: 3 },
  };
}

/** A regex that finds `digits` in a text even with spaces, hyphens or dashes typed between them. */
export function digitRunPattern(digits: string): RegExp {
  const ascii = digits.normalize('NFKC').replace(/\D/gu, '');
  return new RegExp([...ascii].map((digit) => `[${digit}${String.fromCharCode(digit.charCodeAt(0) + 0xfee0)}]`).join('[\\s\\-\\u2010-\\u2015\\uff0d]*'), 'u');
}
