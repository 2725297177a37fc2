/**
 * The areas of the rule catalog (RULES.md), in catalog order, with their names in the README.
 * Findings of one severity, the registry and the docs list rules area by area, then by each
 * rule's position (its catalog.ts).
 */
export const RULE_AREAS = {
  subject: 'Subject',
  attachments: 'Attachments',
  recipients: 'Recipients',
  content: 'Content',
} as const;

export type RuleArea = keyof typeof RULE_AREAS;
