// Type-level cases for defineRule's typed messages, compiled by test/typed-messages.test.ts (and
// by `npm run typecheck`). Each `@ts-expect-error` marks a report that must not compile.
import { defineRule } from '../../src/engine/rule';

const messages = {
  tooMany: { 'zh-CN': '抄送了 {{count}} 人（上限 {{max}}）', 'zh-TW': '副本 {{count}} 人（上限 {{max}}）', 'en-US': '{{count}} in CC (at most {{max}})' },
  empty: { 'zh-CN': '没有收件人', 'zh-TW': '沒有收件者', 'en-US': 'No recipients' },
} as const; // as a rule's meta writes them inline: the texts' literal types carry the placeholders
const principle = { 'zh-CN': '只抄送需要的人', 'zh-TW': '只寄副本給需要的人', 'en-US': 'Copy only who needs it' } as const;
const meta = { id: 'cc-excessive', defaultSeverity: 'warning', clauses: ['cc'], principle, messages, options: {} } as const;

export const complete = defineRule({ meta, check: () => [{ messageId: 'tooMany', data: { count: 6, max: 5 } }, { messageId: 'empty' }] });

export const extraData = defineRule({ meta, check: () => [{ messageId: 'tooMany', data: { count: 6, max: 5, names: 'a, b' } }] });

// @ts-expect-error a message id the meta does not have
export const unknownId = defineRule({ meta, check: () => [{ messageId: 'tooMuch', data: { count: 6, max: 5 } }] });

// @ts-expect-error data without the {{max}} the message shows
export const missingPlaceholder = defineRule({ meta, check: () => [{ messageId: 'tooMany', data: { count: 6 } }] });

// @ts-expect-error no data at all for a message with placeholders
export const missingData = defineRule({ meta, check: () => [{ messageId: 'tooMany' }] });

export const inheritedSubject = defineRule({
  // @ts-expect-error aboutInheritedSubject names a message id the meta does not have
  meta: { ...meta, aboutInheritedSubject: ['tooMuch'] },
  check: () => [],
});
