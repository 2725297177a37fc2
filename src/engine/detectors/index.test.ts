import terms from '../data/sensitive-terms.json';
import { buildCardNumber, buildResidentId, referenceLuhnValid, Rng } from '../../../test/sensitive-numbers';
import { normalizeForMatch } from '../text/normalize';
import { compileAdminPattern, detectSensitive, TermScanner, type AdminPattern, type DetectorSetup } from './index';

const TODAY = { year: 2026, month: 6, day: 30 };
const pattern = (source: string) => (compileAdminPattern(source) as { pattern: AdminPattern }).pattern;
const setup: DetectorSetup = { terms: new TermScanner({ markings: terms.markings, keywords: terms.keywords }), patterns: [pattern('prj-\\d{4}')], today: TODAY };
const kindsIn = (text: string) => detectSensitive(normalizeForMatch(text), setup).map((d) => `${d.kind}:${d.display}`);

/** A valid resident ID (Guangdong, 44) whose 18 digits are also a Luhn-valid Visa-range number. */
function idThatPassesLuhn(): string {
  for (let sequence = 0; ; sequence++) {
    const id = buildResidentId('440305', { year: 1990, month: 3, day: 7 }, String(sequence).padStart(3, '0'));
    if (/^\d{18}$/u.test(id) && referenceLuhnValid(id)) return id;
  }
}

describe('detectSensitive', () => {
  test('finds every kind in one text, with safe displays', () => {
    const card = buildCardNumber(new Rng(9), '62', 16);
    const text = `【机密】员工信息：身份证 110105199003071239，卡号 ${card}，密码：Abc12345，信用代码 91350100M000100Y43，项目 PRJ-2041，内部资料。手机 13800138000`;
    expect(kindsIn(text).sort()).toEqual(
      [
        'residentId:110105********1239',
        `bankCard:${card.slice(0, 4)} **** **** ${card.slice(-4)}`,
        'creditCode:913501********0Y43',
        'mobile:138****8000',
        'marking:机密',
        'keyword:内部资料',
        'password:密码: ********',
        'pattern:/prj-\\d{4}/',
      ].sort(),
    );
  });

  test('an 18-digit ID that also passes Luhn after a card word is reported as an ID only', () => {
    const id = idThatPassesLuhn();
    expect(kindsIn(`银行卡和身份证：${id}`)).toEqual([`residentId:${id.slice(0, 6)}********${id.slice(-4)}`]);
  });

  test('ordinary mail gives nothing: dates, landlines, one mobile, order numbers, amounts', () => {
    const text = '各位同事：第三季度市场预算表见附件，请于11月30日前确认。订单号 2026113012345678，金额 ¥12,345.67。\n张三 电话 010-5555-0123 手机 13800138000';
    expect(kindsIn(text)).toEqual(['mobile:138****8000']);
  });

  test('adversarial input is answered correctly: long digit runs, separators, repeated words', () => {
    expect(kindsIn('1234 '.repeat(20_000))).toEqual([]);
    expect(kindsIn('1'.repeat(100_000))).toEqual([]);
    expect(kindsIn('机'.repeat(100_000))).toEqual([]);
    expect(kindsIn('密码'.repeat(50_000))).toEqual([]);
    expect(new Set(kindsIn('password:'.repeat(20_000)))).toEqual(new Set(['password:password: ********']));
  });
});
