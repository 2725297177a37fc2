/**
 * The policy a message is checked against: the base policy with the scopes of its sender over
 * it (RULES.md «Rollout: monitor mode and scopes»), and the names of those scopes.
 */
import type { Policy } from '../../engine';

export interface ScopedPolicy {
  readonly policy: Policy;
  readonly scopes: readonly string[];
}

// TODO(audit): switch to applyScopes(policy, from) from src/engine/policy/scopes.ts once it lands.
export function policyForMessage(policy: Policy, from: string): ScopedPolicy {
  void from;
  return { policy, scopes: [] };
}
