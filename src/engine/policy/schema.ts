import { adminText, doc, schemaHint } from '../off-send-text';
import { RULES } from '../rules';
import { patternListSchema } from '../rules/sensitive-content/pattern-option';
import { quote } from '../schema-errors';
import { LOCALES, SEVERITIES } from '../types';
import * as v from '../validation/builders';
import type { AnySchema, Infer } from '../validation/schema';

const nonEmpty = v.string({ trim: true, minLength: 1 });

/** `contoso.com`, `mail.contoso.com.cn`; no `@`, no spaces, at least one dot, at most 253 characters. */
const domain = v.string({
  trim: true,
  // `\s*$` rather than `$` in the length check, so the JSON Schema's copy (which cannot trim) reads the same.
  pattern: /^(?=\S{1,253}\s*$)[^\s@.]+(?:\.[^\s@.]+)+$/u,
  message: adminText('expected a domain such as contoso.com (no @, no spaces)'),
});

/** A mail address; `*` wildcards allowed where `wildcards` is set (group addresses). */
const address = v.string({ trim: true, pattern: /^[^\s@]+@[^\s@]+$/u, message: adminText('expected a mail address such as name@contoso.com') });

/** One text per language: at least one of them, the others fall back (RULES.md «Texts an admin writes»). */
const localizedText = v.refine(
  v.strictObject({
    'zh-CN': v.optional(nonEmpty),
    'zh-TW': v.optional(nonEmpty),
    'en-US': v.optional(nonEmpty),
  }),
  (text, report) => {
    if (!text['zh-CN'] && !text['zh-TW'] && !text['en-US']) report(adminText('expected a text in at least one of zh-CN, zh-TW, en-US'));
  },
  schemaHint('{"anyOf": [{"required": ["zh-CN"]}, {"required": ["zh-TW"]}, {"required": ["en-US"]}]}'),
);

/** A text for people: one string for every language, or one per language (RULES.md «Texts an admin writes»). */
const adminWords = v.union([nonEmpty, localizedText]);

export const encryptionSchema = v.taggedUnion('method', [
  v.strictObject({ method: v.literal('sensitivityLabel'), label: nonEmpty }),
  v.strictObject({ method: v.literal('subjectTag'), tag: nonEmpty }),
  v.strictObject({ method: v.literal('instruction'), text: adminWords }),
]);

const severity = v.oneOf(SEVERITIES);

/** A mail template the task pane can insert (seed 000 三.2.3). */
const templateSchema = v.strictObject({
  name: nonEmpty,
  subject: v.optional(v.string()),
  body: v.string(),
});

/**
 * A review step before Send (RULES.md «Review steps»): the pane's checkbox label, and the name of
 * the reference field (审批编号) when the step has a number to give. null in a scope: no step.
 */
const acknowledgeSchema = v.optional(
  v.nullable(
    v.describe(
      v.strictObject({ label: adminWords, reference: v.optional(v.nullable(adminWords)) }),
      doc('A review step: Send stops until the user ticks this label in the task pane (and fills in the reference field, when named); the X-Preflight header records acknowledged=<rule>:<reference>.'),
    ),
  ),
);

/** A rule's `severity`, review step and options; each option's schema and description come from the rule's OptionSpec. */
function ruleSettingsSchema(options: Readonly<Record<string, { readonly schema: AnySchema; readonly description: string }>>) {
  const shape: Record<string, AnySchema> = { severity: v.optional(severity), acknowledge: acknowledgeSchema };
  for (const [name, spec] of Object.entries(options)) shape[name] = v.optional(v.describe(spec.schema, spec.description));
  return v.optional(v.strictObject(shape));
}

const unknownRuleId = (key: string): string => adminText(`unknown rule id ${quote(key)}; known ids: ${RULES.map((r) => r.meta.id).join(', ')}, and the ids of your customRules (x-…)`);

/** A custom rule's id (x-project-falcon). */
const CUSTOM_ID = /^(?=.{3,40}$)x-[a-z0-9]+(?:-[a-z0-9]+)*$/u;

/** `rules["x-…"]`: a custom rule's severity and review step, set as a built-in rule's are (in a scope too). */
const customSettingsSchema = v.strictObject({ severity: v.optional(severity), acknowledge: acknowledgeSchema });

