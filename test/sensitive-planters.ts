/**
 * The lines planted in the labelled corpus (test/sensitive-corpus.ts): resident IDs, bank cards and
 * credit codes, each labelled with whether the contract calls it sensitive, among look-alikes that
 * fail exactly one part of the contract, and distractors that hold nothing sensitive.
 */
import {
  buildCardNumber,
  buildResidentId,
  CORPUS_TODAY,
  groupInFours,
  pad,
  randomBirthDate,
  randomCard,
  randomCreditCode,
  randomRegion,
  randomResidentId,
  referenceIsCreditCode,
  referenceIsResidentId,
  referenceUsccCheck,
  toFullWidth,
  USCC_ALPHABET,
  type Rng,
} from './sensitive-numbers';

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

export type Language = 'zh' | 'en';

/** A planted line: the text and what it holds. */
export interface Plant {
  readonly line: string;
  readonly item?: PlantedItem;
}

type Planter = (rng: Rng, language: Language) => Plant;

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

export function randomPlanter(rng: Rng): Planter {
  let roll = rng.int(1, PLANTER_WEIGHT);
  for (const [planter, weight] of PLANTERS) {
    roll -= weight;
    if (roll <= 0) return planter;
  }
  return plantDistractor;
}

/** Attachment names sometimes carry an ID: `张三_身份证_110105….jpg`. */
export function attachmentPlant(rng: Rng): Plant {
  if (rng.chance(0.5)) {
    const id = randomResidentId(rng);
    return { line: `王五_身份证_${id}.jpg`, item: item('residentId', id, true, 'attachment-name') };
  }
  return { line: `第三季度报告_v${rng.int(1, 9)}_${year4(rng)}${rng.digits(4)}.xlsx` };
}

const year4 = (rng: Rng) => String(rng.int(2019, 2026));
