import { adminText } from '../off-send-text';
import { RULES } from '../rules';
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

const localizedText = v.strictObject({
  'zh-CN': v.optional(nonEmpty),
  'zh-TW': v.optional(nonEmpty),
  'en-US': v.optional(nonEmpty),
});

export const encryptionSchema = v.taggedUnion('method', [
  v.strictObject({ method: v.literal('sensitivityLabel'), label: nonEmpty }),
  v.strictObject({ method: v.literal('subjectTag'), tag: nonEmpty }),
  v.strictObject({ method: v.literal('instruction'), text: v.union([nonEmpty, localizedText]) }),
]);

const severity = v.oneOf(SEVERITIES);

/** A mail template the task pane can insert (seed 000 三.2.3). */
const templateSchema = v.strictObject({
  name: nonEmpty,
  subject: v.optional(v.string()),
  body: v.string(),
});

/** A rule's `severity` and options; each option's schema and description come from the rule's OptionSpec. */
function ruleSettingsSchema(options: Readonly<Record<string, { readonly schema: AnySchema; readonly description: string }>>) {
  const shape: Record<string, AnySchema> = { severity: v.optional(severity) };
  for (const [name, spec] of Object.entries(options)) shape[name] = v.optional(v.describe(spec.schema, spec.description));
  return v.optional(v.strictObject(shape));
}

const unknownRuleId = (key: string): string => adminText(`unknown rule id ${quote(key)}; known ids: ${RULES.map((r) => r.meta.id).join(', ')}`);

const rulesShape: Record<string, ReturnType<typeof ruleSettingsSchema>> = {};
const clausesShape: Record<string, v.Optional<string>> = {};
for (const rule of RULES) {
  rulesShape[rule.meta.id] = ruleSettingsSchema(rule.meta.options);
  clausesShape[rule.meta.id] = v.optional(nonEmpty);
}

/** The policy file (RULES.md «The policy file»). Unknown keys and rule ids are errors. */
export const policySchema = v.strictObject({
  $schema: v.optional(v.string()),
  version: v.optional(nonEmpty),
  internalDomains: v.optional(v.array(domain)),
  groupAddresses: v.optional(v.array(address)),
  sharedMailboxes: v.optional(v.array(address)),
  importantTag: v.optional(nonEmpty),
  encryption: v.optional(encryptionSchema),
  rules: v.optional(v.strictObject(rulesShape, { unknownKey: unknownRuleId })),
  clauses: v.optional(v.strictObject(clausesShape, { unknownKey: unknownRuleId })),
  locale: v.optional(v.oneOf(LOCALES)),
  failClosed: v.optional(v.boolean()),
  oldClientWarnings: v.optional(v.oneOf(['allow', 'block'])),
  templates: v.optional(v.array(templateSchema)),
});

export type PolicyFile = Infer<typeof policySchema>;
