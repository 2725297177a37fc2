/**
 * Preflight's rule engine: `draft + policy → findings`. Runs anywhere JavaScript runs (Outlook's
 * JavaScript-only runtime, the task pane, Node); imports nothing from Office.js, React, the DOM or Node.
 */
export { evaluate, decide, type EvaluateOptions } from './evaluate';
export { parseDraft, createDraft, DRAFT_PARTS, type Draft, type DraftPart, type DraftInput, type DraftResult, type Recipient, type Attachment, type ComposeType, type RecipientType } from './draft';
export { parsePolicy, parsePolicyText, resolvePolicy, applyScopes, DEFAULT_POLICY, DEFAULT_IMPORTANT_TAG, type PolicyResult, type ScopedPolicy } from './policy/load';
export type { Policy, EncryptionAction, MailTemplate } from './policy/policy';
export { policySchema, type PolicyFile } from './policy/schema';
export type { InputError } from './schema-errors';
export { RULES } from './rules';
export { RULE_CATALOG } from './rules/catalog';
export { RULE_AREAS, type RuleArea } from './rules/areas';
export type { CatalogEntry } from './rule';
export { LOCALE_CONVENTIONS, type LocaleConventions } from './locale-conventions';
export { resolveLocale, isLocale, DEFAULT_LOCALE, formatMessage, joinList, localize, translator, LOCALE_NAMES } from './i18n';
export * from './types';
export { applySubjectTag } from './fixes';
export { composeTypeOfSubject, splitSubjectPrefixes } from './text/subject';
export { quotedSubject } from './text/quoted';
export { PRINCIPLES } from './principles';
