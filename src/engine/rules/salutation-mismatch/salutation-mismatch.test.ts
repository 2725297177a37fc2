import { findingsOf, runRuleTests } from '../../../../test/helpers/rule-tester';
import fc from 'fast-check';
import { isPinyin, isSurname, nameTable, romanize } from './names';

const to = (...entries: (string | [string, string])[]) => entries.map((entry) => (typeof entry === 'string' ? entry : { address: entry[1], name: entry[0] }));
const mail = (greeting: string) => `${greeting}\n\n第三季度预算已经整理好，下周例会上讨论。\n\n谢谢！\n张三`;
const english = (greeting: string) => `${greeting}\n\nThe budget for Q3 is ready.\n\nThanks,\nZhang San`;

runRuleTests('salutation-mismatch', {
  valid: [
    { name: 'the full name is the display name', draft: { to: to(['李四', 'ls@contoso.com']), body: mail('李四：') } },
    { name: 'surname and title against the display name', draft: { to: to(['王五', 'w5@contoso.com']), body: mail('王经理：') } },
    { name: '张总， against 张伟', draft: { to: to(['张伟', 'zw@contoso.com']), body: mail('张总，') } },
    { name: '李老师： against 李红', draft: { to: to(['李红', 'lh@contoso.com']), body: mail('李老师：') } },
    { name: 'the given name against the display name', draft: { to: to(['王晓东', 'wxd@contoso.com']), body: mail('晓东：') } },
    { name: 'a compound surname and title', draft: { to: to(['欧阳明', 'oym@contoso.com']), body: mail('欧阳经理：') } },
    { name: 'a compound surname against its pinyin', draft: { to: ['ouyang.ming@contoso.com'], body: mail('欧阳明：') } },
    { name: 'Simplified greeting, Traditional display name', draft: { to: to(['張三', 'zs@contoso.com']), body: mail('张三：') } },
    { name: 'Traditional greeting, Simplified display name', draft: { to: to(['陈国华', 'c@contoso.com']), body: mail('陳國華：') } },
    { name: 'Traditional title 總經理', draft: { to: to(['黃志明', 'x@contoso.com']), body: mail('黃總經理：') } },
    { name: 'pinyin li.si', draft: { to: ['li.si@contoso.com'], body: mail('李四：') } },
    { name: 'pinyin lisi', draft: { to: ['lisi@contoso.com'], body: mail('李四：') } },
    { name: 'pinyin si.li', draft: { to: ['si.li@contoso.com'], body: mail('李四：') } },
    { name: 'pinyin lsi', draft: { to: ['lsi@contoso.com'], body: mail('李四：') } },
    { name: 'pinyin lisi2026', draft: { to: ['lisi2026@contoso.com'], body: mail('李四：') } },
    { name: 'surname and title against a pinyin address', draft: { to: ['wang.wu@contoso.com'], body: mail('王经理：') } },
    { name: 'a surname read as a surname: 单 shan', draft: { to: ['shan.lei@contoso.com'], body: mail('单经理：') } },
    { name: 'a surname read as a surname: 曾 zeng', draft: { to: ['zengqiang@contoso.com'], body: mail('曾总：') } },
    { name: 'an English first name in the address with the surname', draft: { to: ['john.zhang@contoso.com'], body: mail('张三：') } },
    { name: 'a Latin display name for a Chinese greeting', draft: { to: to(['Li Si', 'x1@contoso.com']), body: mail('李四：') } },
    { name: 'Dear John against the display name', draft: { to: to(['John Smith', 'js@fabrikam.com']), body: english('Dear John,') } },
    { name: 'Hi Anna against the local part', draft: { to: ['anna.keller@fabrikam.com'], body: english('Hi Anna,') } },
    { name: 'Dear Mr Smith against jsmith', draft: { to: ['jsmith@fabrikam.com'], body: english('Dear Mr. Smith,') } },
    { name: 'Hi Xiaoming against 张小明', draft: { to: to(['张小明', 'x2@contoso.com']), body: english('Hi Xiaoming,') } },
    { name: 'Dear Lisi against li.si', draft: { to: ['li.si@contoso.com'], body: english('Dear Lisi,') } },
    { name: 'generic 各位', draft: { to: ['wang.wu@contoso.com'], body: mail('各位：') } },
    { name: 'generic 大家好', draft: { to: ['wang.wu@contoso.com'], body: mail('大家好：') } },
    { name: 'generic 您好', draft: { to: ['wang.wu@contoso.com'], body: mail('您好：') } },
    { name: 'generic 各位同事', draft: { to: ['wang.wu@contoso.com'], body: mail('各位同事：') } },
    { name: 'generic 尊敬的客户', draft: { to: ['wang.wu@contoso.com'], body: mail('尊敬的客户：') } },
    { name: 'generic Hi all', draft: { to: ['wang.wu@contoso.com'], body: english('Hi all,') } },
    { name: 'generic Dear Team', draft: { to: ['wang.wu@contoso.com'], body: english('Dear Team,') } },
    { name: 'generic Hello everyone', draft: { to: ['wang.wu@contoso.com'], body: english('Hello everyone,') } },
    { name: 'no greeting', draft: { to: ['wang.wu@contoso.com'], body: '第三季度预算已经整理好。\n\n张三' } },
    { name: 'a first sentence is no greeting', draft: { to: ['wang.wu@contoso.com'], body: '李四昨天已经把预算表发给我了。\n\n张三' } },
    { name: 'a Chinese name one of four To recipients has', draft: { to: [{ address: 'wang.wu@contoso.com', name: '王五' }, { address: 'zhao.liu@contoso.com', name: '赵六' }, { address: 'qian.qi@contoso.com', name: '钱七' }, 'li.si@contoso.com'], body: mail('李四：') } },
    { name: 'an English name to more than three people (Dear West, for the West desk)', draft: { to: ['anna.keller@fabrikam.com', 'bob.miller@fabrikam.com', 'carl.weber@fabrikam.com', 'dora.klein@fabrikam.com'], body: english('Dear West,') } },
    { name: 'a distribution list in To', draft: { to: [{ address: 'sales@contoso.com', name: '销售部', type: 'distributionList' }], body: mail('李四：') } },
    { name: 'a role mailbox without a display name', draft: { to: ['info@fabrikam.com'], body: mail('王经理：') } },
    { name: 'one of two names greeted is in To', draft: { to: ['li.si@contoso.com'], body: mail('王总、李四：') } },
    { name: 'a QQ number says nothing of its owner', draft: { to: ['12345678@qq.com'], body: mail('王经理：') } },
    { name: 'a nickname address says nothing of its owner', draft: { to: ['someone@gmail.com'], body: mail('王经理：') } },
    { name: 'a display name that is the address is none', draft: { to: to(['sunny_day@163.com', 'sunny_day@163.com']), body: mail('李四：') } },
    { name: 'one of two in To says nothing of its owner', draft: { to: ['zhao.liu@contoso.com', '88886666@qq.com'], body: mail('王经理：') } },
    { name: 'a digits-only address under an English greeting', draft: { to: ['12345678@qq.com'], body: english('Dear John,') } },
    { name: 'a display name with a department the table cannot read', draft: { to: to(['李四(市场部)', 'li.si@contoso.com']), body: mail('李四：') } },
    { name: 'a department as the display name', draft: { to: to(['销售部', 'sales@contoso.com']), body: mail('李四：') } },
    { name: 'a display name with a character the table lacks', draft: { to: to(['周杰伦', 'jay@contoso.com']), body: mail('周总：') } },
    { name: 'a Taiwan spelling of the surname: Chang', draft: { to: to(['David Chang', 'david.chang@contoso.com.tw']), body: mail('張經理：') } },
    { name: 'a Taiwan spelling in the address', draft: { to: ['chang.wei@contoso.com.tw'], body: mail('張經理：') } },
    { name: 'Lee for 李', draft: { to: to(['Jason Lee', 'jason.lee@contoso.com.tw']), body: mail('李經理：') } },
    { name: 'Tsai for 蔡', draft: { to: to(['Mei Tsai', 'mei.tsai@contoso.com.tw']), body: mail('蔡經理：') } },
    { name: 'Chan for 陳 (Hong Kong)', draft: { to: to(['Peter Chan', 'peter.chan@contoso.com.hk']), body: mail('陳經理：') } },
    { name: 'Lim for 林 (Singapore)', draft: { to: to(['Lim Wei Ming', 'weiming.lim@contoso.sg']), body: mail('林先生：') } },
    { name: 'a Wade-Giles full name', draft: { to: to(['Chang Chih-ming', 'cm.chang@contoso.com.tw']), body: mail('張志明：') } },
    { name: 'an English name for a Chinese display name', draft: { to: to(['王伟', 'wangwei@contoso.com']), body: english('Hi Tony,') } },
    { name: 'an English name beside the Chinese one', draft: { to: to(['王伟 Tony', 'w.wei@contoso.com']), body: english('Hi Tony,') } },
    { name: 'an English nickname address', draft: { to: ['sunshine88@gmail.com'], body: english('Hi Anna,') } },
    { name: 'an exclamation is no greeting: 明白！', draft: { to: to(['王五', 'wang.wu@contoso.com']), body: mail('明白！') } },
    { name: 'Dear Mr. Smith against the display name', draft: { to: to(['John Smith', 'js@fabrikam.com']), body: english('Dear Mr. Smith,') } },
    { name: 'a greeting only in quoted history', draft: { to: ['wang.wu@contoso.com'], body: '收到。\n\n> 李四：\n> 预算表已更新。' } },
  ],
  invalid: [
    { name: 'the greeted person is in CC only: none of the To recipients (RULES.md)', draft: { to: ['wang.wu@contoso.com'], cc: ['li.si@contoso.com'], body: mail('李四：') }, errors: [{ messageId: 'mismatch', field: 'to', data: { name: '李四', recipients: 'wang.wu@contoso.com' } }] },
    { name: 'the greeted person is in BCC only', draft: { to: to(['王五', 'wang.wu@contoso.com']), bcc: [{ address: 'li.si@contoso.com', name: '李四' }], body: mail('李四：') }, errors: [{ messageId: 'mismatch', data: { name: '李四', recipients: '王五' } }] },
    {
      name: 'a Chinese name none of four To recipients has',
      draft: { to: [{ address: 'wang.wu@contoso.com', name: '王五' }, { address: 'zhao.liu@contoso.com', name: '赵六' }, { address: 'qian.qi@contoso.com', name: '钱七' }, { address: 'sun.ba@contoso.com', name: '孙八' }], body: mail('李四：') },
      errors: [{ messageId: 'mismatch', data: { name: '李四', recipients: '王五、赵六、钱七、孙八' } }],
    },
    { name: 'a Chinese name nobody in To has', draft: { to: to(['王五', 'wang.wu@contoso.com']), body: mail('李四：') }, errors: [{ messageId: 'mismatch', field: 'to', data: { name: '李四', recipients: '王五' } }] },
    { name: 'a name against a pinyin address of someone else', draft: { to: ['wang.wu@contoso.com'], body: mail('李四：') }, errors: [{ messageId: 'mismatch', data: { name: '李四', recipients: 'wang.wu@contoso.com' } }] },
    { name: 'same surname, another given name', draft: { to: ['li.wei@contoso.com'], body: mail('李四：') }, errors: [{ messageId: 'mismatch', data: { name: '李四' } }] },
    { name: 'surname and title of someone else', draft: { to: to(['李四', 'li.si@contoso.com']), body: mail('王经理：') }, errors: [{ messageId: 'mismatch', data: { name: '王经理', recipients: '李四' } }] },
    { name: '张总 against 王五', draft: { to: to(['王五', 'w@contoso.com']), body: mail('张总，您好！') }, errors: [{ messageId: 'mismatch', data: { name: '张总' } }] },
    { name: 'Traditional 處長 against another surname', draft: { to: to(['林美玲', 'lin@contoso.com.tw']), body: mail('陳處長：') }, errors: [{ messageId: 'mismatch', data: { name: '陳處長' } }] },
    { name: 'Dear John to Anna', draft: { to: to(['Anna Keller', 'anna.keller@fabrikam.com']), body: english('Dear John,') }, errors: [{ messageId: 'mismatch', data: { name: 'John', recipients: 'Anna Keller' } }] },
    { name: 'Hi Anna to an address of someone else', draft: { to: ['bob.miller@fabrikam.com'], body: english('Hi Anna, thanks for the file.') }, errors: [{ messageId: 'mismatch', data: { name: 'Anna' } }] },
    { name: 'a pinyin QQ mail address of someone else', draft: { to: ['zhaoliu88@qq.com'], body: mail('王经理：') }, errors: [{ messageId: 'mismatch', data: { name: '王经理' } }] },
    { name: 'Dear Mr. Smith to someone else', draft: { to: to(['Anna Keller', 'anna.keller@fabrikam.com']), body: english('Dear Mr. Smith,') }, errors: [{ messageId: 'mismatch', data: { name: 'Mr. Smith', recipients: 'Anna Keller' } }] },
    { name: 'a Taiwan spelling of another surname', draft: { to: to(['David Chang', 'david.chang@contoso.com.tw']), body: mail('陳經理：') }, errors: [{ messageId: 'mismatch', data: { name: '陳經理' } }] },
    { name: 'Hi Xiaoming to 王伟', draft: { to: to(['王伟', 'wangwei@contoso.com']), body: english('Hi Xiaoming,') }, errors: [{ messageId: 'mismatch', data: { name: 'Xiaoming' } }] },
    { name: 'a given name greeted with a comma', draft: { to: to(['王五', 'wang.wu@contoso.com']), body: mail('晓东，') }, errors: [{ messageId: 'mismatch', data: { name: '晓东' } }] },
    { name: 'the greeted person is nowhere, two in To', draft: { to: ['wang.wu@contoso.com', 'zhao.liu@contoso.com'], body: mail('李四：') }, errors: [{ messageId: 'mismatch', data: { recipients: 'wang.wu@contoso.com、zhao.liu@contoso.com' } }] },
  ],
  invalidOptions: [
    { name: 'generic as a word', options: { generic: 'team' }, path: '$.rules["salutation-mismatch"].generic' },
    { name: 'an empty generic word', options: { generic: [''] }, path: '$.rules["salutation-mismatch"].generic[0]' },
  ],
});

