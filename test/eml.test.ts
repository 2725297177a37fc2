/** `.eml` → draft mapping (RULES.md «An .eml file as a draft») on our fixtures and on real mail. */
import fs from 'node:fs';
import path from 'node:path';
import { emlToDraft } from '../src/cli/eml';
import { loadDraft } from '../src/cli/load-draft';
import { createDraft, evaluate } from '../src/engine';

const FIXTURES = path.join(__dirname, 'fixtures');
const CORPUS = path.resolve(__dirname, '..', '..', 'shared', 'corpus');

function fixture(name: string) {
  return emlToDraft(fs.readFileSync(path.join(FIXTURES, name)));
}

function corpus(...parts: string[]) {
  return emlToDraft(fs.readFileSync(path.join(CORPUS, ...parts)));
}

const REPLACEMENT = '\uFFFD';

describe('fixtures', () => {
  test('Chinese GBK multipart with an attachment: RFC 2047 subject, names, body, attachment name and decoded size', async () => {
    const draft = await fixture('zh-gbk-multipart-attachment.eml');
    expect(draft).toMatchObject({
      subject: '第三季度预算表',
      from: 'zhang.san@contoso.com',
      to: [
        { address: 'li.si@contoso.com', name: '李四' },
        { address: 'wang.wu@contoso.com', name: '' },
      ],
      cc: [{ address: 'zhao.liu@contoso.com', name: '赵六' }],
      bcc: [],
      attachments: [{ name: '预算表.xlsx', size: 3000, inline: false }],
      composeType: 'newMail',
      sensitivityLabel: null,
    });
    expect(draft.body).toBe('各位好：\n\n附件是第三季度预算表，请于11月30日前确认。\n\n谢谢！\n张三\n财务部 分机 8021\n');
  });

  test('HTML-only mail: tags dropped, entities and <br> decoded, style and script content dropped, link URLs left out', async () => {
    const { body } = await fixture('en-html-only.eml');
    expect(body).toContain('Hi team,');
    expect(body).toContain('The R&D office moves on Friday 22 November.\nPlease pack your desks by 5 pm — boxes are in room 4.12.');
    expect(body).toContain('Reply to this e-mail <facilities> or see the move page.');
    expect(body).toContain('Regards,\nFacilities');
    expect(body).not.toMatch(/color|font-family|alert|tracking|document\.write|hidden|https:|<p|&amp;|&nbsp;/u);
  });

  test('reply: In-Reply-To makes it a reply, and the quoted history stays in the body', async () => {
    const draft = await fixture('zh-reply-quoted.eml');
    expect(draft.composeType).toBe('reply');
    expect(draft.subject).toBe('Re: 培训场地确认');
    expect(draft.to).toEqual([{ address: 'wang.wu@fabrikam.com', name: '王五' }]);
    expect(draft.body).toContain('场地已确认，周三下午两点在302会议室。');
    expect(draft.body).toContain('在 2024年11月18日 09:12，王五 <wang.wu@fabrikam.com> 写道：\n> 李四：');
  });

  test('the engine reads the quoted history of an .eml reply as history: 附件 in the quote does not fire attachment-forgotten', async () => {
    const { findings } = evaluate(createDraft(await fixture('zh-reply-quoted.eml')));
    expect(findings.map((finding) => finding.rule)).not.toContain('attachment-forgotten');
  });

  test('originalSubject: the Subject:/主题: line of the first quoted header block, none for 写道 or new mail', async () => {
    expect((await fixture('zh-reply-inherited-subject.eml')).originalSubject).toBe('你好');
    expect((await fixture('en-forward.eml')).originalSubject).toBe('Q3 vendor invoices');
    expect((await fixture('zh-reply-quoted.eml')).originalSubject).toBeNull();
    expect((await fixture('zh-tw-big5.eml')).originalSubject).toBeNull();
  });

  test('a RE: subject with the quoted header block of the mail it answers is a reply, even without reply headers', async () => {
    const draft = await fixture('en-reply-no-reply-headers.eml');
    expect(draft.composeType).toBe('reply');
    expect(draft.originalSubject).toBe('ok');
    const { decision } = evaluate(createDraft(draft));
    expect(decision).toBe('allow');
  });

  test('a bare RE: is a reply to a mail that had no subject: its empty subject is inherited', async () => {
    const bytes = Buffer.from('From: a@contoso.com\r\nTo: b@contoso.com\r\nSubject: RE:\r\nContent-Type: text/plain\r\n\r\nfine, see you then\r\n');
    const draft = await emlToDraft(bytes);
    expect(draft).toMatchObject({ composeType: 'reply', originalSubject: '' });
    expect(evaluate(createDraft(draft)).findings.find((finding) => finding.rule === 'subject-missing')?.severity).toBe('info');
  });

  test('a RE: subject with no quoted history and no reply headers stays a new mail', async () => {
    const bytes = Buffer.from('From: a@contoso.com\r\nTo: b@contoso.com\r\nSubject: RE: ok\r\nContent-Type: text/plain\r\n\r\nfine\r\n');
    expect((await emlToDraft(bytes)).composeType).toBe('newMail');
  });

  test('a reply that keeps the vague subject it inherited is not stopped for it', async () => {
    const { decision, findings } = evaluate(createDraft(await fixture('zh-reply-inherited-subject.eml')));
    expect(findings.filter((finding) => finding.rule === 'subject-vague').map((finding) => finding.severity)).toEqual(['info']);
    expect(decision).toBe('allow');
  });

  test('forward: a Fwd: subject without In-Reply-To or References', async () => {
    const draft = await fixture('en-forward.eml');
    expect(draft.composeType).toBe('forward');
    expect(draft.attachments).toEqual([{ name: 'invoices-2024-09.pdf', size: 1234, inline: false }]);
    expect(draft.body).toContain('---------- Forwarded message ---------');
  });

  test('Big5: Traditional Chinese subject and body', async () => {
    const draft = await fixture('zh-tw-big5.eml');
    expect(draft.subject).toBe('年度會議通知');
    expect(draft.from).toBe('chen.xm@contoso.com.tw');
    expect(draft.body).toContain('年度會議將於12月5日下午兩點在台北總部舉行，請準時出席。');
  });

  test('inline image referenced by cid and an inline-disposition part are inline; the PDF is not', async () => {
    const draft = await fixture('en-inline-cid-image.eml');
    expect(draft.attachments).toEqual([
      { name: 'logo.png', size: 2048, inline: true },
      { name: 'banner.gif', size: 512, inline: true },
      { name: 'report-october.pdf', size: 4096, inline: false },
    ]);
    expect(draft.body).toBe('Hi Dan,\n\nThe October report is attached (report-october.pdf).\n\nBest,\nCarol\n');
  });

  test('RFC 2231 file names: UTF-8 percent-encoded, and GBK split over continuations', async () => {
    const draft = await fixture('en-rfc2231-filename.eml');
    expect(draft.attachments).toEqual([
      { name: '合同草案.pdf', size: 700, inline: false },
      { name: '审计报告.docx', size: 900, inline: false },
    ]);
  });

  test('undisclosed-recipients:; adds no address; BCC is read', async () => {
    const draft = await fixture('en-undisclosed-recipients.eml');
    expect(draft.to).toEqual([]);
    expect(draft.bcc.map((recipient) => recipient.address)).toEqual(['gina@fabrikam.com', 'henry@northwind.example']);
  });

  test('display names with quoted commas, and an RFC 5322 group whose members are recipients', async () => {
    const draft = await fixture('en-display-names-commas.eml');
    expect(draft.from).toBe('ivy.chen@contoso.com');
    expect(draft.to).toEqual([
      { address: 'john.doe@contoso.com', name: 'Doe, John' },
      { address: 'jane.smith@contoso.com', name: 'Smith, Jane (Finance)' },
    ]);
    expect(draft.cc).toEqual([
      { address: 'alice@contoso.com', name: '' },
      { address: 'bob.lee@fabrikam.com', name: 'Lee, Bob' },
      { address: 'carol@contoso.com', name: '' },
    ]);
  });

  test('multipart declared but no boundary lines: the bare GBK body and a raw 8-bit GBK subject', async () => {
    const draft = await fixture('zh-bare-multipart-gbk.eml');
    expect(draft.subject).toBe('求职经验交流会通知');
    expect(draft.body).toBe('各位同学：\n\n下周三晚上七点在三教301举行求职经验交流会，欢迎参加。\n请回复确认是否出席。\n\n学生会\n');
  });

  test('charset=utf-8 declared over GBK bytes is read as GBK', async () => {
    const draft = await fixture('zh-wrong-charset-gbk.eml');
    expect(draft.subject).toBe('论文初稿');
    expect(draft.body).toBe('老师您好：\n\n论文初稿已经完成，请您审阅。\n\n学生 刘洋\n');
  });

  test('text/plain with no charset over GBK bytes is read as GBK', async () => {
    const draft = await fixture('zh-no-charset-gbk.eml');
    expect(draft.body).toBe('大家好：\n\n本周五下午三点部门例会，地点在五楼会议室。\n\n行政部\n');
  });

  test.each([
    ['draft-clean.json', 'allow'],
    ['draft-warning-forgotten-attachment.json', 'prompt'],
    ['draft-reply-all-group-en.json', 'prompt'],
    ['draft-block-external-secret.json', 'block'],
  ])('JSON draft %s loads and is decided %s', async (name, decision) => {
    const loaded = await loadDraft(path.join(FIXTURES, name));
    if (!loaded.ok) throw new Error(loaded.error['en-US']);
    expect(evaluate(loaded.draft).decision).toBe(decision);
  });

  test('the block draft blocks because of the classification marking to an external domain', async () => {
    const loaded = await loadDraft(path.join(FIXTURES, 'draft-block-external-secret.json'));
    if (!loaded.ok) throw new Error(loaded.error['en-US']);
    const { findings } = evaluate(loaded.draft);
    expect(findings.find((finding) => finding.severity === 'block')?.rule).toBe('sensitive-content');
    expect(findings.map((finding) => finding.rule)).toContain('external-recipients');
  });
});