const rulesShape: Record<string, ReturnType<typeof ruleSettingsSchema>> = {};
const clausesShape: Record<string, v.Optional<Infer<typeof adminWords>>> = {};
for (const rule of RULES) {
  rulesShape[rule.meta.id] = ruleSettingsSchema(rule.meta.options);
  clausesShape[rule.meta.id] = v.optional(adminWords);
}

const rulesSchema = v.optional(v.strictObject(rulesShape, { unknownKey: unknownRuleId, keyed: { pattern: CUSTOM_ID, schema: customSettingsSchema } }));
const clausesSchema = v.optional(v.strictObject(clausesShape, { unknownKey: unknownRuleId, keyed: { pattern: CUSTOM_ID, schema: adminWords } }));
const modeSchema = v.optional(v.describe(v.oneOf(['enforce', 'monitor']), doc('monitor: Send never prompts or blocks; the X-Preflight header records what would have happened.')));
const addressList = v.optional(v.array(address));

/**
 * Recipients the organisation forbids (RULES.md «Rules added with the later issues»): an address
 * or `*` pattern, or one with the admin's own message.
 */
const restrictedRecipientsSchema = v.optional(
  v.describe(
    v.array(v.union([address, v.strictObject({ match: address, message: adminWords })])),
    doc('Addresses or * patterns (*@competitor.com) no mail may go to, each optionally {"match": …, "message": …} with your own message; restricted-recipients blocks them.'),
  ),
);

/** Minutes Send holds back mail with an external recipient (Outlook's delayed delivery, Mailbox 1.13); 0 sends at once. */
const deferExternalMinutesSchema = v.optional(
  v.describe(
    v.refine(
      v.number({ integer: true, minimum: 0 }),
      (minutes, report) => {
        if (minutes > 120) report(adminText('must be at most 120 (minutes)'));
      },
      schemaHint('{"maximum": 120}'),
    ),
    doc('Minutes (0-120) Outlook holds back mail with an external recipient before delivering it (delayed delivery, Mailbox 1.13); 0 sends at once.'),
  ),
);

/** Where a custom rule looks (RULES.md «Custom rules»): `body` is the author's text, `history` the quoted part. */
export const CUSTOM_RULE_PARTS = ['subject', 'body', 'history', 'attachmentNames', 'recipientDomains'] as const;

/** The organisation's own rule: keywords or patterns in some parts of the mail, with its own message and clause. */
const customRuleSchema = v.refine(
  v.strictObject({
    id: v.string({ pattern: CUSTOM_ID, message: adminText('expected an id of at most 40 characters: x- then lower-case letters and digits in words joined by single hyphens (x-project-falcon)') }),
    severity,
    in: v.refine(v.array(v.oneOf(CUSTOM_RULE_PARTS)), (parts, report) => {
      if (parts.length === 0) report(adminText(`expected at least one of ${CUSTOM_RULE_PARTS.join(', ')}`));
      if (new Set(parts).size < parts.length) report(adminText('a part is listed twice'));
    }, schemaHint('{"minItems": 1, "uniqueItems": true}')),
    keywords: v.optional(v.array(nonEmpty)),
    patterns: v.optional(patternListSchema),
    message: adminWords,
    clause: v.optional(adminWords),
    acknowledge: acknowledgeSchema,
  }),
  (rule, report) => {
    if (!rule.keywords?.length && !rule.patterns?.length) report(adminText('expected at least one keyword or pattern'));
  },
  schemaHint('{"anyOf": [{"required": ["keywords"]}, {"required": ["patterns"]}]}'),
);

/** Custom rules; ids are what findings and the X-Preflight header name, so two may not share one. */
const customRulesSchema = v.optional(
  v.describe(
    v.refine(v.array(customRuleSchema), (rules, report) => {
      const seen = new Set<string>();
      rules.forEach(({ id }, index) => {
        if (seen.has(id)) report(adminText(`two custom rules have the id ${quote(id)}`), [index, 'id']);
        seen.add(id);
      });
    }),
    doc('Rules of your own: {"id": "x-…", "severity", "in": [subject, body, history, attachmentNames, recipientDomains], "keywords", "patterns", "message", "clause", "acknowledge"} (docs/custom-rules.md).'),
  ),
);

