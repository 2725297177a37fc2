import { formatMessage, translator } from './i18n';

describe('translator', () => {
  const t = translator({
    greet: { 'zh-CN': '你好，{{name}}', 'zh-TW': '您好，{{name}}', 'en-US': 'Hello, {{name}}' },
    plain: { 'zh-CN': '检查', 'zh-TW': '檢查', 'en-US': 'Check' },
  });

  test('looks the key up in the locale and fills its placeholders', () => {
    expect(t('greet', 'zh-TW', { name: '張三' })).toBe('您好，張三');
    expect(t('greet', 'en-US', { name: 'Li' })).toBe('Hello, Li');
    expect(t('plain', 'zh-CN')).toBe('检查');
  });

  test('a placeholder without data is left as written, like formatMessage', () => {
    expect(t('greet', 'zh-CN')).toBe(formatMessage('你好，{{name}}'));
    expect(t('greet', 'zh-CN')).toBe('你好，{{name}}');
  });
});
