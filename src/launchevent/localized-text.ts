/**
 * What a three-language object literal becomes in the on-send build: scripts/send-transformers.js
 * writes `{ 'zh-CN': a, 'zh-TW': b, 'en-US': c }` as `__localizedText(a, b, c)`, imported from
 * this file by the file that has them. The same object, without the three keys at every use.
 */
export function localizedText<T>(zhCN: T, zhTW: T, enUS: T): { 'zh-CN': T; 'zh-TW': T; 'en-US': T } {
  return { 'zh-CN': zhCN, 'zh-TW': zhTW, 'en-US': enUS };
}
