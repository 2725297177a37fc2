import { CLAUSES, citeClause, englishSection, type ClauseId } from './clauses';

describe('citeClause', () => {
  test('Chinese citations keep the document title and its own numbering', () => {
    expect(citeClause('subject', 'zh-CN')).toBe('《消息发送管理办法》二(一)1');
    expect(citeClause('sensitive-004', 'zh-TW')).toBe('《企業郵箱管理制度》第四篇 四.13');
  });

  test.each<[ClauseId, string]>([
    ['subject', 'Message sending rules (001), §2(1)1'],
    ['mass-mail', 'Message sending rules (001), §3(3)'],
    ['etiquette', 'Nonprofit mailbox management procedure (000), §3.2.4'],
    ['sensitive-003', 'Haining official email rules (003), §3.2'],
    ['sensitive-004', 'Corporate mailbox rules (004), Part 4, §4.13'],
    ['shared-mailbox', 'Corporate mailbox rules (004), Part 3, §4.2.4'],
  ])('English citation of %s: %s', (id, expected) => {
    expect(citeClause(id, 'en-US')).toBe(expected);
  });

  test('no English citation keeps a Chinese character', () => {
    for (const id of Object.keys(CLAUSES) as ClauseId[]) expect(citeClause(id, 'en-US')).not.toMatch(/[\u3400-\u9fff]/u);
  });
});

describe('englishSection', () => {
  test.each([
    ['十', '§10'],
    ['十三.2', '§13.2'],
    ['二十一(十)', '§21(10)'],
    ['第五篇 四.3', 'Part 5, §4.3'],
    ['第二章 第十二条', 'Chapter 2, Art. 12'],
    ['第3條 第2款', 'Art. 3, para. 2'],
  ])('%s → %s', (section, expected) => {
    expect(englishSection(section)).toBe(expected);
  });
});
