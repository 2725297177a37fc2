/** Runs what may throw (a host call with storage disabled or a settings object gone, a draft fact a rule failed on) and gives null instead. */
export function safely<T>(action: () => T): T | null {
  try {
    return action();
  } catch {
    return null;
  }
}