/** What a scope may set over the base policy (RULES.md «Rollout: monitor mode and scopes»). */
const scopeSchema = v.strictObject(
  {
    name: v.string({ trim: true, pattern: /^[A-Za-z0-9._-]{1,40}$/u, message: adminText('expected a name of 1-40 ASCII letters (A-Z, a-z), digits, ".", "_" or "-", since it is written in the X-Preflight header (财务部 could be finance)') }),
    senders: v.describe(v.array(address), doc('Sender addresses or * patterns (*@finance.contoso.com, hr-*@contoso.com) the scope applies to.')),
    rules: rulesSchema,
    mode: modeSchema,
    encryption: v.optional(encryptionSchema),
    importantTag: v.optional(nonEmpty),
    clauses: clausesSchema,
    internalDomains: v.optional(v.array(domain)),
    groupAddresses: addressList,
    sharedMailboxes: addressList,
    restrictedRecipients: restrictedRecipientsSchema,
    deferExternalMinutes: deferExternalMinutesSchema,
    customRules: customRulesSchema,
  },
  {
    unknownKey: (key) =>
      key === 'scopes' ? adminText('a scope may not hold scopes') : adminText(`unknown key ${quote(key)} (a scope may set rules, mode, encryption, importantTag, clauses, internalDomains, groupAddresses, sharedMailboxes, restrictedRecipients, deferExternalMinutes, customRules)`),
  },
);

export type ScopeFile = Infer<typeof scopeSchema>;

/** Scope names are what the header reports, so two scopes may not share one. */
const scopesSchema = v.optional(
  v.refine(v.array(scopeSchema), (scopes, report) => {
    const seen = new Set<string>();
    for (const { name } of scopes) {
      if (seen.has(name)) report(adminText(`two scopes are named ${quote(name)}`));
      seen.add(name);
    }
  }),
);

/** The policy file (RULES.md «The policy file»). Unknown keys and rule ids are errors. */
export const policySchema = v.refine(v.strictObject({
  $schema: v.optional(v.string()),
  version: v.optional(nonEmpty),
  internalDomains: v.optional(v.array(domain)),
  groupAddresses: addressList,
  sharedMailboxes: addressList,
  restrictedRecipients: restrictedRecipientsSchema,
  importantTag: v.optional(nonEmpty),
  encryption: v.optional(encryptionSchema),
  rules: rulesSchema,
  clauses: clausesSchema,
  mode: modeSchema,
  scopes: scopesSchema,
  // null: unset, as when the key is left out (each user sees their Outlook's language).
  locale: v.optional(v.nullable(v.oneOf(LOCALES))),
  failClosed: v.optional(v.boolean()),
  oldClientWarnings: v.optional(v.oneOf(['allow', 'block'])),
  deferExternalMinutes: deferExternalMinutesSchema,
  customRules: customRulesSchema,
  templates: v.optional(v.array(templateSchema)),
}), checkCustomIds);

type CustomIds = { readonly rules?: object; readonly clauses?: object; readonly customRules?: readonly { readonly id: string }[] };

const idsOf = (holder: CustomIds): string[] => (holder.customRules || []).map((rule) => rule.id);

/**
 * `rules` and `clauses` may name a custom rule (x-…) only when there is one by that id: the base's
 * own, or for a scope, the base's and the scope's. A typo is an error, never a setting for nothing.
 */
function checkCustomIds(file: CustomIds & { readonly scopes?: readonly CustomIds[] }, report: (message: string, at?: readonly (string | number)[]) => void): void {
  const check = (holder: CustomIds, known: readonly string[], at: readonly (string | number)[]) => {
    for (const key of ['rules', 'clauses'] as const) for (const id in holder[key]) if (CUSTOM_ID.test(id) && !known.includes(id)) report(adminText(`no custom rule has the id ${quote(id)}`), [...at, key, id]);
  };
  check(file, idsOf(file), []);
  file.scopes?.forEach((scope, index) => check(scope, [...idsOf(file), ...idsOf(scope)], ['scopes', index]));
}

export type PolicyFile = Infer<typeof policySchema>;
