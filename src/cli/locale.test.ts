import { DEFAULT_POLICY, parsePolicy } from '../engine';
import { chooseLocale } from './locale';

const zhTwPolicy = (() => {
  const result = parsePolicy({ locale: 'zh-TW' });
  if (!result.ok) throw new Error('bad test policy');
  return result.policy;
})();

test('--locale first, then the policy, then the environment, then zh-CN', () => {
  expect(chooseLocale('en-US', zhTwPolicy, { LANG: 'zh_CN.UTF-8' })).toBe('en-US');
  expect(chooseLocale(null, zhTwPolicy, { LANG: 'en_US.UTF-8' })).toBe('zh-TW');
  expect(chooseLocale(null, DEFAULT_POLICY, { LANG: 'en_GB.UTF-8' })).toBe('en-US');
  expect(chooseLocale(null, DEFAULT_POLICY, {})).toBe('zh-CN');
});

test('LC_ALL over LC_MESSAGES over LANG; C and POSIX name no language', () => {
  expect(chooseLocale(null, DEFAULT_POLICY, { LC_ALL: 'zh_HK.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-TW');
  expect(chooseLocale(null, DEFAULT_POLICY, { LC_MESSAGES: 'en_US', LANG: 'zh_CN' })).toBe('en-US');
  expect(chooseLocale(null, DEFAULT_POLICY, { LC_ALL: 'C.UTF-8', LANG: 'en_US.UTF-8' })).toBe('zh-CN');
  expect(chooseLocale(null, DEFAULT_POLICY, { LANG: 'POSIX' })).toBe('zh-CN');
});
