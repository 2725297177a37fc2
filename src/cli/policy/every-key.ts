/**
 * `preflight policy defaults`: every key a policy can set, with its built-in value, as a valid
 * policy file that changes nothing. It builds on the engine's `defaultPolicyFile` (what
 * dist/policy.json holds, which leaves the lists out) and adds what that file leaves out.
 */
import { DEFAULT_POLICY, RULES, type PolicyFile } from '../../engine';
import type { OptionSpec } from '../../engine/options';
import { defaultPolicyFile } from '../../engine/policy/default-file';
import { TermList } from '../../engine/term-list';
import { SCHEMA_REFERENCE, type JsonObject } from './preset';

/** What the file says of itself, at its top. */
const ABOUT =
  'Every key a Preflight policy can set, with its built-in value: a policy that changes nothing. ' +
  'Word lists are written as {"replace": [...]}, the built-in list itself; an array there would add to it instead. ' +
  'locale null is unset: each user sees the language of their Outlook. ' +
  'acknowledge null is no review step: {"label": …, "reference": … or null} makes Send wait until the user confirms it in the task pane. ' +
  'clauses is empty: without a clause of the organisation\'s own a finding states its rule\'s built-in principle (listed in clauses\' $comment), and the Send dialog cites none.';

/** The built-in principles, for the admin to read: as clauses they would be cited in the Send dialog, which the built-in ones are not. */
function principlesComment(): string {
  return `Built-in principles: ${RULES.map((rule) => `${rule.meta.id}: ${rule.meta.principle['en-US']} ${rule.meta.principle['zh-CN']}`).join(' | ')}`;
}

/** The built-in policy with every key written out, word lists and value lists included. */
export function everyPolicyKey(): JsonObject {
  const base = defaultPolicyFile();
  return {
    $schema: SCHEMA_REFERENCE,
    $comment: ABOUT,
    ...base,
    mode: DEFAULT_POLICY.mode,
    restrictedRecipients: [],
    customRules: [],
    scopes: [],
    encryption: DEFAULT_POLICY.encryption,
    locale: DEFAULT_POLICY.locale,
    rules: rulesWithLists(base.rules ?? {}),
    clauses: { $comment: principlesComment() },
  };
}

function rulesWithLists(written: NonNullable<PolicyFile['rules']>): JsonObject {
  const rules: JsonObject = {};
  for (const rule of RULES) {
    // null: no review step before Send (RULES.md «Review steps»).
    const settings: JsonObject = { ...written[rule.meta.id], acknowledge: null };
    for (const [name, spec] of Object.entries(rule.meta.options)) {
      if (!(name in settings)) settings[name] = listValue(spec);
    }
    rules[rule.meta.id] = settings;
  }
  return rules;
}

/**
 * A list option's built-in value as the policy writes it: `{"replace": [...]}` keeps exactly the
 * built-in values, and an empty list (the organisation's own patterns) adds nothing.
 */
function listValue(spec: OptionSpec<unknown>): unknown {
  if (!(spec.defaultValue instanceof TermList) && !Array.isArray(spec.defaultValue)) return spec.defaultValue;
  const values: readonly unknown[] = spec.defaultValue instanceof TermList ? spec.defaultValue.terms : spec.defaultValue;
  return values.length === 0 ? [] : { replace: [...values] };
}
