import terms from '../data/sensitive-terms.json';
import { normalizeForMatch } from '../text/normalize';
import { findClassifiedTerms, TermScanner } from './terms';

const BUILT_IN = { markings: terms.markings, keywords: terms.keywords };
const found = (text: string, lists = BUILT_IN) => findClassifiedTerms(normalizeForMatch(text), lists, text.normalize('NFKC')).map((d) => `${d.kind}:${d.display}`);

describe('classification markings and confidential keywords', () => {
  test('markings in Simplified, Traditional and English', () => {
    expect(found('以下内容为公司机密')).toEqual(['marking:机密']);
    expect(found('本文件屬絕密')).toEqual(['marking:絕密']);
    expect(found('機密文件，請勿轉寄')).toEqual(['marking:機密']);
    expect(found('密级：秘密')).toEqual(['marking:密级']);
    expect(found('Top Secret: merger plan')).toEqual(['marking:top secret']);
    expect(found('STRICTLY CONFIDENTIAL')).toEqual(['marking:strictly confidential']);
  });

  test('English confidential is a marking only as a label; in prose it is a keyword', () => {
    expect(found('This proposal is indicative and confidential.')).toEqual(['keyword:confidential']);
    expect(found('Please keep this confidential until Friday.')).toEqual(['keyword:confidential']);
    expect(found('Confidential information about the merger is attached.')).toEqual(['keyword:confidential']);
    expect(found('The draft is CONFIDENTIAL.')).toEqual(['marking:confidential']);
    expect(found('ＣＯＮＦＩＤＥＮＴＩＡＬ')).toEqual(['marking:confidential']);
    expect(found('Confidential: floor price')).toEqual(['marking:confidential']);
    expect(found('Hello,\n  Confidential - do not forward\nThanks')).toEqual(['marking:confidential']);
    expect(found('[Confidential] merger terms')).toEqual(['marking:confidential']);
    expect(found('【Confidential】 merger terms')).toEqual(['marking:confidential']);
    expect(found('See below.\n> Confidential\n> terms')).toEqual(['marking:confidential']);
    expect(found('Highly confidential: board minutes')).toEqual(['marking:highly confidential']);
    expect(found('These minutes are highly confidential.')).toEqual(['keyword:highly confidential']);
    expect(found('The notes are strictly confidential.')).toEqual(['marking:strictly confidential']);
    expect(found('[Confidential) unbalanced')).toEqual(['keyword:confidential']);
    expect(found('> Importance: High\n> Sensitivity: Confidential\n> hi')).toEqual(['marking:confidential']);
    expect(found('Privileged and Confidential\nPrepared at the Request of Counsel')).toEqual(['marking:confidential']);
    expect(found('privileged & confidential')).toEqual(['marking:confidential']);
    expect(found('This is privileged and confidential material.')).toEqual(['keyword:confidential']);
  });

  test('without the cased text, only the line position tells a label', () => {
    expect(findClassifiedTerms('the draft is confidential.', BUILT_IN).map((d) => d.kind)).toEqual(['keyword']);
    expect(findClassifiedTerms('confidential: floor price', BUILT_IN).map((d) => d.kind)).toEqual(['marking']);
  });

  test('a broker’s footer asking not to be sent confidential information is a disclaimer', () => {
    expect(found('E-mail sent through the Internet is not secure. Do not use e-mail to send us CONFIDENTIAL information such as credit card numbers.')).toEqual([]);
  });

  test('a prose and a label use of confidential in one text are both reported', () => {
    expect(found('Keep this confidential.\nCONFIDENTIAL')).toEqual(['keyword:confidential', 'marking:confidential']);
  });

  test('a term far into a very long line is read as prose', () => {
    const text = `${'x '.repeat(200_000)}and confidential`;
    expect(found(text)).toEqual(['keyword:confidential']);
  });

  test('秘密 is a marking only in marking form', () => {
    expect(found('【秘密】项目计划')).toEqual(['marking:【秘密】']);
    expect(found('秘密★1年')).toEqual(['marking:秘密★']);
    expect(found('［秘密］项目计划')).toEqual(['marking:[秘密]']);
    expect(found('这不是什么秘密，大家都知道')).toEqual([]);
  });

  test('keywords in Simplified, Traditional and English', () => {
    expect(found('附件是内部资料')).toEqual(['keyword:内部资料']);
    expect(found('本表僅限內部使用，不得外傳')).toEqual(['keyword:僅限內部', 'keyword:不得外傳']);
    expect(found('十月工资表')).toEqual(['keyword:工资表']);
    expect(found('十月薪资表')).toEqual(['keyword:薪资表']);
    expect(found('工資明細與工资条')).toEqual(['keyword:工資明細', 'keyword:工资条']);
    expect(found('本月薪资15日发放，薪資調整另行通知')).toEqual([]);
    expect(found('商業秘密')).toEqual(['keyword:商業秘密']);
    expect(found('For internal use only')).toEqual(['keyword:for internal use', 'keyword:internal use only']);
  });

  test('each term once per text, at its first occurrence', () => {
    const detections = findClassifiedTerms('机密 机密 机密', BUILT_IN);
    expect(detections.map((d) => [d.display, d.start])).toEqual([['机密', 0]]);
  });

  test('English terms match whole words only', () => {
    expect(found('confidentiality is a principle, nonconfidential data')).toEqual([]);
  });

  test('a mail disclaimer is not a marking', () => {
    expect(found('This e-mail and any attachments are confidential and intended solely for the addressee.')).toEqual([]);
    expect(found('本邮件及其附件含有机密信息，仅限于发送给指定收件人。')).toEqual([]);
    expect(found('如果您不是本郵件的收件人，請立即刪除；郵件內容屬機密。')).toEqual([]);
    expect(found('This message contains confidential information and is intended only\nfor the use of the addressee.')).toEqual([]);
    expect(found('This message may contain confidential and/or legally privileged information.')).toEqual([]);
  });

  test('a marking outside the disclaimer still counts: another paragraph, or far from it', () => {
    const disclaimer = 'This e-mail is intended solely for the addressee.';
    expect(found(`Confidential: the merger plan\n\n${disclaimer}`)).toEqual(['marking:confidential']);
    expect(found(`以下内容为公司机密。${'项目进展顺利。'.repeat(50)}${'如果您不是指定收件人，请删除。'}`)).toEqual(['marking:机密']);
  });

  test('the lists are the policy’s: added and replaced terms', () => {
    expect(found('项目代号：青龙', { markings: [...terms.markings, '青龙'], keywords: [] })).toEqual(['marking:青龙']);
    expect(found('以下内容为公司机密', { markings: ['核心'], keywords: [] })).toEqual([]);
  });

  test('one pass also yields the password words', () => {
    const scan = new TermScanner(BUILT_IN).scan(normalizeForMatch('密码：abc123，机密'));
    expect(scan.passwordWords.map((word) => word.keyword)).toEqual(['密码']);
    expect(scan.terms.map((d) => d.display)).toEqual(['机密']);
  });

  test('password words with no separator after them are not kept: 密码 repeated a million times holds no list of a million words', () => {
    const scan = new TermScanner(BUILT_IN).scan('密码'.repeat(1_000_000));
    expect(scan.passwordWords).toEqual([]);
    expect(new TermScanner(BUILT_IN).scan('密码 是 x，password = y，口令 z').passwordWords.map((word) => word.keyword)).toEqual(['密码', 'password']);
  });
});
