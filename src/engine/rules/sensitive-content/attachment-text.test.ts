/** sensitive-content over the text read from attachments (RULES.md «Attachment contents»). */
import { evaluate, parseDraft, type Draft, type Finding, type Locale } from '../../index';
import { withAttachmentContents, type AttachmentContent } from '../../draft';
import { EXTERNAL, ID, ID_MASKED, body } from '../../../../test/helpers/sensitive-drafts';

function draftWith(contents: readonly (AttachmentContent | undefined)[], extra: object = {}): Draft {
  const names = ['十一月.xlsx', '说明.docx', '资料.zip'].slice(0, contents.length);
  const parsed = parseDraft({
    subject: '十一月资料',
    body: body('资料见附件。'),
    from: 'zhang.san@contoso.com',
    to: ['li.si@contoso.com'],
    attachments: names.map((name) => ({ name, size: 1000 })),
    ...extra,
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return withAttachmentContents(parsed.draft, contents);
}

function sensitive(draft: Draft, locale: Locale = 'zh-CN'): Finding | undefined {
  return evaluate(draft, undefined, { locale }).findings.find((finding) => finding.rule === 'sensitive-content');
}

describe('sensitive-content reads attachments’ text', () => {
  it('reports an ID in an attachment’s text with the attachment’s name, masked', () => {
    const finding = sensitive(draftWith([{ scan: 'text', text: `姓名\t身份证号\n张三\t${ID}\n` }]));
    expect(finding).toMatchObject({ severity: 'warning', field: 'attachments', data: { kindIds: 'residentId', locationIds: 'attachment:十一月.xlsx', locations: '附件“十一月.xlsx”的内容', examples: ID_MASKED } });
    expect(finding!.message).toContain('位于附件“十一月.xlsx”的内容');
    expect(JSON.stringify(finding)).not.toContain(ID);
  });

  it('names the attachment in each language, after the body', () => {
    const draft = draftWith([undefined, { scan: 'text', text: `身份证号 ${ID}` }], { body: body(`我的身份证号 ${ID}`) });
    expect(sensitive(draft, 'zh-TW')!.data.locations).toBe('內文、附件「说明.docx」的內容');
    expect(sensitive(draft, 'en-US')!.message).toContain('(in the body, contents of attachment "说明.docx": 110105********1239)');
  });

  it('blocks a marking in an attachment’s text towards an external recipient', () => {
    const finding = sensitive(draftWith([{ scan: 'text', text: '机密\n第三季度报价底线' }], EXTERNAL));
    expect(finding).toMatchObject({ severity: 'block', messageId: 'markingToExternal', data: { marking: '机密', locationIds: 'attachment:十一月.xlsx' } });
  });

  it('masks a number in the attachment’s name where it names the location', () => {
    const draft = parseDraft({ body: body('见附件'), attachments: [{ name: `${ID}.txt`, size: 10 }] });
    if (!draft.ok) throw new Error('invalid');
    const finding = sensitive(withAttachmentContents(draft.draft, [{ scan: 'text', text: '机密' }]));
    expect(finding!.data.locations).toBe(`附件名称、附件“${ID_MASKED}.txt”的内容`);
    expect(JSON.stringify(finding)).not.toContain(ID);
  });

  it('finds nothing in an encrypted, unsupported or unscanned attachment, nor in text without data', () => {
    expect(sensitive(draftWith([{ scan: 'encrypted' }, { scan: 'unsupported' }, { scan: 'unscanned' }]))).toBeUndefined();
    expect(sensitive(draftWith([{ scan: 'text', text: '第三季度预算，请于周五前确认。' }]))).toBeUndefined();
  });

  it('keeps the attachment’s other facts, and what was read, on the draft', () => {
    const draft = draftWith([{ scan: 'text', text: 'abc' }, { scan: 'encrypted' }]);
    expect(draft.attachments).toEqual([
      { name: '十一月.xlsx', size: 1000, inline: false, scan: 'text', text: 'abc' },
      { name: '说明.docx', size: 1000, inline: false, scan: 'encrypted' },
    ]);
    expect(Object.isFrozen(draft) && Object.isFrozen(draft.attachments) && Object.isFrozen(draft.attachments[0])).toBe(true);
  });
});
