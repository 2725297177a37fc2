import { findingsOf, runRuleTests } from '../../../../test/helpers/rule-tester';

const INTERNAL = { internalDomains: ['contoso.com'] };
const webmail = (sender: string, company = '', companyAside = company && `（${company}）`) => ({ messageId: 'webmail', data: { sender, company, companyAside }, field: 'from' }) as const;
const outside = (sender: string, company = '@contoso.com') => ({ messageId: 'outsideCompany', data: { sender, company }, field: 'from' }) as const;
const withOption = (webmailDomains: unknown, policy: Readonly<Record<string, unknown>> = {}) => ({ ...policy, rules: { 'personal-account': { webmailDomains } } });

runRuleTests('personal-account', {
  valid: [
    { name: 'the company address, with internalDomains', draft: { from: 'zhang.san@contoso.com' }, policy: INTERNAL },
    { name: 'a subdomain of an internal domain', draft: { from: 'zhang.san@sh.contoso.com' }, policy: INTERNAL },
    { name: 'a shared mailbox the policy lists, outside internalDomains, to colleagues', draft: { from: 'service@contoso-cn.com', to: ['li.si@contoso.com'] }, policy: { ...INTERNAL, sharedMailboxes: ['service@contoso-cn.com'] } },
    { name: 'a listed shared mailbox at a webmail domain', draft: { from: 'contoso-service@163.com', to: ['li.si@contoso.com'] }, policy: { ...INTERNAL, sharedMailboxes: ['contoso-service@163.com'] } },
    { name: 'a small firm whose company mail is qq.com', draft: { from: '12345678@qq.com', to: ['87654321@qq.com'] }, policy: { internalDomains: ['qq.com'] } },
    { name: 'a firm on vip.163.com listing 163.com', draft: { from: 'zhangsan@vip.163.com' }, policy: { internalDomains: ['163.com'] } },
    { name: 'a domain that only ends like a webmail one (myqq.com)', draft: { from: 'zhangsan@myqq.com' } },
    { name: 'a domain that only starts like one (gmail.com.cn)', draft: { from: 'zhangsan@gmail.com.cn' } },
    { name: 'a webmail domain as a label inside another (qq.com.contoso.com is contoso.com’s)', draft: { from: 'zhang.san@qq.com.contoso.com' }, policy: INTERNAL },
    { name: 'an empty from', draft: { from: '' } },
    { name: 'an Exchange alias without a domain', draft: { from: 'zhang.san' }, policy: INTERNAL },
    { name: 'an unread from is not judged, even where the address looks like webmail', draft: { from: 'zhangsan@gmail.com', unavailable: ['from'] } },
    { name: 'outside internalDomains, but not only to colleagues (a partner too)', draft: { from: 'zhang.san@contoso-consulting.com', to: ['li.si@contoso.com', 'bob@fabrikam.com'] }, policy: INTERNAL },
    { name: 'outside internalDomains, external BCC', draft: { from: 'zhang.san@contoso-consulting.com', to: ['li.si@contoso.com'], bcc: ['bob@fabrikam.com'] }, policy: INTERNAL },
    { name: 'outside internalDomains, no recipients at all', draft: { from: 'zhang.san@contoso-consulting.com', to: [] }, policy: INTERNAL },
    { name: 'outside internalDomains, the CC could not be read', draft: { from: 'zhang.san@contoso-consulting.com', to: ['li.si@contoso.com'], unavailable: ['cc'] }, policy: INTERNAL },
    { name: 'no internalDomains: a non-webmail sender is its own company', draft: { from: 'zhang.san@contoso-consulting.com', to: ['li.si@contoso.com'] } },
    { name: 'a replaced list without gmail.com', draft: { from: 'zhangsan@gmail.com' }, policy: withOption({ replace: ['qq.com'] }) },
  ],
  invalid: [
    { name: 'a gmail.com sender', draft: { from: 'zhangsan@gmail.com' }, errors: [webmail('zhangsan@gmail.com')] },
    {
      name: 'a qq.com sender to colleagues, naming the company address',
      draft: { from: '12345678@qq.com', to: ['li.si@contoso.com'] },
      policy: INTERNAL,
      errors: [webmail('12345678@qq.com', '@contoso.com')],
    },
    { name: 'the company address in English', locale: 'en-US', draft: { from: '12345678@qq.com' }, policy: INTERNAL, errors: [webmail('12345678@qq.com', '@contoso.com', ' (@contoso.com)')] },
    { name: 'the first internal domain is the one to use', draft: { from: 'zhangsan@163.com' }, policy: { internalDomains: ['contoso.com.cn', 'contoso.com'] }, errors: [webmail('zhangsan@163.com', '@contoso.com.cn')] },
    { name: 'a subdomain of a webmail domain (vip.qq.com)', draft: { from: 'boss@vip.qq.com' }, errors: [webmail('boss@vip.qq.com')] },
    { name: 'vip.163.com', draft: { from: 'zhangsan@vip.163.com' }, errors: [webmail('zhangsan@vip.163.com')] },
    { name: 'vip.sina.com', draft: { from: 'zhangsan@vip.sina.com' }, errors: [webmail('zhangsan@vip.sina.com')] },
    { name: 'a Taiwanese ISP mailbox (ms1.hinet.net)', draft: { from: 'chen@ms1.hinet.net' }, errors: [webmail('chen@ms1.hinet.net')] },
    { name: 'yahoo.com.tw', draft: { from: 'chen@yahoo.com.tw' }, errors: [webmail('chen@yahoo.com.tw')] },
    { name: 'case and full width folded (Ｚhang@ＧＭＡＩＬ.com)', draft: { from: 'Ｚhang@ＧＭＡＩＬ.com' }, errors: [webmail('zhang@gmail.com')] },
    { name: 'a 139.com address is a mobile number: masked like every number a message quotes', draft: { from: '13800138000@139.com' }, errors: [webmail('138****8000@139.com')] },
    { name: 'a display name and angle brackets', draft: { from: '张三 <Zhang.San@Hotmail.COM>' }, errors: [webmail('zhang.san@hotmail.com')] },
    { name: 'to an outside partner too: webmail fires whoever reads it', draft: { from: 'zhangsan@126.com', to: ['bob@fabrikam.com'] }, errors: [webmail('zhangsan@126.com')] },
    { name: 'a webmail sender while recipients could not be read', draft: { from: 'zhangsan@sina.cn', unavailable: ['to'] }, errors: [webmail('zhangsan@sina.cn')] },
    {
      name: 'outside internalDomains writing to colleagues only',
      draft: { from: 'zhang.san@contoso-consulting.com', to: ['li.si@contoso.com'], cc: ['wang.wu@mail.contoso.com'] },
      policy: INTERNAL,
      errors: [outside('zhang.san@contoso-consulting.com')],
    },
    {
      name: 'outside internalDomains, in Traditional-Chinese mail, the first domain named',
      locale: 'zh-TW',
      draft: { from: 'chen@contoso-tw.com', to: ['lin@contoso.com.tw'] },
      policy: { internalDomains: ['contoso.com.tw', 'contoso.com'] },
      errors: [outside('chen@contoso-tw.com', '@contoso.com.tw')],
    },
    { name: 'an added domain', draft: { from: 'zhangsan@example-mail.cn' }, policy: withOption(['example-mail.cn']), errors: [webmail('zhangsan@example-mail.cn')] },
    { name: 'an added domain keeps the built-in ones', draft: { from: 'zhangsan@gmail.com' }, policy: withOption(['example-mail.cn']), errors: [webmail('zhangsan@gmail.com')] },
    { name: 'an added domain written with @ and capitals', draft: { from: 'zhangsan@example-mail.cn' }, policy: withOption(['@Example-Mail.CN']), errors: [webmail('zhangsan@example-mail.cn')] },
    { name: 'a replaced list', draft: { from: 'zhangsan@example-mail.cn' }, policy: withOption({ replace: ['example-mail.cn'] }), errors: [webmail('zhangsan@example-mail.cn')] },
    {
      name: 'a replaced list still leaves the colleagues-only check',
      draft: { from: 'zhangsan@gmail.com', to: ['li.si@contoso.com'] },
      policy: withOption({ replace: ['qq.com'] }, INTERNAL),
      errors: [outside('zhangsan@gmail.com')],
    },
    { name: 'severity raised to block', draft: { from: 'zhangsan@gmail.com' }, policy: { rules: { 'personal-account': { severity: 'block' } } }, errors: [{ ...webmail('zhangsan@gmail.com'), severity: 'block' }] },
  ],
  invalidOptions: [
    { name: 'webmailDomains as a string', options: { webmailDomains: 'qq.com' }, path: '$.rules["personal-account"].webmailDomains' },
    { name: 'an empty domain', options: { webmailDomains: ['qq.com', ''] }, path: '$.rules["personal-account"].webmailDomains[1]' },
    { name: 'replace with an unknown key', options: { webmailDomains: { replace: [], add: ['qq.com'] } }, path: '$.rules["personal-account"].webmailDomains.add' },
  ],
});

