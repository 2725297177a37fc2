import { normalizeForMatch } from '../text/normalize';
import { findClearPasswords } from './password';

const found = (text: string) => findClearPasswords(normalizeForMatch(text)).map((d) => d.value);

describe('passwords in clear', () => {
  test('the scenario: Username: intern07, password: Ql7vB2xe', () => {
    expect(found('Username: intern07, password: Ql7vB2xe\nIt expires soon.')).toEqual(['ql7vb2xe']);
  });

  test('Simplified, Traditional and English words with every separator', () => {
    expect(found('初始密码：Abc@2024，请尽快修改')).toEqual(['abc@2024']);
    expect(found('密碼為 8842aa')).toEqual(['8842aa']);
    expect(found('口令是1234')).toEqual(['1234']);
    expect(found('新密码为Zx9!kk')).toEqual(['zx9!kk']);
    expect(found('pwd=hunter22')).toEqual(['hunter22']);
    expect(found('Passcode : 5521')).toEqual(['5521']);
    expect(found('密码是：Qq123456')).toEqual(['qq123456']);
    expect(found('ＰＡＳＳＷＯＲＤ：ｓｅｃｒｅｔ９９')).toEqual(['secret99']);
  });

  test('never shows the token', () => {
    const [password] = findClearPasswords('password: ql7vb2xe');
    expect(password?.display).toBe('password: ********');
    expect(password?.display).not.toContain('ql7vb2xe');
  });

  test('a token shorter than 4 characters, or none, is not a password', () => {
    expect(found('密码：abc')).toEqual([]);
    expect(found('password:')).toEqual([]);
    expect(found('password: N/A.')).toEqual([]);
  });

  test('Chinese prose after the word is not a password', () => {
    expect(found('密码是否已经修改？新密码为您的生日')).toEqual([]);
    expect(found('密码：见附件')).toEqual([]);
  });

  test('placeholders and talk about passwords are not passwords', () => {
    expect(found('密码：******')).toEqual([]);
    expect(found('password: xxxxxxxx')).toEqual([]);
    expect(found('password: <your password>')).toEqual([]);
    expect(found('livelink.exe?func=ll.login&username=guest&password=&nextURL=%2fena')).toEqual([]);
    expect(found('密码学是一门学科，忘记密码请联系管理员')).toEqual([]);
    expect(found('Forgot your password? Reset it here.')).toEqual([]);
  });

  test('a conference call’s numeric passcode is a dial-in code, not a password', () => {
    expect(found('The number to call is 1-888-555-0100, passcode: 5551234#')).toEqual([]);
    expect(found('Weekly call: dial 1-800-555-0100, Passcode: 775533')).toEqual([]);
    expect(found('会议拨入号 010-5555-0123，passcode: 8812')).toEqual([]);
    expect(found('passcode: Xk9!pq2z')).toEqual(['xk9!pq2z']);
    expect(found('password: 775533')).toEqual(['775533']);
    expect(found('密码：775533')).toEqual(['775533']);
  });

  test('the word must be a whole word and the token on the same line', () => {
    expect(found('passwords: none here, mypassword: abcd1234')).toEqual([]);
    expect(found('password:\nPlease contact IT')).toEqual([]);
  });
});
