import { defineRule } from '../../rule';

// Interim: replaced by the full detector-based rule (issue [2]).
export default defineRule({
  meta: {
    id: 'sensitive-content',
    defaultSeverity: 'warning',
    clauses: ['sensitive-000', 'sensitive-001', 'sensitive-002', 'sensitive-003', 'sensitive-004'],
    messages: { found: { 'zh-CN': '敏感内容', 'zh-TW': '敏感內容', 'en-US': 'Sensitive content' } },
    options: {},
  },
  check() {
    return [];
  },
});
