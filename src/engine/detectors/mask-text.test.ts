import { maskPersonalNumbers } from './mask-text';

const TODAY = { year: 2026, month: 12, day: 1 };
const mask = (text: string) => maskPersonalNumbers(text, TODAY);

describe('maskPersonalNumbers', () => {
  test.each([
    ['an ID in a file name', '附件 11010519491231002X.exe 是可执行文件', '附件 110105********002X.exe 是可执行文件'],
    ['a grouped ID', 'ID 110105-19491231-002X', 'ID 110105********002X'],
    ['full-width digits, the rest kept as typed', '卡号６２２２０２１２３４５６７８９４。', '卡号6222 **** **** 7894。'],
    ['a card with no card word (masking asks for less than detection)', '订单 6222021234567894', '订单 6222 **** **** 7894'],
    ['a grouped card', '6222 0212 3456 7894', '6222 **** **** 7894'],
    ['a credit code', '营业执照_91350100M000100Y43.pdf', '营业执照_913501********0Y43.pdf'],
    ['a mobile number', '联系 138-0013-8000', '联系 138****8000'],
    ['two numbers', '11010519491231002X / 13800138000', '110105********002X / 138****8000'],
  ])('%s', (_name, text, expected) => {
    expect(mask(text)).toBe(expected);
  });

  test.each([
    ['no digits', '第三季度预算'],
    ['dates, amounts and landlines', '11月30日前，金额 12,500.00，电话 010-5555-0123'],
    ['a Luhn-invalid 16-digit number', '订单 6222021234567890'],
    ['an ID with a wrong check digit', '110105199003071238'],
    ['already masked text', '110105********002X、6222 **** **** 7894'],
  ])('leaves %s alone', (_name, text) => {
    expect(mask(text)).toBe(text);
  });
});
