import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const DIST = path.join(ROOT, 'dist');

/**
 * Makes sure the named webpack configurations have been built. `npm test` builds first, so this
 * only runs when a suite is started on its own.
 */
export function ensureBuilt(config: string, file: string): string {
  const target = path.join(DIST, file);
  if (!fs.existsSync(target)) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--config-name', config], { cwd: ROOT, stdio: 'pipe' });
  }
  return target;
}
