import fc from 'fast-check';
import { buildCardNumber, groupInFours, Rng, toFullWidth } from '../../../test/sensitive-numbers';
import { normalizeForMatch } from '../text/normalize';
import { cardIssuer, findBankCards } from './bank-card';

const found = (text: string) => findBankCards(normalizeForMatch(text)).map((d) => d.value);

// Luhn-valid numbers of each issuer family (published test numbers, and one 19-digit UnionPay).
const UNIONPAY = buildCardNumber(new Rng(5), '6222', 16);
const UNIONPAY_19 = buildCardNumber(new Rng(7), '62', 19);
const VISA = '4111111111111111';
const MASTERCARD = '5555555555554444';
const MASTERCARD_2 = '2223003122003222';
const JCB = '3530111333300000';
const DISCOVER = '6011111111111117';

describe('bank card numbers', () => {
  test('grouped in fours by spaces or hyphens, no card word needed', () => {
    expect(found('请打款至 4111 1111 1111 1111。')).toEqual([VISA]);
    expect(found('refund to 5555-5555-5555-4444.')).toEqual([MASTERCARD]);
    expect(found(`${groupInFours(UNIONPAY_19, ' ')}`)).toEqual([UNIONPAY_19]);
  });

  test('ungrouped after a card word within 20 characters (Simplified, Traditional, English)', () => {
    expect(found('工资卡号：6011111111111117')).toEqual([DISCOVER]);
    expect(found('報銷帳號：3530111333300000')).toEqual([JCB]);
    expect(found('收款账户 2223003122003222')).toEqual([MASTERCARD_2]);
    expect(found('card number: 4111111111111111')).toEqual([VISA]);
    expect(found('Account no. 5555555555554444')).toEqual([MASTERCARD]);
    expect(found(`卡${'的'.repeat(20)}${UNIONPAY}`)).toEqual([UNIONPAY]);
  });

  test('a Luhn-valid number with no card word and no grouping is not a card (order, tracking, serial numbers)', () => {
    expect(found(`订单号：${VISA}`)).toEqual([]);
    expect(found(`Tracking number ${MASTERCARD}`)).toEqual([]);
    expect(found(UNIONPAY)).toEqual([]);
  });

  test('a card word more than 20 characters before does not count', () => {
    expect(found(`卡${'的'.repeat(21)}${UNIONPAY}`)).toEqual([]);
    expect(found(`card details will follow shortly: ${VISA}`)).toEqual([]);
  });

  test('a card word must be a whole word: discard, cardinal and scorecard are not', () => {
    expect(found(`discard ${VISA}`)).toEqual([]);
    expect(found(`cardinal ${VISA}`)).toEqual([]);
  });

  test('Luhn-invalid or unknown-issuer numbers are not cards, even grouped', () => {
    expect(found('4111 1111 1111 1112')).toEqual([]);
    const unknownIssuer = buildCardNumber(new Rng(1), '9', 16);
    expect(found(groupInFours(unknownIssuer, ' '))).toEqual([]);
    expect(found(`卡号 ${unknownIssuer}`)).toEqual([]);
  });

  test('length: 16 to 19 digits', () => {
    expect(found(`卡号 ${buildCardNumber(new Rng(2), '62', 15)}`)).toEqual([]);
    expect(found(`卡号 ${buildCardNumber(new Rng(3), '62', 20)}`)).toEqual([]);
    expect(found(groupInFours(buildCardNumber(new Rng(4), '62', 20), ' '))).toEqual([]);
  });

  test('groups must be fours (the last may be shorter) with one kind of separator', () => {
    expect(found('411 1111 1111 11111')).toEqual([]);
    expect(found('4111 1111-1111 1111')).toEqual([]);
    expect(found('4111  1111  1111  1111')).toEqual([]);
  });

  test('numbers glued to letters or inside longer runs are not cards', () => {
    expect(found(`卡号 ${VISA}X`)).toEqual([]);
    expect(found(`卡号 SN${VISA}`)).toEqual([]);
    expect(found('4111 1111 1111 1111 2024')).toEqual([]);
    expect(found('4111 1111 1111 1111a')).toEqual([]);
  });

  test('full-width digits count after normalisation', () => {
    expect(found(`卡号：${toFullWidth(VISA)}`)).toEqual([VISA]);
    expect(found(toFullWidth('4111 1111 1111 1111'))).toEqual([VISA]);
  });

  test('reports the issuer family and shows only a mask', () => {
    const [card] = findBankCards(`卡号 ${UNIONPAY}`);
    expect(card).toMatchObject({ issuer: 'UnionPay', display: `6222 **** **** ${UNIONPAY.slice(-4)}` });
    expect([UNIONPAY, VISA, MASTERCARD, MASTERCARD_2, JCB, DISCOVER, '6512345678901234', '3412345678901234', '3712345678901234'].map(cardIssuer)).toEqual([
      'UnionPay', 'Visa', 'Mastercard', 'Mastercard', 'JCB', 'Discover', 'Discover', 'AmEx', 'AmEx',
    ]);
    expect(['3000000000000000', '5600000000000000', '2220000000000000', '2721000000000000', '3527000000000000', '3590000000000000', '6010000000000000', '1234000000000000'].map(cardIssuer)).toEqual(
      Array(8).fill(undefined),
    );
  });

  const issuerPrefix = fc.constantFrom('62', '4', '51', '55', '2221', '2720', '3528', '3589', '6011', '65');
  const cardNumber = fc.tuple(issuerPrefix, fc.integer({ min: 16, max: 19 }), fc.integer()).map(([prefix, length, seed]) => buildCardNumber(new Rng(seed), prefix, length));

  test('property: any Luhn-valid number of a known issuer, grouped in fours, is found', () => {
    fc.assert(fc.property(cardNumber, fc.constantFrom(' ', '-') as fc.Arbitrary<' ' | '-'>, (digits, separator) => found(groupInFours(digits, separator)).join() === digits));
  });

  test('property: changing any one digit of a grouped card makes it no card', () => {
    fc.assert(
      fc.property(cardNumber, fc.nat(), fc.integer({ min: 1, max: 9 }), (digits, at, shift) => {
        const position = at % digits.length;
        const changed = digits.slice(0, position) + String((Number(digits[position]) + shift) % 10) + digits.slice(position + 1);
        return found(groupInFours(changed, ' ')).length === 0;
      }),
    );
  });

  test('property: Luhn-valid numbers without context are never cards (the one-in-ten false-positive class)', () => {
    fc.assert(fc.property(cardNumber, fc.constantFrom('订单号：', 'Order #', '运单号 ', 'Serial number: ', ''), (digits, lead) => found(`${lead}${digits}`).length === 0));
  });
});