describe('real mail from the shared corpus', () => {
  test('trec06c multipart/alternative without boundary lines (ham-00202): the bare GBK body', async () => {
    const draft = await corpus('zh', 'ham', 'ham-00202.eml');
    expect(draft.subject).toBe('Re: 10个月来找工作经历，希望对后来人有帮助');
    expect(draft.body.startsWith('专业？\n: 从九月份开始找工作到现在终于正式地坐在办公室里开始工作')).toBe(true);
    expect(draft.composeType).toBe('reply');
  });

  test('charset="utf-8" declared over GBK bytes (ham-00208)', async () => {
    const draft = await corpus('zh', 'ham', 'ham-00208.eml');
    expect(draft.body.startsWith('写一下自己的专业背景吧，呵呵')).toBe(true);
    expect(draft.body).not.toContain(REPLACEMENT);
  });

  test('a raw 8-bit GBK subject (ham-00282)', async () => {
    const draft = await corpus('zh', 'ham', 'ham-00282.eml');
    expect(draft.subject).toMatch(/^Re: [\u4e00-\u9fff]/u);
    expect(draft.subject).not.toContain(REPLACEMENT);
  });

  test('charset=EUC-CN, which postal-mime does not know (ham-00370)', async () => {
    const draft = await corpus('zh', 'ham', 'ham-00370.eml');
    expect(draft.body.startsWith('可是你说有钱不花怎么办呢？')).toBe(true);
  });

  test('a "base64" body that is really 8-bit GBK text (spam-00007)', async () => {
    const draft = await corpus('zh', 'spam', 'spam-00007.eml');
    expect(draft.body).toContain('2005');
    expect(draft.body).toMatch(/[\u4e00-\u9fff]{4}/u);
    expect(draft.body).not.toContain(REPLACEMENT);
  });

  test('raw 8-bit Big5 subject and a Big5 HTML body (SpamAssassin cjk/big5-base64.1)', async () => {
    const draft = await corpus('fixtures', 'spamassassin__t__data__nice__cjk__big5-base64.1.eml');
    expect(draft.subject.startsWith('[SLAT-talk] 鉅靡6月17日新片又到.如有重複寄發.敬請原諒!')).toBe(true);
    expect(draft.body).toContain('強片上檔');
  });

  test('raw 8-bit GB2312 subject (SpamAssassin cjk/gb2312.1)', async () => {
    const draft = await corpus('fixtures', 'spamassassin__t__data__nice__cjk__gb2312.1.eml');
    expect(draft.subject).toBe('全新原装进口，送货上门，货到付款－台湾鑫龙商贸集团公司向您拜年!');
  });

  test('Enron mail: addresses, CC copied into BCC, plain text body', async () => {
    const files = fs.readdirSync(path.join(CORPUS, 'en')).sort();
    const withCc = [];
    for (const name of files.slice(0, 200)) {
      const draft = await corpus('en', name);
      expect(draft.from).toMatch(/@/u);
      expect(draft.body).not.toContain(REPLACEMENT);
      if (draft.cc.length > 0) withCc.push(draft);
    }
    expect(withCc.length).toBeGreaterThan(0);
    for (const draft of withCc) expect(draft.bcc.map((r) => r.address)).toEqual(draft.cc.map((r) => r.address));
  });

  test('obsolete header syntax with blanks before the colon is still a message (mikel rfc2822 example13)', async () => {
    const loaded = await loadDraft(path.join(CORPUS, 'fixtures', 'mikel__spec__fixtures__emails__rfc2822__example13.eml'));
    expect(loaded.ok).toBe(true);
  });

  test('a UTF-16 text part with NUL bytes in the body is a message, not a binary file (stalwart thirdparty 005)', async () => {
    const loaded = await loadDraft(path.join(CORPUS, 'fixtures', 'stalwart__resources__eml__thirdparty__005.eml'));
    if (!loaded.ok) throw new Error(loaded.error['en-US']);
    expect(loaded.draft.body.startsWith('Test message\n')).toBe(true);
  });
});

test('an S/MIME signature part is not an attachment the author forgot to explain', async () => {
  const signed = [
    'From: jane@contoso.com',
    'To: john@contoso.com',
    'Subject: Signed note about the audit',
    'MIME-Version: 1.0',
    'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'The audit starts on 2026-12-01.',
    '--b1',
    'Content-Type: application/pkcs7-signature; name="smime.p7s"',
    'Content-Transfer-Encoding: base64',
    'Content-Disposition: attachment; filename="smime.p7s"',
    '',
    'MIAGCSqGSIb3DQEHAqCAMIACAQExDzANBglghkgBZQMEAgEFADCABgkqhkiG9w0BBwEAAA==',
    '--b1--',
    '',
  ].join('\r\n');
  const draft = await emlToDraft(Buffer.from(signed));
  expect(draft.attachments).toEqual([{ name: 'smime.p7s', size: 52, inline: true }]);
  const rules = evaluate(createDraft(draft)).findings.map((f) => f.rule);
  expect(rules).not.toContain('attachment-unexplained');
});
