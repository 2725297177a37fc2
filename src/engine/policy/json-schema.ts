/**
 * The policy file's JSON Schema (`policy.schema.json`, shipped in the rollout kit for editors and
 * for checking a policy before it is deployed), generated from the validator's own definitions in
 * schema.ts. The rule options' descriptions are the rules' OptionSpec descriptions.
 */
import { RULES } from '../rules';
import { toJsonSchema, type JsonSchema } from '../validation/json-schema';
import { policySchema } from './schema';

/** What each top-level key is for (RULES.md «The policy file»); a key without a line here fails the generator's test. */
const KEY_DESCRIPTIONS: Readonly<Record<string, string>> = {
  $schema: 'The JSON Schema this file follows, for editors (ignored by Preflight).',
  version: 'The policy version, shown in the X-Preflight audit header of every checked mail.',
  internalDomains: 'Mail domains of the organisation (contoso.com, no @): recipients elsewhere are external.',
  groupAddresses: 'Addresses of distribution lists; `*` matches any characters (all-*@contoso.com).',
  sharedMailboxes: 'Shared mailboxes people send from, which then need a contact in the signature.',
  importantTag: 'The subject tag of an important mail (default [重要]).',
  encryption: 'How a user is told to protect sensitive content: a sensitivity label, a subject tag, or an instruction.',
  rules: 'Per rule id: its severity (off, info, warning, block) and its options. Word lists given as an array add to the built-in list; {"replace": [...]} replaces it.',
  clauses: "Per rule id: the organisation's own clause text (one string, or one per language), shown with the rule's findings instead of the rule's built-in principle.",
  mode: 'enforce (default): Send prompts and blocks as the rules say. monitor: Send never prompts or blocks, and the X-Preflight header records what would have happened (monitored=prompt:<rule ids>).',
  scopes: 'Per-sender overrides, in order, later ones winning: for a draft whose sender matches `senders`, the scope\'s rules are merged over the base ones option by option (a word list given as an array adds to the base\'s), its clauses rule by rule, its mode, encryption and importantTag replace the base\'s, and its internalDomains, groupAddresses and sharedMailboxes are added to the base lists (to a base without internalDomains, with the sender\'s own domain). The header names the scopes that applied (scope=finance).',
  $comment: 'An explanation for people, allowed at any level; ignored.',
  locale: "The organisation's default UI language.",
  failClosed: 'When the check itself fails (an Office.js error, a timeout), block the mail instead of letting it go.',
  oldClientWarnings: 'On clients without Smart Alerts\' "send anyway": let warnings through (allow) or block them.',
  templates: 'Mail templates the task pane offers.',
  customRules:
    'Rules of your own (docs/custom-rules.md): each an id (x-…, unique), a severity, the parts it looks in (subject, body: the author\'s text, history: quoted history, attachmentNames, recipientDomains), keywords (matched like the built-in lists; in recipientDomains a keyword is a domain, matching it and its subdomains) and/or patterns (RE2 subset, as sensitive-content\'s), your message and clause, and optionally a review step (acknowledge). In a scope, a rule with a base rule\'s id replaces it (severity off turns it off there); others are added.',
  deferExternalMinutes: 'Minutes (0-120) Outlook holds back mail with an external recipient before delivering it (delayed delivery, Mailbox 1.13); 0 sends at once.',
};

/** The JSON Schema of the policy file (draft 2020-12). */
export function policyJsonSchema(): JsonSchema {
  const body = toJsonSchema(policySchema);
  const properties = { ...(body.properties as Record<string, JsonSchema>) };
  for (const [key, description] of Object.entries(KEY_DESCRIPTIONS)) properties[key] = { description, ...properties[key] };
  describeRules(properties.rules as JsonSchema);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Preflight policy file',
    description: 'The organisation policy of the Preflight Outlook add-in. Every key is optional; what a file leaves out keeps its default. Unknown keys and rule ids are errors.',
    ...body,
    properties,
  };
}

/** Each rule's settings object names its rule and the page that documents its options. */
function describeRules(rules: JsonSchema): void {
  const properties = rules.properties as Record<string, JsonSchema>;
  for (const rule of RULES) {
    const id = rule.meta.id;
    properties[id] = { description: `Settings of the rule ${id} (src/engine/rules/${id}/README.md); its default severity is ${rule.meta.defaultSeverity}.`, ...properties[id] };
  }
}
