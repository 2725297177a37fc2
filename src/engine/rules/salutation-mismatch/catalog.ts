import type { CatalogEntry } from '../../rule';

/** Where the rule stands in the catalog, and what the pane and the docs call it. */
export default {
  area: 'recipients',
  position: 80,
  title: { 'zh-CN': '称呼与收件人不符', 'zh-TW': '稱呼與收件者不符', 'en-US': 'Greeting names someone else' },
  description: 'The greeting names a person (李四：, 王经理：, 张总，, Dear John,) who is none of the To recipients, by display name, surname and title, given name, address or the pinyin of a Chinese name (li.si, lisi, si.li, lsi).',
} satisfies CatalogEntry;
