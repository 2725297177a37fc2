/** Which language the CLI speaks. */
import { DEFAULT_LOCALE, resolveLocale, type Locale, type Policy } from '../engine';

/** POSIX locale variables in the order the C library consults them for messages. */
const LOCALE_VARIABLES = ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const;

/**
 * `--locale`, else the policy's `locale`, else the environment's language, else zh-CN.
 * `C` and `POSIX` (the default of containers and CI machines) name no language, so zh-CN.
 * `policy` is null when there is none yet to ask (a usage error, a policy that cannot be used).
 */
export function chooseLocale(requested: Locale | null, policy: Policy | null, env: NodeJS.ProcessEnv): Locale {
  return requested ?? policy?.locale ?? localeFromEnvironment(env) ?? DEFAULT_LOCALE;
}

function localeFromEnvironment(env: NodeJS.ProcessEnv): Locale | null {
  for (const name of LOCALE_VARIABLES) {
    const value = env[name]?.trim();
    if (!value) continue;
    // The first variable set decides, as in the C library; C and POSIX name no language.
    const language = value.replace(/[.@].*$/u, '');
    return language === 'C' || language === 'POSIX' ? null : resolveLocale(language);
  }
  return null;
}
