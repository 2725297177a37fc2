/** A built-in rule made to throw, as a bug in it would: for the tests of what the rest of Preflight does then. */
import { RULES } from '../../src/engine/rules';
import type { Rule } from '../../src/engine/rule';

export function ruleNamed(id: string): Rule {
  const rule = RULES.find((candidate) => candidate.meta.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

/** Until `jest.restoreAllMocks()`, the rule's check throws a TypeError. */
export function makeRuleThrow(id: string): jest.SpyInstance {
  return jest.spyOn(ruleNamed(id), 'check').mockImplementation(() => {
    throw new TypeError('a bug');
  });
}
