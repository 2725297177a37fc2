import type { Rule } from '../rule';
import { RULES } from '../rules';
import { TermList } from '../term-list';
import type { PolicyFile } from './schema';

/**
 * The built-in defaults written out as a policy file, for admins to start from (`dist/policy.json`).
 * Word and value lists are left out: an array there would be added to the built-in list, and
 * the lists live in the rule doc pages. Every value here equals what an empty policy gives.
 */
export function defaultPolicyFile(rules: readonly Rule[] = RULES): PolicyFile {
  const settingsById: Record<string, Record<string, unknown>> = {};
  for (const rule of rules) {
    const settings: Record<string, unknown> = { severity: rule.meta.defaultSeverity };
    for (const [name, spec] of Object.entries(rule.meta.options)) {
      // Lists extend the built-in ones, so writing them out would say nothing; the doc pages list them.
      if (!(spec.defaultValue instanceof TermList) && !Array.isArray(spec.defaultValue)) settings[name] = spec.defaultValue;
    }
    settingsById[rule.meta.id] = settings;
  }
  return {
    version: 'default',
    internalDomains: [],
    groupAddresses: [],
    sharedMailboxes: [],
    importantTag: '[重要]',
    failClosed: false,
    oldClientWarnings: 'allow',
    deferExternalMinutes: 0,
    templates: [],
    rules: settingsById as PolicyFile['rules'],
  };
}
