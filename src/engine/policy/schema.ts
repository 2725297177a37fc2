import * as z from 'zod/mini';
import { adminText } from '../off-send-text';
import { RULES } from '../rules';
import { LOCALES, SEVERITIES } from '../types';

const nonEmpty = z.string().check(z.trim(), z.minLength(1));

/** `contoso.com`, `mail.contoso.com.cn`; no `@`, no spaces, at least one dot. */
const domain = z.string().check(
  z.trim(),
  z.regex(/^(?=.{1,253}$)[^\s@.]+(?:\.[^\s@.]+)+$/u, { error: adminText('expected a domain such as contoso.com (no @, no spaces)') }),
);

/** A mail address; `*` wildcards allowed where `wildcards` is set (group addresses). */
const address = z.string().check(z.trim(), z.regex(/^[^\s@]+@[^\s@]+$/u, { error: adminText('expected a mail address such as name@contoso.com') }));

const localizedText = z.strictObject({
  'zh-CN': z.optional(nonEmpty),
  'zh-TW': z.optional(nonEmpty),
  'en-US': z.optional(nonEmpty),
});

export const encryptionSchema = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('sensitivityLabel'), label: nonEmpty }),
  z.strictObject({ method: z.literal('subjectTag'), tag: nonEmpty }),
  z.strictObject({ method: z.literal('instruction'), text: z.union([nonEmpty, localizedText]) }),
]);

const severity = z.enum(SEVERITIES);

/** A mail template the task pane can insert (seed 000 三.2.3). */
const templateSchema = z.strictObject({
  name: nonEmpty,
  subject: z.optional(z.string()),
  body: z.string(),
});

function ruleSettingsSchema(options: Readonly<Record<string, { readonly schema: z.core.$ZodType }>>) {
  const shape: Record<string, z.core.$ZodType> = { severity: z.optional(severity) };
  for (const [name, spec] of Object.entries(options)) shape[name] = z.optional(spec.schema as z.ZodMiniType);
  return z.strictObject(shape);
}

const rulesShape: Record<string, z.core.$ZodType> = {};
const clausesShape: Record<string, z.core.$ZodType> = {};
for (const rule of RULES) {
  rulesShape[rule.meta.id] = z.optional(ruleSettingsSchema(rule.meta.options));
  clausesShape[rule.meta.id] = z.optional(nonEmpty);
}

/** The policy file (RULES.md «The policy file»). Unknown keys and rule ids are errors. */
export const policySchema = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.optional(nonEmpty),
  internalDomains: z.optional(z.array(domain)),
  groupAddresses: z.optional(z.array(address)),
  sharedMailboxes: z.optional(z.array(address)),
  importantTag: z.optional(nonEmpty),
  encryption: z.optional(encryptionSchema),
  rules: z.optional(z.strictObject(rulesShape)),
  clauses: z.optional(z.strictObject(clausesShape)),
  locale: z.optional(z.enum(LOCALES)),
  failClosed: z.optional(z.boolean()),
  oldClientWarnings: z.optional(z.enum(['allow', 'block'])),
  templates: z.optional(z.array(templateSchema)),
});

export type PolicyFile = z.output<typeof policySchema>;