describe('the message names the sender and the company address to use', () => {
  test.each([
    ['zh-CN', '发件地址 12345678@qq.com 是个人邮箱，不是公司邮箱：请改用公司邮箱（@contoso.com）发送工作邮件。'],
    ['zh-TW', '寄件地址 12345678@qq.com 是個人信箱，不是公司信箱：請改用公司信箱（@contoso.com）傳送工作郵件。'],
    ['en-US', 'The sender 12345678@qq.com is a public webmail address, not a company one: send work mail from your company address (@contoso.com) instead.'],
  ] as const)('%s, with internalDomains', (locale, message) => {
    expect(findingsOf('personal-account', { name: locale, draft: { from: '12345678@qq.com' }, policy: INTERNAL }, locale).map((f) => f.message)).toEqual([message]);
  });

  test('without internalDomains there is no address to name, and no empty brackets', () => {
    const [finding] = findingsOf('personal-account', { name: 'no domains', draft: { from: '12345678@qq.com' } });
    expect(finding?.message).toBe('发件地址 12345678@qq.com 是个人邮箱，不是公司邮箱：请改用公司邮箱发送工作邮件。');
  });

  test('outside the company’s domains, writing to colleagues', () => {
    const [finding] = findingsOf('personal-account', { name: 'outside', draft: { from: 'zhang.san@contoso-consulting.com' }, policy: INTERNAL });
    expect(finding?.message).toBe('发件地址 zhang.san@contoso-consulting.com 不是公司邮箱，收件人却都是公司同事：请改用公司邮箱（@contoso.com）发送工作邮件。');
  });
});
