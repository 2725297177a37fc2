import { resolveOptions } from '../options';
import { RULES } from '../rules';
import { adminText } from '../off-send-text';
import { firstErrors, formatPath, type InputError } from '../schema-errors';
import { addressForMatching, compileAddressPatterns, domainOf } from '../text/address';
import { compileAdminPattern } from '../detectors/admin-patterns';
import { KeywordMatcher } from '../text/keyword-matcher';
import type { CustomRuleId, LocalizedText, RuleId } from '../types';
import type { CustomRule, EncryptionAction, Policy, RuleSettings } from './policy';
import { MAX_POLICY_DEPTH, scanJson, tooDeep } from './json-scan';
import { parse } from '../validation/schema';
import { policySchema, type PolicyFile } from './schema';
import { compileScopes, mergeScope } from './scopes';

export type PolicyResult =
  | { readonly ok: true; readonly policy: Policy }
  /** `policy` is the built-in default, so callers can fall back without another step. */
  | { readonly ok: false; readonly errors: readonly InputError[]; readonly policy: Policy };

/** What a user is told to do with sensitive content when the organisation has not said. */
const DEFAULT_ENCRYPTION_INSTRUCTION: LocalizedText = {
  'zh-CN': '请使用公司规定的加密方式发送（例如 Outlook 的“加密”选项或公司加密工具），或删除敏感信息。',
  'zh-TW': '請使用公司規定的加密方式傳送（例如 Outlook 的「加密」選項或公司加密工具），或刪除敏感資訊。',
  'en-US': "Send it encrypted with your organization's tool (for example, Outlook's Encrypt option), or remove the sensitive information.",
};

export const DEFAULT_IMPORTANT_TAG = '[重要]';

/** Keys that would reach an object's prototype if copied naively. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads a policy file's text. Invalid JSON, a key given twice, nesting too deep, a forbidden key,
 * a wrong type, an unknown key or an unknown rule id is an error naming its JSON path; the result
 * then carries the defaults.
 */
export function parsePolicyText(text: string): PolicyResult {
  const found: InputError[] = [];
  let raw: unknown;
  try {
    if (!scanJson((text = text.replace(/^\uFEFF/u, '')), found)) return failed(found);
    raw = JSON.parse(text);
  } catch (error) {
    return failed([{ path: '$', message: adminText(`not valid JSON: ${(error as Error).message}`) }]);
  }
  return check(raw, found);
}

/**
 * Validates a parsed policy object and merges it over the built-in defaults. A forbidden key is
 * an error, and the rest of the file is still checked without it, so every problem is listed.
 */
export const parsePolicy = (raw: unknown): PolicyResult => check(raw, []);

function check(raw: unknown, found: InputError[]): PolicyResult {
  const result = parse(policySchema, withoutForbiddenKeys(raw, [], found));
  if (!result.ok) found.push(...result.errors);
  return found.length > 0 || !result.ok ? failed(found) : { ok: true, policy: resolvePolicy(result.value) };
}

function failed(errors: readonly InputError[]): PolicyResult {
  return { ok: false, errors: firstErrors(errors), policy: DEFAULT_POLICY };
}

/**
 * A copy of a parsed JSON value without the forbidden keys, each of which is added to `found`
 * with its path. Only own keys are read, and none that could reach a prototype is written. What is
 * nested too deep is an error and left out, so nothing recurses deeper than MAX_POLICY_DEPTH.
 */
function withoutForbiddenKeys(value: unknown, path: PropertyKey[], found: InputError[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (path.length === MAX_POLICY_DEPTH) return void found.push(tooDeep(path));
  if (Array.isArray(value)) return value.map((item, index) => withoutForbiddenKeys(item, [...path, index], found));
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key)) found.push({ path: formatPath([...path, key]), message: adminText(`the key "${key}" is not allowed`) });
    else copy[key] = withoutForbiddenKeys(child, [...path, key], found);
  }
  return copy;
}

/** The file each resolved policy came from, for its scopes to be merged over. */
const SOURCES = new WeakMap<Policy, PolicyFile>();

/** A policy as it applies to one sender, and the names of the scopes that made it so. */
export interface ScopedPolicy {
  readonly policy: Policy;
  readonly scopes: readonly string[];
}

/**
 * The policy for a draft from `sender`: every scope whose senders include it merged over the
 * base, in the policy's order, later ones winning. Each combination is resolved once.
 */
export function applyScopes(policy: Policy, sender: string): ScopedPolicy {
  const scopes = sender ? policy.scopes.filter((scope) => scope.includes(sender)).map((scope) => scope.settings) : [];
  const file = SOURCES.get(policy);
  if (scopes.length === 0 || !file) return { policy, scopes: [] };
  const names = scopes.map((scope) => scope.name);
  // With no internal domains the sender's own domain is internal: a scope that lists some keeps it so.
  const ownDomain = !(file.internalDomains || []).length && scopes.some((scope) => (scope.internalDomains || []).length) ? domainOf(sender) : '';
  const key = `${names.join(',')}|${ownDomain}`;
  const cache = SCOPED.get(policy) || new Map<string, Policy>();
  SCOPED.set(policy, cache);
  let scoped = cache.get(key);
  if (!scoped) {
    scoped = resolvePolicy(scopes.reduce(mergeScope, { ...file, scopes: [], internalDomains: ownDomain ? [ownDomain] : file.internalDomains }));
    cache.set(key, scoped);
  }
  return { policy: scoped, scopes: names };
}

const SCOPED = new WeakMap<Policy, Map<string, Policy>>();

