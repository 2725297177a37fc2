import fs from 'node:fs';
import path from 'node:path';

/**
 * The engine runs unchanged in Outlook's JavaScript-only runtime, the task pane, Node and the
 * playground, so it imports only itself: no package at all (its validator and its pattern matcher
 * are its own).
 */
const ENGINE_DIR = path.resolve(__dirname, '..', 'src', 'engine');
const ALLOWED_PACKAGES: ReadonlySet<string> = new Set<string>();
const FORBIDDEN_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'Office', 'process', 'require', 'Buffer', 'fetch', 'XMLHttpRequest', 'setTimeout', 'setInterval'];

function engineSources(dir = ENGINE_DIR): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return engineSources(full);
    return /\.tsx?$/u.test(entry.name) && !/\.test\.tsx?$/u.test(entry.name) ? [full] : [];
  });
}

function importsOf(source: string): string[] {
  const specifiers = [...source.matchAll(/\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gu), ...source.matchAll(/\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/gu), ...source.matchAll(/\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/gu)];
  return specifiers.map((match) => match[1]!);
}

/** Source without comments and string contents, so a word in a message is not taken for a global. */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//gu, '')
    .replace(/\/\/.*$/gmu, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/gu, "''");
}

const sources = engineSources();

test('the engine has sources to check', () => {
  expect(sources.length).toBeGreaterThan(20);
});

describe.each(sources.map((file) => [path.relative(ENGINE_DIR, file), file]))('%s', (_name, file) => {
  const source = fs.readFileSync(file, 'utf8');

  test('imports only engine modules', () => {
    const outside = importsOf(source).filter((specifier) => {
      if (specifier.startsWith('.')) return !path.resolve(path.dirname(file), specifier).startsWith(ENGINE_DIR);
      return !ALLOWED_PACKAGES.has(specifier);
    });
    expect(outside).toEqual([]);
  });

  test('uses no DOM, Office.js or Node globals', () => {
    const code = codeOnly(source);
    const used = FORBIDDEN_GLOBALS.filter((name) => new RegExp(`(?<![\\w.$])${name}\\s*[.(\\[]`, 'u').test(code));
    expect(used).toEqual([]);
  });
});

test('the checker itself catches a forbidden import and a DOM global', () => {
  expect(importsOf("import fs from 'node:fs';\nimport { x } from '../../office/read';")).toEqual(['node:fs', '../../office/read']);
  expect(codeOnly("const s = 'window.open'; document.title = s;")).toMatch(/document\./u);
  expect(codeOnly("const s = 'window.open';")).not.toMatch(/window/u);
});
