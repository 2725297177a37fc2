import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..');
const CONFIGS = ['src/engine/tsconfig.json', 'src/launchevent/tsconfig.json'];

const NEWER_BUILT_INS: ReadonlyArray<readonly [string, string]> = [
  ['[1, 2].at(-1)', 'at'],
  ["'a-b'.replaceAll('-', '')", 'replaceAll'],
  ['Promise.allSettled([])', 'allSettled'],
  ['Object.getOwnPropertyDescriptors({})', 'getOwnPropertyDescriptors'],
  ['[[1]].flat()', 'flat'],
  // Declared and polyfilled until Send needed their bytes: no on-send code calls them.
  ["Object.fromEntries([['k', 1]])", 'fromEntries'],
  ["' x '.trimEnd()", 'trimEnd'],
  ["'x'.padStart(3)", 'padStart'],
  ["'x'.padEnd(3)", 'padEnd'],
];

const POLYFILLED = [
  "export const a = Object.entries({ x: 1 }).concat(Object.values({ y: 2 }).map((v) => ['y', v] as [string, number]));",
  "export const b = Object.hasOwn({}, 'k');",
  "export const c = [1].flatMap((n) => [n, n]).length + ' x '.trimStart().length;",
  "export const d = [...'a1b2'.matchAll(/\\d/gu)].map((m) => m.index);",
].join('\n');

/** Compiles each source as one more file of the project `configPath` describes; their diagnostics, in order. */
function diagnosticsFor(configPath: string, sources: readonly string[]): string[][] {
  const absolute = path.join(ROOT, configPath);
  const config = ts.getParsedCommandLineOfConfigFile(absolute, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  if (!config) throw new Error(`cannot read ${configPath}`);
  const probes = new Map(sources.map((source, index) => [path.join(path.dirname(absolute), `__probe${index}__.ts`), source]));
  const host = ts.createCompilerHost(config.options);
  const { readFile, fileExists } = host;
  host.readFile = (file) => probes.get(path.resolve(file)) ?? readFile.call(host, file);
  host.fileExists = (file) => probes.has(path.resolve(file)) || fileExists.call(host, file);
  const floor = path.join(ROOT, 'src/engine/runtime-floor.d.ts');
  const program = ts.createProgram([...probes.keys(), floor], { ...config.options, noEmit: true }, host);
  return [...probes.keys()].map((probe) => ts.getPreEmitDiagnostics(program, program.getSourceFile(probe)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')));
}

describe.each(CONFIGS)('%s compiles against the ES2016 runtime floor', (config) => {
  const [polyfilled = [], ...newer] = diagnosticsFor(config, [POLYFILLED, ...NEWER_BUILT_INS.map(([expression]) => `export const probe = ${expression};\n`)]);

  test.each(NEWER_BUILT_INS.map(([expression, name], index) => [expression, name, newer[index] ?? []] as const))('a newer built-in is a compile error: %s', (_expression, name, messages) => {
    expect(messages.join('\n')).toContain(`'${name}'`);
  });

  test('the polyfilled functions compile', () => {
    expect(polyfilled).toEqual([]);
  });
});