describe('salutation-mismatch with policy lists', () => {
  test('a generic word the policy adds silences the greeting', () => {
    const base = { name: 'policy generic', draft: { to: ['wang.wu@contoso.com'], body: mail('李四：') } };
    expect(findingsOf('salutation-mismatch', base)).toHaveLength(1);
    expect(findingsOf('salutation-mismatch', { ...base, policy: { rules: { 'salutation-mismatch': { generic: ['李四'] } } } })).toEqual([]);
  });

  test('the messages name the greeting and the To recipients in each locale', () => {
    const testCase = { name: 'wording', draft: { to: to(['王五', 'wang.wu@contoso.com']), body: mail('李四：') } };
    expect(findingsOf('salutation-mismatch', testCase, 'zh-CN')[0]?.message).toBe('邮件称呼“李四”，但收件人是 王五：请确认没有发错人。');
    expect(findingsOf('salutation-mismatch', testCase, 'zh-TW')[0]?.message).toBe('郵件稱呼「李四」，但收件者是 王五：請確認沒有寄錯人。');
    expect(findingsOf('salutation-mismatch', testCase, 'en-US')[0]?.message).toBe('The greeting names 李四, but the mail is to 王五: check that it goes to the right person.');
  });
});

describe('the generated pinyin table', () => {
  test('reads surnames as surnames and given names as given names', () => {
    expect(romanize('单', true)).toEqual([['shan']]);
    expect(romanize('曾', true)).toEqual([['zeng']]);
    expect(romanize('解', true)).toEqual([['xie']]);
    expect(romanize('仇', true)).toEqual([['qiu']]);
    expect(romanize('区', true)).toEqual([['ou']]);
    expect(romanize('張三', true)).toEqual([['zhang'], ['san']]);
  });

  test('knows the common surnames, the first characters of compound ones, and their Traditional forms', () => {
    for (const char of '王李张張陈陳刘劉黄黃欧歐诸諸上司') expect(isSurname(char)).toBe(true);
    expect(isSurname('四')).toBe(false);
  });

  test('decodes every entry of the packed table to a pinyin syllable, and lacks rare characters', () => {
    const table = nameTable();
    expect(table.size).toBeGreaterThan(350);
    for (const [char, [surname, given]] of table) {
      expect(char).toMatch(/^[\u4e00-\u9fff]$/u);
      for (const syllable of [...surname, ...given]) expect(syllable).toMatch(/^(?:[bpmfdtnlgkhjqxrzcsyw]|[zcs]h)?[aeiouv][a-z]*$|^(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?ng?$/u);
    }
    expect(romanize('王五', true)).toEqual([['wang'], ['wu']]);
    expect(romanize('欧阳', true)).toEqual([['ou'], ['yang']]);
    expect(romanize('龘', true)).toEqual([undefined]);
  });

  test('a Chinese greeting the table cannot read is never judged', () => {
    expect(findingsOf('salutation-mismatch', { name: 'rare given name', draft: { to: ['wang.wu@contoso.com'], body: mail('李龘：') } })).toEqual([]);
  });

  test('none of the common Chinese generic greetings fires', () => {
    const generic = '各位 大家 诸位 諸位 全体 全體 同事 同事们 同事們 同仁 领导 領導 朋友 朋友们 家人 宝贝 寶貝 客户 客戶 用户 用戶 会员 會員 先生 女士 老师 老師 同学 同學 团队 團隊 师傅 師傅 亲 親 您 你 你们 你們 早上 上午 中午 下午 晚上 新年 节日 節日 大家好 各位好 老师们好 亲爱的朋友们'.split(' ');
    for (const word of generic) expect([word, findingsOf('salutation-mismatch', { name: word, draft: { to: ['wang.wu@contoso.com'], body: mail(`${word}：`) } })]).toEqual([word, []]);
  });

  test('tells pinyin words from English names', () => {
    expect(isPinyin('xiaoming')).toBe(true);
    expect(isPinyin('anna')).toBe(true);
    expect(isPinyin('john')).toBe(false);
  });
});

describe('any greeting and any recipient', () => {
  // Name characters, characters the table lacks, Latin letters, titles and separators: what display names and first lines are made of.
  const piece = fc.constantFrom('王', '李', '张', '張', '欧阳', '明', '四', '龘', '市场部', '(', ')', ' ', 'Tony', 'Chang', 'li.si', '经理', '總', '、', '：', ',', '!', 'Dear ', 'Mr. ', '您好', '1', '-');
  const text = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
  const local = fc.stringMatching(/^[a-z0-9._-]{1,12}$/u);
  // A line the rule reads as a greeting: a name or surname, maybe a title, then a colon or comma.
  const greetingLine = fc
    .tuple(fc.constantFrom('', 'Dear ', 'Hi ', '尊敬的'), fc.array(fc.constantFrom('王', '李', '张', '陳', '欧阳', '明', '四', '晓', '东', 'Tony', 'Anna', 'Mr. Smith'), { minLength: 1, maxLength: 3 }), fc.constantFrom('', '经理', '總', '老师'), fc.constantFrom('：', ',', '!'))
    .map(([hello, name, title, end]) => `${hello}${name.join('')}${title}${end}`);

  test('never throws, and a finding names a To recipient', () => {
    fc.assert(
      fc.property(fc.oneof(text, greetingLine), text, local, (greeting, name, user) => {
        const testCase = { name: 'any', draft: { to: [{ address: `${user}@contoso.com`, name }], body: mail(greeting) } };
        for (const finding of findingsOf('salutation-mismatch', testCase, 'en-US')) expect(finding.message).toContain(name.trim() || `${user}@contoso.com`);
      }),
      { numRuns: 400 },
    );
  });
});
