/**
 * A labelled corpus for the sensitive-content detectors: Chinese and English mails with resident
 * IDs, bank cards and credit codes planted among look-alikes (wrong check characters, impossible
 * dates, Luhn-valid order numbers, numbers glued to letters or longer digit runs, dates, phone
 * numbers, amounts, signatures). Every planted number is labelled with whether the contract
 * (RULES.md «sensitive-content») says it is sensitive.
 *
 * The check characters here are computed by reference code written from the standards, apart
 * from the engine, so that the accuracy test compares two independent readings of the contract.
 * A fixed seed makes every run the same corpus.
 */

/** A small, fast PRNG (mulberry32): the same seed always gives the same corpus. */
export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  digits(count: number): string {
    let text = '';
    for (let i = 0; i < count; i++) text += String(this.int(0, 9));
    return text;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }
}

// ---------------------------------------------------------------------------------------------
// Reference check characters, from the standards.

/** GB 11643-1999: weights 2^(17-i) mod 11; check = (12 - sum mod 11) mod 11, 10 written X. */
export function referenceIdCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (2 ** (17 - i) % 11);
  const check = (12 - (sum % 11)) % 11;
  return check === 10 ? 'X' : String(check);
}

/** The Luhn digit that makes `payload + digit` valid. */
export function referenceLuhnDigit(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    const digit = Number(payload[payload.length - 1 - i]);
    // The check digit will stand at position 0 from the right, so payload digits at even distance double.
    const doubled = i % 2 === 0 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return String((10 - (sum % 10)) % 10);
}

export function referenceLuhnValid(digits: string): boolean {
  return referenceLuhnDigit(digits.slice(0, -1)) === digits.slice(-1);
}

