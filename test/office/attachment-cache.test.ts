/**
 * The attachment cache the task pane writes to sessionData and Send reads (RULES.md «Attachment
 * contents»): windows of the text around what sensitive-content hits, within named caps.
 */
import { createDraft, DEFAULT_POLICY, evaluate, parsePolicy, type Policy } from '../../src/engine';
import { withAttachmentContents } from '../../src/engine/draft';
import { cachedAttachments, cacheKey, MAX_CACHE_CHARS, MAX_ENTRY_CHARS } from '../../src/office/attachment-cache';
import { encodeCache, sensitiveWindows } from '../../src/taskpane/attachment-windows';

const ID = '11010519491231002X';
const NOW = new Date('2026-12-03T00:00:00Z');
const file = (id: string, name: string, size: number) => ({ id, name, size });
const text = (value: string) => ({ scan: 'text' as const, text: value });

/** A sensitive-content finding's stable data, as the fingerprint sees it. */
function sensitiveData(attachmentText: string, policy: Policy = DEFAULT_POLICY) {
  const draft = withAttachmentContents(createDraft({ subject: '名单', body: '见附件。', to: ['li.si@contoso.com'], from: 'zhang.san@contoso.com', attachments: [{ name: '名单.txt', size: 10 }] }), [text(attachmentText)]);
  return evaluate(draft, policy, { locale: 'en-US', now: NOW }).findings.find((f) => f.rule === 'sensitive-content')?.data ?? null;
}

describe('the windows kept of an attachment’s text', () => {
  const filler = (n: number) => `${'普通的说明文字。'.repeat(n)}\n`;
  const long = `${filler(400)}员工：张三 身份证号 ${ID} 入职\n${filler(400)}CONFIDENTIAL\n${filler(50)}联系人卡号 6222 0212 3456 7897 备用`;

  test('keep every item with its context, and are a small part of the text', () => {
    const windows = sensitiveWindows(long, DEFAULT_POLICY, NOW);
    expect(windows).toContain(ID);
    expect(windows).toContain('CONFIDENTIAL');
    expect(windows.length).toBeLessThan(long.length / 20);
  });

  test('give Send the same finding as the whole text gives the pane', () => {
    const whole = sensitiveData(long);
    expect(whole).not.toBeNull();
    expect(sensitiveData(sensitiveWindows(long, DEFAULT_POLICY, NOW))).toEqual(whole);
  });

  test('make no label of prose a cut turned into a line of its own', () => {
    // The window starts at the word (the run before it is dropped whole): unmarked, it would read as the label `Confidential:`.
    const prose = `ref ${'x'.repeat(60)} confidential: terms of the offer`;
    expect(sensitiveData(prose)).toMatchObject({ kindIds: 'keyword' });
    expect(sensitiveData(sensitiveWindows(prose, DEFAULT_POLICY, NOW))).toEqual(sensitiveData(prose));
  });

  test('follow the policy: an admin pattern is kept too', () => {
    const parsed = parsePolicy({ rules: { 'sensitive-content': { patterns: ['PRJ-\\d{4}'] } } });
    if (!parsed.ok) throw new Error('policy');
    expect(sensitiveWindows(`${filler(100)}代号 PRJ-4711 的进度`, parsed.policy, NOW)).toContain('PRJ-4711');
  });

  test('are empty for a text with nothing sensitive', () => {
    expect(sensitiveWindows(filler(100), DEFAULT_POLICY, NOW)).toBe('');
  });
});

describe('the cache', () => {
  const files = [file('AAMkAGI2-1', '工资表.xlsx', 5038), file('AAMkAGI2-2', '加密.zip', 204), file('AAMkAGI2-3', 'logo.png', 900)];

  test('round trip: what the pane read is what Send gets, by id and size', () => {
    const raw = encodeCache(
      [
        { ...files[0]!, content: text(`张三 ${ID} 机密`) },
        { ...files[1]!, content: { scan: 'encrypted' } },
        { ...files[2]!, content: { scan: 'unsupported' } },
      ],
      DEFAULT_POLICY,
      NOW,
    );
    const cached = cachedAttachments(raw, files);
    expect(cached.unscanned).toBe(0);
    expect(cached.cut).toBe(false);
    expect(cached.texts[0]).toContain(ID);
    expect(cached.texts.slice(1)).toEqual(['', '']);
  });

  test('an attachment replaced by another of the same id but another size is stale: unscanned', () => {
    const raw = encodeCache([{ ...files[0]!, content: text('nothing') }], DEFAULT_POLICY, NOW);
    expect(cachedAttachments(raw, [file('AAMkAGI2-1', '工资表.xlsx', 6000)])).toEqual({ texts: [undefined], unscanned: 1, cut: false });
  });

  test('an attachment that could not be read has no entry, and Send counts it unscanned; a kind never read is not counted', () => {
    const raw = encodeCache([{ ...files[0]!, content: undefined }, { ...files[1]!, content: { scan: 'unscanned' } }], DEFAULT_POLICY, NOW);
    expect(JSON.parse(raw)).toEqual({});
    expect(cachedAttachments(raw, files).unscanned).toBe(2);
    expect(cachedAttachments(undefined, files).unscanned).toBe(2);
    expect(cachedAttachments('{not json', files).unscanned).toBe(2);
  });

  test('one attachment’s windows stop at MAX_ENTRY_CHARS, whole, and the entry says it was cut', () => {
    const ids = Array.from({ length: 400 }, () => `员工 ${ID} 在职`).join('\n'.repeat(3) + '说明'.repeat(30) + '\n');
    const raw = encodeCache([{ ...files[0]!, content: text(ids) }], DEFAULT_POLICY, NOW);
    const entry = (JSON.parse(raw) as Record<string, string>)[cacheKey(files[0]!.id, files[0]!.size)]!;
    expect(entry.length).toBeLessThanOrEqual(MAX_ENTRY_CHARS);
    expect(entry.startsWith('c')).toBe(true);
    // Cut between windows: every ID kept is whole.
    expect(entry.slice(1).split('\n').every((line) => line.includes(ID))).toBe(true);
    expect(cachedAttachments(raw, [files[0]!]).cut).toBe(true);
  });

  test('all entries together stay within MAX_CACHE_CHARS; one that no longer fits is left out and unscanned', () => {
    const ids = Array.from({ length: 400 }, () => `员工 ${ID}`).join('\n');
    const many = Array.from({ length: 6 }, (_, i) => file(`id-${i}`, `表${i}.xlsx`, 100 + i));
    const raw = encodeCache(
      many.map((f) => ({ ...f, content: text(ids) })),
      DEFAULT_POLICY,
      NOW,
    );
    expect(raw.length).toBeLessThanOrEqual(MAX_CACHE_CHARS);
    const cached = cachedAttachments(raw, many);
    expect(cached.unscanned).toBeGreaterThan(0);
    expect(cached.texts.slice(0, 3).every((t) => t?.includes(ID))).toBe(true);
  });
});
