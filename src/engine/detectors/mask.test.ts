import { maskCardNumber, maskKeepingEnds, maskMobileNumber } from './mask';

describe('masks', () => {
  test('IDs keep the first 6 and last 4 characters, X in upper case', () => {
    expect(maskKeepingEnds('11010519491231002x')).toBe('110105********002X');
    expect(maskKeepingEnds('110105900307123')).toBe('110105*****7123');
  });

  test('cards keep the issuer group and the last four digits', () => {
    expect(maskCardNumber('6222021234567890')).toBe('6222 **** **** 7890');
    expect(maskCardNumber('6222021234567890123')).toBe('6222 **** **** **** 0123');
  });

  test('mobile numbers keep the first 3 and last 4 digits', () => {
    expect(maskMobileNumber('13800138000')).toBe('138****8000');
  });

  test('a value too short to keep both ends is masked whole', () => {
    expect(maskKeepingEnds('123456789')).toBe('*********');
  });
});
