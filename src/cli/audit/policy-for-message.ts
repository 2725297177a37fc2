/**
 * The policy a message is checked against: the base policy with the scopes of its sender over
 * it (RULES.md «Rollout: monitor mode and scopes»), as `check` and Send apply them, and the
 * names of those scopes for the summary.
 */
import { applyScopes, type Policy, type ScopedPolicy } from '../../engine';

export function policyForMessage(policy: Policy, from: string): ScopedPolicy {
  return applyScopes(policy, from);
}
