import { groupInFours, toFullWidth } from '../../../../test/sensitive-numbers';
import { runRuleTests } from '../../../../test/helpers/rule-tester';
import { CARD, CARD_MASKED, CREDIT_CODE, EXTERNAL, ID, ID_MASKED, ID_X, LABEL_POLICY, MOBILES, TAG_POLICY, body, instruction } from '../../../../test/helpers/sensitive-drafts';

runRuleTests('sensitive-content', {
  valid: [
    { name: 'satisfied, no finding (RULES.md): the draft carries the policy’s label (any case)', draft: { body: body(`身份证号 ${ID}`), sensitivityLabel: 'confidential' }, policy: LABEL_POLICY },
    { name: 'satisfied: the subject carries the tag (full-width brackets too), even with a marking to an external recipient', draft: { ...EXTERNAL, subject: '回复：［加密］并购方案', body: body('以下内容为公司机密。') }, policy: TAG_POLICY },
    { name: 'the clean scenario: a date, a landline and an order number', draft: { body: body('第三季度预算表见附件，请于11月30日前确认。订单号 2026113012345678，电话 010-5555-0123。') } },
    { name: 'a signature with two mobile numbers', draft: { body: body('会议纪要已更新。\n张三 手机 13800138000\n李四 手机 13912345678') } },
    { name: 'four distinct mobile numbers are not yet a contact list', draft: { body: body(MOBILES.slice(0, 4).join('\n')) } },
    { name: 'the same mobile number five times is one number', draft: { body: body(Array(5).fill(MOBILES[0]).join('、')) } },
    { name: 'a Luhn-valid order number with no card word', draft: { body: body(`订单号：${CARD}，请查收。`) } },
    { name: 'an ID with a wrong check digit', draft: { body: body('身份证号 110105199003071238') } },
    { name: 'an ID glued to letters (a serial number)', draft: { body: body(`设备序列号 SN${ID}`) } },
    { name: '秘密 as an ordinary word', draft: { body: body('这不是什么秘密，大家都知道会议改期了。') } },
    { name: 'a password placeholder', draft: { body: body('密码：******，请向管理员索取。') } },
    { name: 'talk about passwords (Traditional)', draft: { body: body('忘記密碼請聯繫資訊部，密碼學課程下週開始。') } },
    {
      name: 'an English disclaimer towards an external recipient',
      draft: { ...EXTERNAL, body: 'Dear Erika,\n\nThe agenda is attached.\n\nBest regards,\nZhang San\n\nThis e-mail and any attachments are confidential and intended solely for the addressee.' },
    },
    { name: '薪资 alone is a pay-date notice, not a salary sheet', draft: { body: body('本月薪资将于15日发放，如有疑问请联系人事部。') } },
    { name: '薪資 alone (Traditional)', draft: { body: body('本月薪資將於15日入帳。') } },
    {
      name: 'a Taiwanese disclaimer (… 收件者以外之人 …) towards an external recipient',
      draft: { ...EXTERNAL, body: '王經理您好：\n\n議程如附件。\n\n謝謝\n張三\n\n本信件可能包含機密資訊，收件者以外之人請勿使用或轉寄。' },
    },
    { name: '密件副本 (BCC) is no marking', draft: { ...EXTERNAL, body: body('我已將主管加在密件副本中。') } },
    { name: '權限閱讀 holds 限閱 but is no restricted marking', draft: { body: body('請申請權限閱讀此資料夾。') } },
    { name: 'a grouped ID with a wrong check digit', draft: { body: body('身份证号 110105 19900307 1238') } },
    { name: 'digits grouped 6-8-4 that are no ID (no real birth date)', draft: { body: body('批号 110105 19901307 1239') } },
    { name: 'keywords replaced by an empty list', draft: { body: body('附件是内部资料。') }, policy: { rules: { 'sensitive-content': { keywords: { replace: [] } } } } },
    { name: 'markings replaced by the policy’s own', draft: { body: body('以下内容为公司机密。') }, policy: { rules: { 'sensitive-content': { markings: { replace: ['青龙'] } } } } },
  ],
  invalid: [
    {
      name: 'a resident ID in the body (scenario 22)',
      draft: { body: body(`新员工王五的身份证号为${ID}，已录入人事系统。`) },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'residentId', locationIds: 'body', kinds: '身份证号', locations: '正文', examples: ID_MASKED, count: 1 }, field: 'body', fixes: instruction() }],
    },
    {
      name: 'Traditional: an ID with X and a card after 帳號',
      draft: { subject: '員工資料', body: `王經理：\n\n身分證號碼：${ID_X}\n薪資帳號：${CARD}\n\n謝謝`, to: ['wang@contoso.com'] },
      errors: [
        {
          messageId: 'sensitive',
          data: { kindIds: 'residentId,bankCard', locationIds: 'body', examples: `110105********002X、${CARD_MASKED} (UnionPay)`, issuers: 'UnionPay' },
          fixes: instruction(),
        },
      ],
    },
    {
      name: 'English: a password in plain text (scenario 24)',
      draft: { subject: 'VPN account', body: 'Hi Wei,\n\nUsername: intern07, password: Ql7vB2xe\n\nThanks,\nJane' },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'password', examples: 'password: ********' }, fixes: instruction() }],
    },
    {
      name: 'a grouped card in quoted history',
      draft: { body: `好的，已处理。\n\n-----Original Message-----\nFrom: bob@contoso.com\nSent: Monday\n请退款到 ${groupInFours(CARD, ' ')}` },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'bankCard', locationIds: 'quoted', locations: '引用的历史邮件' }, field: 'body', fixes: instruction() }],
    },
    {
      name: 'full-width digits of an ID in the subject',
      draft: { subject: `入职登记 ${toFullWidth(ID)}` },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'residentId', locationIds: 'subject', examples: ID_MASKED }, field: 'subject', fixes: instruction() }],
    },
    {
      name: 'a credit code in an attachment name',
      draft: { body: body('供应商资质见附件。'), attachments: [{ name: `营业执照_${CREDIT_CODE}.pdf`, size: 1000 }] },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'creditCode', locationIds: 'attachment', examples: '913501********0Y43' }, field: 'attachments', fixes: instruction() }],
    },
    {
      name: 'five distinct mobile numbers: a contact list',
      draft: { body: body(MOBILES.map((mobile, i) => `同事${i + 1}：${mobile}`).join('\n')) },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'mobileList', kinds: '5 个手机号码', count: 5 }, fixes: instruction() }],
    },
    {
      name: 'a smaller contact-list threshold from the policy',
      draft: { body: body(MOBILES.slice(0, 3).join('\n')) },
      policy: { rules: { 'sensitive-content': { minMobileNumbers: 3 } } },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'mobileList', count: 3 }, fixes: instruction() }],
    },
    {
      name: 'a confidential keyword to an external recipient warns, it does not block',
      draft: { ...EXTERNAL, body: body('附件为内部资料，仅供参考。') },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'keyword', examples: '内部资料' }, fixes: instruction() }],
    },
    {
      name: 'a marking to internal recipients warns',
      draft: { body: body('以下内容为公司机密，请妥善保管。') },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'marking', examples: '机密' }, fixes: instruction() }],
    },
    {
      name: 'a marking to an external recipient blocks (scenario 23)',
      draft: { ...EXTERNAL, body: body('以下内容为公司机密：我方谈判底线为报价的九五折。') },
      errors: [{ messageId: 'markingToExternal', severity: 'block', data: { marking: '机密', domains: 'fabrikam.com', kindIds: 'marking' }, fixes: instruction() }],
    },
    {
      name: 'a marking in quoted history to an external CC blocks too',
      draft: { cc: ['partner@fabrikam.com'], body: `请见下方讨论。\n\n> 【秘密】并购方案第二版\n> 请勿转发` },
      errors: [{ messageId: 'markingToExternal', severity: 'block', data: { marking: '【秘密】', locationIds: 'quoted' }, fixes: instruction() }],
    },
    {
      name: 'Traditional 機密 in an attachment name to an external recipient blocks',
      draft: { ...EXTERNAL, body: body('資料見附件。'), attachments: [{ name: '機密_併購方案.docx', size: 1000 }] },
      errors: [{ messageId: 'markingToExternal', severity: 'block', data: { marking: '機密', locationIds: 'attachment' }, field: 'attachments', fixes: instruction() }],
    },
    {
      name: 'English CONFIDENTIAL in the subject to an external recipient blocks',
      draft: { ...EXTERNAL, subject: 'CONFIDENTIAL: merger terms', body: 'Dear Erika,\n\nPlease see the terms below.\n\nBest regards,\nZhang San' },
      errors: [{ messageId: 'markingToExternal', severity: 'block', data: { marking: 'confidential', locationIds: 'subject' }, field: 'subject', fixes: instruction() }],
    },
    {
      name: 'English confidential in prose to an external recipient is a keyword: it warns, it does not block',
      draft: { ...EXTERNAL, subject: 'Proposal for Fabrikam', body: 'Dear Erika,\n\nThis proposal is indicative and confidential.\n\nBest regards,\nZhang San' },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'keyword', examples: 'confidential' }, fixes: instruction() }],
    },
    {
      name: 'Confidential: at the start of a line is a label and blocks towards an external recipient',
      draft: { ...EXTERNAL, body: 'Dear Erika,\n\nConfidential: our floor price is 95% of list.\n\nBest regards,\nZhang San' },
      errors: [{ messageId: 'markingToExternal', severity: 'block', data: { marking: 'confidential', locationIds: 'body' }, fixes: instruction() }],
    },
    {
      name: '[Confidential] after a reply prefix in the subject is a label',
      draft: { ...EXTERNAL, subject: 'RE: [Confidential] merger terms', body: 'Dear Erika,\n\nSee below.\n\nBest regards,\nZhang San' },
      errors: [{ messageId: 'markingToExternal', severity: 'block', data: { marking: 'confidential', locationIds: 'subject' }, field: 'subject', fixes: instruction() }],
    },
    {
      name: 'Confidential alone on a line in quoted history is a label',
      draft: { ...EXTERNAL, body: 'Dear Erika,\n\nPlease see below.\n\nBest regards,\nZhang San\n\n> Confidential\n> Floor price: 95% of list' },
      errors: [{ messageId: 'markingToExternal', severity: 'block', data: { marking: 'confidential', locationIds: 'quoted' }, fixes: instruction() }],
    },
    {
      name: 'strictly confidential marks even in prose',
      draft: { ...EXTERNAL, body: 'Dear Erika,\n\nThe figures below are strictly confidential.\n\nBest regards,\nZhang San' },
      errors: [{ messageId: 'markingToExternal', severity: 'block', data: { marking: 'strictly confidential', kindIds: 'marking' }, fixes: instruction() }],
    },
    {
      name: 'a file name starting Confidential - is a label',
      draft: { ...EXTERNAL, body: 'Dear Erika,\n\nThe terms are attached.\n\nBest regards,\nZhang San', attachments: [{ name: 'Confidential - merger terms.docx', size: 1000 }] },
      errors: [{ messageId: 'markingToExternal', severity: 'block', data: { marking: 'confidential', locationIds: 'attachment' }, field: 'attachments', fixes: instruction() }],
    },
    {
      name: 'a salary sheet (薪资表) is a confidential keyword',
      draft: { body: body('附件是十一月薪资表，请核对。') },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'keyword', examples: '薪资表' }, fixes: instruction() }],
    },
    {
      name: 'pay slips (工資條, Traditional) are a confidential keyword',
      draft: { body: body('十一月工資條已上傳。') },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'keyword', examples: '工資條' }, fixes: instruction() }],
    },
    {
      name: 'a payslip in Taiwanese (薪資單) is a confidential keyword',
      draft: { body: body('十一月薪資單已上傳，請查收。') },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'keyword', examples: '薪資單' }, fixes: instruction() }],
    },
    {
      name: 'a payslip in Simplified (薪资单) is a confidential keyword',
      draft: { body: body('十一月薪资单已上传，请查收。') },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'keyword', examples: '薪资单' }, fixes: instruction() }],
    },
    {
      name: 'a Taiwanese 限閱文件 is a confidential keyword',
      draft: { body: body('此為限閱文件，請勿轉寄。') },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'keyword', examples: '限閱文件' }, fixes: instruction() }],
    },
    {
      name: 'a Taiwanese 通行碼 is a password word',
      draft: { body: body('系統帳號：intern07，通行碼：Ql7vB2xe') },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'password', examples: '通行碼: ********' }, fixes: instruction() }],
    },
    {
      name: 'an ID grouped 6-8-4 with spaces, ending in X',
      draft: { body: body('身份证号：110105 19491231 002X') },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'residentId', examples: '110105********002X', count: 1 }, fixes: instruction() }],
    },
    {
      name: 'an ID grouped with hyphens, and the same ID ungrouped, is one ID',
      draft: { body: body(`身份证号：110105-19900307-1239，即 ${ID}`) },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'residentId', examples: ID_MASKED, count: 1 }, fixes: instruction() }],
    },
    {
      name: 'a grouped ID with full-width digits and a lower-case x',
      draft: { subject: `入职 ${toFullWidth('110105 19491231 002')}x` },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'residentId', locationIds: 'subject', examples: '110105********002X' }, field: 'subject', fixes: instruction() }],
    },
    {
      name: 'blockMarkingsToExternal: false keeps it a warning',
      draft: { ...EXTERNAL, body: body('以下内容为公司机密。') },
      policy: { rules: { 'sensitive-content': { blockMarkingsToExternal: false } } },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'marking' }, fixes: instruction() }],
    },
    {
      name: 'severity info from the policy: the task pane only, a marking to an external recipient does not make it block',
      draft: { ...EXTERNAL, body: body('以下内容为公司机密。') },
      policy: { rules: { 'sensitive-content': { severity: 'info' } } },
      errors: [{ messageId: 'sensitive', severity: 'info', data: { kindIds: 'marking' }, fixes: instruction() }],
    },
    {
      name: 'severity block from the policy',
      draft: { body: body(`身份证号 ${ID}`) },
      policy: { rules: { 'sensitive-content': { severity: 'block' } } },
      errors: [{ messageId: 'sensitive', severity: 'block', data: { kindIds: 'residentId' }, fixes: instruction() }],
    },
    {
      name: 'encryption by sensitivity label: the fix applies the label',
      draft: { body: body(`身份证号 ${ID}`) },
      policy: LABEL_POLICY,
      errors: [{ messageId: 'sensitive', data: { kindIds: 'residentId' }, fixes: [{ id: 'apply-label', action: { kind: 'applySensitivityLabel', label: 'Confidential' } }] }],
    },
    {
      name: 'encryption by subject tag: the tag goes after RE:, nothing dropped',
      draft: { subject: 'RE: 入职信息登记', body: body(`身份证号 ${ID}`) },
      policy: TAG_POLICY,
      errors: [{ messageId: 'sensitive', data: { kindIds: 'residentId' }, fixes: [{ id: 'add-tag', action: { kind: 'setSubject', subject: 'RE: [加密] 入职信息登记' } }] }],
    },
    {
      name: 'encryption by subject tag, but the number is in the subject: no fix repeats it',
      draft: { subject: `入职登记 ${ID}` },
      policy: TAG_POLICY,
      errors: [{ messageId: 'sensitive', data: { kindIds: 'residentId', locationIds: 'subject' }, fixes: [] }],
    },
    {
      name: 'encryption by instruction (plain text)',
      draft: { body: body(`身份证号 ${ID}`) },
      policy: { encryption: { method: 'instruction', text: '请使用 SecureMail 发送。' } },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'residentId' }, fixes: instruction('请使用 SecureMail 发送。') }],
    },
    {
      name: 'encryption by instruction (localised text, zh-CN shown)',
      draft: { body: body(`身份证号 ${ID}`) },
      policy: { encryption: { method: 'instruction', text: { 'zh-CN': '用加密邮件发送', 'en-US': 'Send it encrypted' } } },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'residentId' }, fixes: instruction('用加密邮件发送') }],
    },
    {
      name: 'a keyword the policy adds',
      draft: { body: body('青龙项目的报价如下。') },
      policy: { rules: { 'sensitive-content': { keywords: ['青龙项目'] } } },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'keyword', examples: '青龙项目' }, fixes: instruction() }],
    },
    {
      name: 'a pattern the policy adds (shown as the pattern, never the match)',
      draft: { body: body('合同编号 HT-2026-0042 的附件。') },
      policy: { rules: { 'sensitive-content': { patterns: ['ht-\\d{4}-\\d{4}'] } } },
      errors: [{ messageId: 'sensitive', data: { kindIds: 'pattern', examples: '/ht-\\d{4}-\\d{4}/' }, fixes: instruction() }],
    },
  ],
  invalidOptions: [
    { name: 'an invalid regular expression names its index', options: { patterns: ['prj-\\d{4}', 'ht-(\\d+'] }, path: '$.rules["sensitive-content"].patterns[1]' },
    { name: 'look-ahead is not RE2 syntax', options: { patterns: ['a(?=b)'] }, path: '$.rules["sensitive-content"].patterns[0]' },
    { name: 'a pattern that matches empty text', options: { patterns: ['x*'] }, path: '$.rules["sensitive-content"].patterns[0]' },
    { name: 'patterns as a string', options: { patterns: 'prj-\\d{4}' }, path: '$.rules["sensitive-content"].patterns' },
    { name: 'patterns too large together (each scans every character)', options: { patterns: ['(.*){100}q', '(.*){100}r', '(.*){100}s', '(.*){100}t', '(.*){100}u', '(.*){100}v', '(.*){100}w', '(.*){100}x', '(.*){100}y', '(.*){100}z'] }, path: '$.rules["sensitive-content"].patterns' },
    { name: 'markings as a string', options: { markings: '机密' }, path: '$.rules["sensitive-content"].markings' },
    { name: 'a contact list of one number', options: { minMobileNumbers: 1 }, path: '$.rules["sensitive-content"].minMobileNumbers' },
    { name: 'blockMarkingsToExternal as text', options: { blockMarkingsToExternal: 'yes' }, path: '$.rules["sensitive-content"].blockMarkingsToExternal' },
    { name: 'an unknown option', options: { detectPasswords: false }, path: '$.rules["sensitive-content"].detectPasswords' },
  ],
});
