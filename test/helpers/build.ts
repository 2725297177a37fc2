import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
/** The deployment: only what Outlook loads. */
export const DIST = path.join(ROOT, 'dist');
/** What is built but never deployed: the playground and the CLI. */
export const BUILD = path.join(ROOT, 'build');

/** Where each webpack configuration writes its files. */
const OUTPUT: Readonly<Record<string, string>> = {
  launchevent: DIST,
  commands: DIST,
  taskpane: DIST,
  playground: path.join(BUILD, 'playground'),
  cli: path.join(BUILD, 'cli'),
};

/**
 * Makes sure the named webpack configuration has been built, for localhost as `npm test` builds
 * it, and returns the path of `file` in its output folder. `npm test` builds first, so the build
 * only runs when a suite is started on its own.
 */
export function ensureBuilt(config: string, file: string): string {
  const folder = OUTPUT[config];
  if (!folder) throw new Error(`no webpack configuration named ${config}`);
  const target = path.join(folder, file);
  if (!fs.existsSync(target)) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production', '--env', 'local', '--config-name', config], { cwd: ROOT, stdio: 'pipe' });
  }
  return target;
}
