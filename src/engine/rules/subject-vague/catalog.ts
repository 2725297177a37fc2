import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'subject',
  position: 20,
  title: { 'zh-CN': '主题不明确', 'zh-TW': '主旨不明確', 'en-US': 'Vague subject' },
  description: 'The subject is a generic word (你好, FYI, 请查收, test …) or too short to say what the mail is about.',
} satisfies CatalogEntry;