/** GB 32100-2015 alphabet (I, O, S, V, Z are never used). */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** GB 32100: weights 3^(i-1) mod 31; check = 31 - sum mod 31, 31 written 0. */
export function referenceUsccCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]!) * (3 ** i % 31);
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714-1997: weights 3 7 9 10 5 8 4 2, letters A=10 … Z=35; check = 11 - sum mod 11 (10 → X, 11 → 0). */
export function referenceOrgCodeCheck(body8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(body8[i]!, 36) * weights[i]!;
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

// ---------------------------------------------------------------------------------------------
// Reference validity (the contract), used to make sure a look-alike is not valid by accident.

const PROVINCES = ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83'];
/** The corpus is generated as of this day, and the accuracy test passes the same day as "today". */
export const CORPUS_TODAY = { year: 2026, month: 6, day: 30 } as const;

function referenceRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function referenceBirthDateOk(year: number, month: number, day: number): boolean {
  if (year < 1900 || !referenceRealDate(year, month, day)) return false;
  const { year: y, month: m, day: d } = CORPUS_TODAY;
  return year * 10000 + month * 100 + day <= y * 10000 + m * 100 + d;
}

export function referenceIsResidentId(value: string): boolean {
  const upper = value.toUpperCase();
  if (/^\d{15}$/u.test(upper)) {
    return PROVINCES.includes(upper.slice(0, 2)) && referenceBirthDateOk(1900 + Number(upper.slice(6, 8)), Number(upper.slice(8, 10)), Number(upper.slice(10, 12)));
  }
  if (!/^\d{17}[\dX]$/u.test(upper) || !PROVINCES.includes(upper.slice(0, 2))) return false;
  if (!referenceBirthDateOk(Number(upper.slice(6, 10)), Number(upper.slice(10, 12)), Number(upper.slice(12, 14)))) return false;
  return referenceIdCheck(upper.slice(0, 17)) === upper[17];
}

export function referenceIsCreditCode(value: string): boolean {
  const upper = value.toUpperCase();
  if (upper.length !== 18 || !/^[1-9ANY][1-59]\d{6}/u.test(upper)) return false;
  if (![...upper].every((char) => USCC_ALPHABET.includes(char))) return false;
  if (!['10', ...PROVINCES.filter((p) => p !== '83')].includes(upper.slice(2, 4))) return false;
  return referenceOrgCodeCheck(upper.slice(8, 16)) === upper[16] && referenceUsccCheck(upper.slice(0, 17)) === upper[17];
}

export type Issuer = 'UnionPay' | 'Visa' | 'Mastercard' | 'AmEx' | 'JCB' | 'Discover';

export function referenceIssuer(digits: string): Issuer | undefined {
  const n2 = Number(digits.slice(0, 2));
  const n4 = Number(digits.slice(0, 4));
  if (n2 === 62) return 'UnionPay';
  if (n4 === 6011 || n2 === 65) return 'Discover';
  if (digits.startsWith('4')) return 'Visa';
  if ((n2 >= 51 && n2 <= 55) || (n4 >= 2221 && n4 <= 2720)) return 'Mastercard';
  if (n2 === 34 || n2 === 37) return 'AmEx';
  if (n4 >= 3528 && n4 <= 3589) return 'JCB';
  return undefined;
}

/** A digit string that is a card by number alone (context is the planting's business). */
export function referenceIsCardNumber(digits: string): boolean {
  return /^\d{16,19}$/u.test(digits) && referenceLuhnValid(digits) && referenceIssuer(digits) !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Builders.

export interface BirthDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** An 18-character ID with the reference check character. */
export function buildResidentId(region: string, birth: BirthDate, sequence: string): string {
  const first17 = `${region}${pad(birth.year, 4)}${pad(birth.month, 2)}${pad(birth.day, 2)}${sequence}`;
  return first17 + referenceIdCheck(first17);
}

export function randomRegion(rng: Rng): string {
  return rng.pick(PROVINCES) + pad(rng.int(1, 99), 2) + pad(rng.int(1, 99), 2);
}

export function randomBirthDate(rng: Rng, fromYear = 1930, toYear = 2015): BirthDate {
  for (;;) {
    const birth = { year: rng.int(fromYear, toYear), month: rng.int(1, 12), day: rng.int(1, 31) };
    if (referenceRealDate(birth.year, birth.month, birth.day)) return birth;
  }
}

export function randomResidentId(rng: Rng): string {
  return buildResidentId(randomRegion(rng), randomBirthDate(rng), rng.digits(3));
}

/** A prefix of the issuer family, from the ranges RULES.md lists. */
export function randomCardPrefix(rng: Rng, issuer: Exclude<Issuer, 'AmEx'>): string {
  switch (issuer) {
    case 'UnionPay':
      return '62';
    case 'Visa':
      return '4';
    case 'Mastercard':
      return rng.chance(0.5) ? String(rng.int(51, 55)) : String(rng.int(2221, 2720));
    case 'JCB':
      return String(rng.int(3528, 3589));
    case 'Discover':
      return rng.chance(0.5) ? '6011' : '65';
  }
}

/** A Luhn-valid number of `length` digits starting with `prefix`. */
export function buildCardNumber(rng: Rng, prefix: string, length: number): string {
  const payload = prefix + rng.digits(length - prefix.length - 1);
  return payload + referenceLuhnDigit(payload);
}

export function randomCard(rng: Rng): { digits: string; issuer: Issuer } {
  const issuer = rng.pick(['UnionPay', 'UnionPay', 'Visa', 'Mastercard', 'JCB', 'Discover'] as const);
  const length = issuer === 'UnionPay' ? rng.pick([16, 17, 18, 19]) : 16;
  for (;;) {
    const digits = buildCardNumber(rng, randomCardPrefix(rng, issuer), length);
    // An 18-digit card that is also a valid ID is reported as an ID; keep the corpus unambiguous.
    if (!referenceIsResidentId(digits) && !referenceIsCreditCode(digits)) return { digits, issuer };
  }
}

/** Groups of four, the last one shorter when the length is not a multiple of four. */
export function groupInFours(digits: string, separator: ' ' | '-'): string {
  return (digits.match(/.{1,4}/gu) ?? []).join(separator);
}

export function buildCreditCode(authority: string, category: string, region: string, orgBody: string): string {
  const first17 = `${authority}${category}${region}${orgBody}${referenceOrgCodeCheck(orgBody)}`;
  return first17 + referenceUsccCheck(first17);
}

const ORG_LETTERS = 'ABCDEFGHJKLMNPQRTUWXY';

export function randomCreditCode(rng: Rng): string {
  for (;;) {
    const authority = rng.pick(['9', '9', '9', '9', '1', '5', 'Y', 'N']);
    const category = authority === '9' ? rng.pick(['1', '2', '3']) : rng.pick(['1', '2', '3', '9']);
    let body = rng.digits(8);
    if (rng.chance(0.4)) {
      const at = rng.int(0, 7);
      body = body.slice(0, at) + rng.pick([...ORG_LETTERS]) + body.slice(at + 1);
    }
    const code = buildCreditCode(authority, category, randomRegion(rng), body);
    if (referenceIsCreditCode(code) && !referenceIsResidentId(code) && !referenceIsCardNumber(code)) return code;
  }
}

/** ASCII digits and letters in their full-width forms (what some Chinese input methods type). */
export function toFullWidth(text: string): string {
  return text.replace(/[0-9A-Za-z]/gu, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
}

// ---------------------------------------------------------------------------------------------
// The labelled corpus.

export type LabelledKind = 'residentId' | 'bankCard' | 'creditCode';

export interface PlantedItem {
  readonly kind: LabelledKind;
  /** Canonical form: digits (cards), upper-case characters (IDs, codes). */
  readonly value: string;
  /** Whether the contract calls it sensitive. */
  readonly sensitive: boolean;
  /** How it was written, for failure messages (`grouped-hyphen`, `bad-date`, …). */
  readonly form: string;
}

export interface LabelledMessage {
  readonly language: 'zh' | 'en';
  readonly subject: string;
  readonly body: string;
  readonly attachmentNames: readonly string[];
  readonly items: readonly PlantedItem[];
}

/** A planted line: the text and what it holds. */
interface Plant {
  readonly line: string;
  readonly item?: PlantedItem;
}

type Language = LabelledMessage['language'];
type Planter = (rng: Rng, language: Language) => Plant;

/** Filler sentences: no card words (卡, 账号, card, account …) and no numbers, so they never give context. */
const FILLER: Readonly<Record<Language, readonly string[]>> = {
  zh: [
    '本周的项目例会改到周四下午三点，在三楼大会议室举行，请各位准时参加。',
    '第三季度的市场推广方案已经整理完毕，请大家在例会前抽空看一遍并提出意见。',
    '关于新办公区的搬迁安排，行政部会在下周另行发通知，请留意后续邮件。',
    '附件中的表格只是初稿，数据还需要财务部门再次核对，请暂时不要对外引用。',
    '客户对上次提交的方案总体满意，但希望在交付时间上再做一些调整和说明。',
    '培训资料已经上传到共享目录，新同事入职后可以先自行学习相关的制度内容。',
  ],
  en: [
    'The weekly project meeting moves to Thursday afternoon in the large room on the third floor.',
    'The third quarter marketing plan is ready, so please read it before the meeting and comment.',
    'Facilities will send a separate notice next week about the move to the new office space.',
    'The spreadsheet is only a first draft and finance still has to check the figures again.',
    'The customer liked the proposal overall but would like us to revisit the delivery dates.',
    'The training material is on the shared drive so that new colleagues can read it first.',
  ],
};

const GREETING: Readonly<Record<Language, readonly string[]>> = {
  zh: ['李经理：', '各位同事：', '王老师，您好：', '张总：'],
  en: ['Hi Wei,', 'Dear colleagues,', 'Hello Anna,', 'Hi team,'],
};

const SUBJECTS: Readonly<Record<Language, readonly string[]>> = {
  zh: ['新员工入职材料', '报销与付款信息核对', '合作方资质材料', '第三季度项目进展', '客户资料更新'],
  en: ['Onboarding paperwork', 'Payment details check', 'Supplier registration', 'Q3 project status', 'Customer record update'],
};

function signature(rng: Rng, language: Language): string {
  const mobile = `1${rng.pick(['3', '5', '8', '9'])}${rng.digits(9)}`;
  const phone = `010-${rng.digits(4)}-${rng.digits(4)}`;
  return language === 'zh'
    ? `谢谢！\n张三\n市场部 | 电话：${phone} | 手机：${mobile}\n地址：北京市朝阳区建国路${rng.int(1, 199)}号`
    : `Thanks,\nJane Doe\nMarketing | Tel ${phone} | Mobile +86 ${mobile}\n${rng.int(1, 199)} Jianguo Road, Beijing`;
}

const item = (kind: LabelledKind, value: string, sensitive: boolean, form: string): PlantedItem => ({ kind, value: value.toUpperCase(), sensitive, form });

// Resident IDs ---------------------------------------------------------------------------------

const ID_LEADS: Readonly<Record<Language, readonly string[]>> = {
  zh: ['新员工的身份证号为', '身份证号码：', '证件号 ', '请核对身份证（', '持证人身份证号码是'],
  en: ['Her ID number is ', 'National ID: ', 'Identity document no. ', 'Resident ID (', 'The passenger ID is '],
};

const plantValidId: Planter = (rng, language) => {
  const id = randomResidentId(rng);
  const form = rng.pick(['plain', 'plain', 'full-width', 'lower-x']);
  const written = form === 'full-width' ? toFullWidth(id) : form === 'lower-x' ? id.toLowerCase() : id;
  return { line: `${rng.pick(ID_LEADS[language])}${written}${language === 'zh' ? '。' : '.'}`, item: item('residentId', id, true, form) };
};

/** Look-alikes of IDs: each fails exactly one part of the contract. */
const plantInvalidId: Planter = (rng, language) => {
  const lead = rng.pick(ID_LEADS[language]);
  const kind = rng.pick(['wrong-check', 'bad-date', 'feb-29', 'future', 'before-1900', 'bad-region', 'embedded', 'glued'] as const);
  let value: string;
  let written: string | undefined;
  switch (kind) {
    case 'wrong-check': {
      const valid = randomResidentId(rng);
      const other = '0123456789X'.replace(valid[17]!, '');
      value = valid.slice(0, 17) + rng.pick([...other]);
      break;
    }
    case 'bad-date':
      value = buildResidentId(randomRegion(rng), rng.pick([{ year: 1988, month: 2, day: 30 }, { year: 1975, month: 13, day: 1 }, { year: 1990, month: 4, day: 31 }, { year: 2001, month: 0, day: 12 }]), rng.digits(3));
      break;
    case 'feb-29':
      value = buildResidentId(randomRegion(rng), { year: rng.pick([1900, 1987, 1993, 2001, 2014]), month: 2, day: 29 }, rng.digits(3));
      break;
    case 'future': {
      // Tomorrow and later: the day after the corpus date up to the end of the century.
      const soon = { year: CORPUS_TODAY.year, month: CORPUS_TODAY.month + 1, day: rng.int(1, 30) };
      value = buildResidentId(randomRegion(rng), rng.chance(0.3) ? soon : randomBirthDate(rng, CORPUS_TODAY.year + 1, 2099), rng.digits(3));
      break;
    }
    case 'before-1900':
      value = buildResidentId(randomRegion(rng), randomBirthDate(rng, 1850, 1899), rng.digits(3));
      break;
    case 'bad-region':
      value = buildResidentId(rng.pick(['0', '9']) + rng.digits(5), randomBirthDate(rng), rng.digits(3));
      break;
    case 'embedded': {
      value = randomResidentId(rng);
      written = rng.chance(0.5) ? rng.digits(1) + value : value + rng.digits(2);
      break;
    }
    case 'glued': {
      value = randomResidentId(rng);
      written = rng.chance(0.5) ? `SN${value}` : `${value}AB`;
      break;
    }
  }
  if (written === undefined && referenceIsResidentId(value)) throw new Error(`corpus bug: ${kind} look-alike ${value} is valid`);
  // One in a few hundred look-alikes is by chance a valid credit code; that would be a true find.
  if (written === undefined && referenceIsCreditCode(value)) return plantInvalidId(rng, language);
  return { line: `${lead}${written ?? value}${language === 'zh' ? '。' : '.'}`, item: item('residentId', value, false, kind) };
};

// Bank cards -----------------------------------------------------------------------------------

const CARD_LEADS: Readonly<Record<Language, readonly string[]>> = {
  zh: ['工资卡号：', '请转账到以下银行卡号 ', '收款账号', '報銷帳號：', '信用卡 '],
  en: ['Card number: ', 'Please refund to card ', 'Account no. ', 'Debit card: ', 'Bank account '],
};
const NEUTRAL_LEADS: Readonly<Record<Language, readonly string[]>> = {
  zh: ['订单号：', '运单号 ', '合同编号：', '发票号码 ', '流水号：'],
  en: ['Order #', 'Tracking number ', 'Invoice no. ', 'Serial number: ', 'Reference '],
};

const plantValidCard: Planter = (rng, language) => {
  const { digits } = randomCard(rng);
  const form = rng.pick(['grouped-space', 'grouped-hyphen', 'context', 'context']);
  let line: string;
  if (form === 'context') line = `${rng.pick(CARD_LEADS[language])}${digits}`;
  else line = `${rng.pick(NEUTRAL_LEADS[language])}${groupInFours(digits, form === 'grouped-space' ? ' ' : '-')}`;
  return { line: `${line}${language === 'zh' ? '。' : '.'}`, item: item('bankCard', digits, true, form) };
};

/** The false-positive classes: Luhn-valid numbers without context, wrong Luhn, unknown issuer, too long, context too far. */
const plantInvalidCard: Planter = (rng, language) => {
  const kind = rng.pick(['luhn-no-context', 'luhn-no-context', 'grouped-bad-luhn', 'grouped-unknown-issuer', 'grouped-20-digits', 'context-too-far', 'glued'] as const);
  const end = language === 'zh' ? '。' : '.';
  switch (kind) {
    case 'luhn-no-context': {
      const { digits } = randomCard(rng);
      return { line: `${rng.pick(NEUTRAL_LEADS[language])}${digits}${end}`, item: item('bankCard', digits, false, kind) };
    }
    case 'grouped-bad-luhn': {
      const { digits: valid } = randomCard(rng);
      const last = (Number(valid.slice(-1)) + rng.int(1, 9)) % 10;
      const digits = valid.slice(0, -1) + String(last);
      return { line: `${rng.pick(NEUTRAL_LEADS[language])}${groupInFours(digits, ' ')}${end}`, item: item('bankCard', digits, false, kind) };
    }
    case 'grouped-unknown-issuer': {
      const digits = buildCardNumber(rng, rng.pick(['1', '7', '8', '9', '30', '59']), 16);
      return { line: `${rng.pick(NEUTRAL_LEADS[language])}${groupInFours(digits, '-')}${end}`, item: item('bankCard', digits, false, kind) };
    }
    case 'grouped-20-digits': {
      const digits = buildCardNumber(rng, '62', 20);
      return { line: `${rng.pick(NEUTRAL_LEADS[language])}${groupInFours(digits, ' ')}${end}`, item: item('bankCard', digits, false, kind) };
    }
    case 'context-too-far': {
      const { digits } = randomCard(rng);
      const gap = language === 'zh' ? '号码请以财务部门最终确认的版本为准，下面是系统导出的编号 ' : ' details follow after the finance team confirms them, system number ';
      const word = language === 'zh' ? '银行卡' : 'card';
      return { line: `${word}${gap}${digits}${end}`, item: item('bankCard', digits, false, kind) };
    }
    case 'glued': {
      const { digits } = randomCard(rng);
      return { line: `${rng.pick(CARD_LEADS[language])}${digits}X${end}`, item: item('bankCard', digits, false, kind) };
    }
  }
};

// Credit codes ---------------------------------------------------------------------------------

const CODE_LEADS: Readonly<Record<Language, readonly string[]>> = {
  zh: ['统一社会信用代码：', '供应商信用代码 ', '纳税人识别号：', '統一社會信用代碼：'],
  en: ['Unified social credit code: ', 'USCC ', 'Supplier registration code: ', 'Tax ID '],
};

const plantValidCode: Planter = (rng, language) => {
  const code = randomCreditCode(rng);
  const form = rng.pick(['upper', 'upper', 'lower', 'full-width']);
  const written = form === 'lower' ? code.toLowerCase() : form === 'full-width' ? toFullWidth(code) : code;
  return { line: `${rng.pick(CODE_LEADS[language])}${written}${language === 'zh' ? '。' : '.'}`, item: item('creditCode', code, true, form) };
};

const plantInvalidCode: Planter = (rng, language) => {
  const valid = randomCreditCode(rng);
  const kind = rng.pick(['wrong-check', 'wrong-org-check', 'glued'] as const);
  let value = valid;
  if (kind === 'wrong-check') {
    value = valid.slice(0, 17) + rng.pick([...USCC_ALPHABET.replace(valid[17]!, '')]);
  } else if (kind === 'wrong-org-check') {
    const wrongOrgCheck = rng.pick([...'0123456789'.replace(valid[16]!, '')]);
    const first17 = valid.slice(0, 16) + wrongOrgCheck;
    value = first17 + referenceUsccCheck(first17);
  }
  const written = kind === 'glued' ? `${valid}${rng.int(0, 9)}` : value;
  if (written === value && referenceIsCreditCode(value)) throw new Error(`corpus bug: ${kind} look-alike ${value} is valid`);
  if (written === value && referenceIsResidentId(value)) return plantInvalidCode(rng, language);
  return { line: `${rng.pick(CODE_LEADS[language])}${written}${language === 'zh' ? '。' : '.'}`, item: item('creditCode', value, false, kind) };
};

// Distractors: no label, nothing sensitive ----------------------------------------------------

const plantDistractor: Planter = (rng, language) => {
  const zh = language === 'zh';
  const year = rng.int(2019, 2027);
  const options = [
    () => (zh ? `会议定于${year}年${rng.int(1, 12)}月${rng.int(1, 28)}日召开。` : `The meeting is on ${year}-${pad(rng.int(1, 12), 2)}-${pad(rng.int(1, 28), 2)}.`),
    () => (zh ? `统计周期：${year}${pad(rng.int(1, 12), 2)}${pad(rng.int(1, 28), 2)}至${year}1231。` : `Period ${year}${pad(rng.int(1, 12), 2)}01 to ${year}1231.`),
    () => (zh ? `总金额为人民币 ¥${rng.int(1, 99)},${rng.digits(3)}.${rng.digits(2)} 元。` : `The total is USD ${rng.int(1, 99)},${rng.digits(3)}.${rng.digits(2)}.`),
    () => (zh ? `如有问题请致电 0${rng.int(10, 29)}-${rng.digits(4)}-${rng.digits(4)}。` : `Call us on +86 ${rng.int(10, 29)} ${rng.digits(4)} ${rng.digits(4)}.`),
    () => (zh ? `订单号：${year}${rng.digits(12)}，请注意查收。` : `Order ${year}${rng.digits(12)} has shipped.`),
    () => (zh ? `快递单号 SF${rng.digits(12)}。` : `Tracking: 1Z${rng.digits(16)}.`),
    () => (zh ? `发票代码 ${rng.digits(12)}，发票号码 ${rng.digits(8)}。` : `Invoice ${rng.digits(12)}, line ${rng.digits(8)}.`),
    () => (zh ? `工号 ${rng.digits(6)}，分机 ${rng.digits(4)}。` : `Employee ${rng.digits(6)}, extension ${rng.digits(4)}.`),
    () => `${rng.digits(22)}`,
  ];
  return { line: rng.pick(options)() };
};

const PLANTERS: ReadonlyArray<readonly [Planter, number]> = [
  [plantValidId, 3],
  [plantInvalidId, 3],
  [plantValidCard, 3],
  [plantInvalidCard, 3],
  [plantValidCode, 2],
  [plantInvalidCode, 2],
  [plantDistractor, 4],
];
const PLANTER_WEIGHT = PLANTERS.reduce((sum, [, weight]) => sum + weight, 0);

function randomPlanter(rng: Rng): Planter {
  let roll = rng.int(1, PLANTER_WEIGHT);
  for (const [planter, weight] of PLANTERS) {
    roll -= weight;
    if (roll <= 0) return planter;
  }
  return plantDistractor;
}

/** Attachment names sometimes carry an ID: `张三_身份证_110105….jpg`. */
function attachmentPlant(rng: Rng): Plant {
  if (rng.chance(0.5)) {
    const id = randomResidentId(rng);
    return { line: `王五_身份证_${id}.jpg`, item: item('residentId', id, true, 'attachment-name') };
  }
  return { line: `第三季度报告_v${rng.int(1, 9)}_${year4(rng)}${rng.digits(4)}.xlsx` };
}

const year4 = (rng: Rng) => String(rng.int(2019, 2026));

export interface CorpusOptions {
  readonly seed?: number;
  readonly messages?: number;
}

/**
 * Generates the labelled mails. Every planted line stands on its own line with a filler sentence
 * between lines, so a card word in one line is never within 20 characters of another number.
 */
export function generateSensitiveCorpus({ seed = 20261130, messages = 1200 }: CorpusOptions = {}): LabelledMessage[] {
  const rng = new Rng(seed);
  const corpus: LabelledMessage[] = [];
  for (let n = 0; n < messages; n++) {
    const language: Language = rng.chance(0.6) ? 'zh' : 'en';
    const plants = Array.from({ length: rng.int(3, 8) }, () => randomPlanter(rng)(rng, language));
    const attachment = rng.chance(0.3) ? attachmentPlant(rng) : undefined;
    const lines = [rng.pick(GREETING[language]), ''];
    for (const plant of plants) lines.push(plant.line, rng.pick(FILLER[language]));
    lines.push('', signature(rng, language));
    const items = [...plants, ...(attachment ? [attachment] : [])].flatMap((plant) => (plant.item ? [plant.item] : []));
    corpus.push({ language, subject: rng.pick(SUBJECTS[language]), body: lines.join('\n'), attachmentNames: attachment ? [attachment.line] : [], items });
  }
  return corpus;
}
