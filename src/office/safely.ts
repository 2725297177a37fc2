/** Runs a host call that may throw (storage disabled, a settings object gone) and gives null instead. */
export function safely<T>(action: () => T): T | null {
  try {
    return action();
  } catch {
    return null;
  }
}
