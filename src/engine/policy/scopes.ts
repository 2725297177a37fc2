import { compileAddressPatterns } from '../text/address';
import type { PolicyFile, ScopeFile } from './schema';

/** A scope of the policy: its name, whether a sender is in it, and what it sets. */
export interface PolicyScope {
  readonly name: string;
  includes(sender: string): boolean;
  readonly settings: ScopeFile;
}

export function compileScopes(scopes: readonly ScopeFile[] = []): readonly PolicyScope[] {
  return scopes.map((scope) => ({ name: scope.name, includes: compileAddressPatterns(scope.senders), settings: scope }));
}

const LIST_KEYS = ['internalDomains', 'groupAddresses', 'sharedMailboxes', 'restrictedRecipients'] as const;

/**
 * The base policy file with a scope's settings over it (RULES.md «Rollout: monitor mode and
 * scopes»): a rule's options one at a time (a word list given as an array adds to the base's, as
 * it adds to the built-in one), a clause one rule at a time, `mode`, `encryption`,
 * `importantTag` and `deferExternalMinutes` outright, the address and domain lists are added to the
 * base's, and a custom rule replaces the base's of the same id or is added.
 */
export function mergeScope(base: PolicyFile, scope: ScopeFile): PolicyFile {
  const merged: Record<string, unknown> = { ...base };
  const rules: Record<string, Record<string, unknown> | undefined> = { ...base.rules };
  const clauses: Record<string, unknown> = { ...base.clauses };
  // A custom rule the scope writes anew is the scope's as written: the base's settings by its id were for the base's entry.
  for (const { id } of scope.customRules || []) {
    delete rules[id];
    delete clauses[id];
  }
  for (const [id, settings] of Object.entries(scope.rules || {})) rules[id] = mergeSettings(rules[id] || {}, settings || {});
  merged.rules = rules;
  merged.clauses = { ...clauses, ...scope.clauses };
  if (scope.mode) merged.mode = scope.mode;
  if (scope.encryption) merged.encryption = scope.encryption;
  if (scope.importantTag) merged.importantTag = scope.importantTag;
  if (scope.deferExternalMinutes !== undefined) merged.deferExternalMinutes = scope.deferExternalMinutes;
  for (const key of LIST_KEYS) merged[key] = [...(base[key] || []), ...(scope[key] || [])];
  // A Map keeps a key where it first came: a scope's rule with a base rule's id takes its place, the others are added.
  merged.customRules = [...new Map([...(base.customRules || []), ...(scope.customRules || [])].map((rule) => [rule.id, rule])).values()];
  return merged as PolicyFile;
}

function mergeSettings(base: Record<string, unknown>, scope: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...base };
  for (const [name, value] of Object.entries(scope)) {
    const before = merged[name];
    merged[name] = Array.isArray(before) && Array.isArray(value) ? [...before, ...value] : value;
  }
  return merged;
}