/** Builds the resolved policy: every rule's severity and options, defaults where the file is silent. */
export function resolvePolicy(file: PolicyFile): Policy {
  const rules = {} as Record<RuleId, RuleSettings>;
  for (const rule of RULES) {
    const settings = file.rules?.[rule.meta.id];
    rules[rule.meta.id] = {
      severity: (settings?.severity as RuleSettings['severity'] | undefined) ?? rule.meta.defaultSeverity,
      acknowledge: resolveAcknowledge(settings?.acknowledge as AcknowledgeFile | null | undefined),
      options: resolveOptions(rule.meta.options, settings),
    };
  }
  const encryption = resolveEncryption(file.encryption);
  const groupMatcher = compileAddressPatterns(file.groupAddresses ?? []);
  const shared = new Set((file.sharedMailboxes ?? []).map(addressForMatching));
  const policy: Policy = Object.freeze({
    version: file.version ?? 'default',
    internalDomains: Object.freeze((file.internalDomains ?? []).map((d) => d.toLowerCase().replace(/^@/u, ''))),
    groupAddresses: Object.freeze([...(file.groupAddresses ?? [])]),
    sharedMailboxes: Object.freeze([...(file.sharedMailboxes ?? [])]),
    restrictedRecipients: resolveRestricted(file.restrictedRecipients),
    importantTag: file.importantTag ?? DEFAULT_IMPORTANT_TAG,
    encryption,
    locale: file.locale ?? null,
    clauses: resolveClauses(file.clauses, file.customRules),
    mode: file.mode || 'enforce',
    scopes: compileScopes(file.scopes),
    rules: Object.freeze(rules),
    customRules: Object.freeze((file.customRules || []).map((rule) => resolveCustomRule(rule, file.rules?.[rule.id as RuleId] as CustomSettings | undefined))),
    failClosed: file.failClosed ?? false,
    oldClientWarnings: file.oldClientWarnings ?? 'allow',
    deferExternalMinutes: file.deferExternalMinutes ?? 0,
    templates: Object.freeze((file.templates ?? []).map((t) => Object.freeze({ ...t }))),
    extraSubjectTags: encryption.method === 'subjectTag' ? [encryption.tag] : [],
    isGroupAddress: groupMatcher,
    isSharedMailbox: (address: string) => shared.has(addressForMatching(address)),
  });
  SOURCES.set(policy, file);
  return policy;
}

function resolveRestricted(entries: PolicyFile['restrictedRecipients']): Policy['restrictedRecipients'] {
  return Object.freeze(
    (entries || []).map((entry) => {
      const { match, message } = typeof entry === 'string' ? { match: entry, message: null } : entry;
      return Object.freeze({ match, message: message ? everyLanguage(message) : null, matches: compileAddressPatterns([match]) });
    }),
  );
}

type AcknowledgeFile = { readonly label: string | Partial<LocalizedText>; readonly reference?: string | Partial<LocalizedText> | null };

function resolveAcknowledge(step: AcknowledgeFile | null | undefined): RuleSettings['acknowledge'] {
  if (!step) return null;
  return Object.freeze({ label: everyLanguage(step.label), reference: step.reference ? everyLanguage(step.reference) : null });
}

function resolveClauses(clauses: PolicyFile['clauses'], custom: PolicyFile['customRules'] = []): Policy['clauses'] {
  const resolved: Partial<Record<RuleId | CustomRuleId, LocalizedText>> = {};
  // A custom rule's own clause, unless `clauses` names one for its id (a scope's, say).
  for (const rule of custom) if (rule.clause) resolved[rule.id as CustomRuleId] = everyLanguage(rule.clause);
  for (const [id, text] of Object.entries(clauses || {})) if (text) resolved[id as RuleId] = everyLanguage(text);
  return Object.freeze(resolved);
}

/** `rules["x-…"]` over a custom rule's own severity and review step (null there removes the step). */
type CustomSettings = { readonly severity?: CustomRule['severity']; readonly acknowledge?: AcknowledgeFile | null };

function resolveCustomRule(rule: NonNullable<PolicyFile['customRules']>[number], settings: CustomSettings = {}): CustomRule {
  const step = settings.acknowledge !== undefined ? settings.acknowledge : (rule.acknowledge as AcknowledgeFile | null | undefined);
  return Object.freeze({
    id: rule.id as CustomRuleId,
    severity: settings.severity ?? rule.severity,
    acknowledge: resolveAcknowledge(step),
    in: rule.in,
    keywords: new KeywordMatcher(rule.keywords || []),
    patterns: (rule.patterns || []).flatMap((source) => {
      const compiled = compileAdminPattern(source);
      return compiled.ok ? [compiled.pattern] : [];
    }),
    message: everyLanguage(rule.message),
  });
}

function resolveEncryption(encryption: PolicyFile['encryption']): EncryptionAction {
  if (!encryption) return { method: 'instruction', text: DEFAULT_ENCRYPTION_INSTRUCTION };
  if (encryption.method !== 'instruction' || typeof encryption.text === 'string') return encryption as EncryptionAction;
  return { method: 'instruction', text: everyLanguage(encryption.text) };
}

/**
 * An admin's text in every language (RULES.md «Texts an admin writes»): a missing language falls
 * back to zh-CN, then to any given one.
 */
function everyLanguage(text: string | Partial<LocalizedText>): LocalizedText {
  if (typeof text === 'string') return { 'zh-CN': text, 'zh-TW': text, 'en-US': text };
  const any = text['zh-CN'] || text['zh-TW'] || text['en-US'] || '';
  return { 'zh-CN': any, 'zh-TW': text['zh-TW'] || any, 'en-US': text['en-US'] || any };
}

/** The policy an organisation gets with no policy file at all. */
export const DEFAULT_POLICY: Policy = resolvePolicy({});
