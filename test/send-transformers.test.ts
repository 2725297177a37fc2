import ts from 'typescript';
import vm from 'node:vm';

// The transformers are plain CommonJS for webpack; jest loads them the same way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const transformers = require('../scripts/send-transformers.js') as Record<string, ts.TransformerFactory<ts.SourceFile>>;

/** TypeScript's ES2016 output of `source`, as the on-send build compiles it, with or without one transformer. */
function compile(source: string, name?: string): string {
  const options = { target: ts.ScriptTarget.ES2016, module: ts.ModuleKind.CommonJS };
  return ts.transpileModule(source, { compilerOptions: options, transformers: name ? { after: [transformers[name]!] } : {} }).outputText;
}

/** What `exports.result` holds after running the compiled code. */
function run(code: string): unknown {
  const sandbox = { exports: {} as Record<string, unknown> };
  vm.runInNewContext(code, sandbox);
  return sandbox.exports.result;
}

describe('lets: const becomes let', () => {
  const source = 'const items: number[] = []; for (const n of [1, 2, 3]) { const twice = n * 2; items.push(twice); } const fns = [0, 1].map((i) => () => i); export const result = [items, fns.map((f) => f())];';

  test('no const is left, and the code computes the same', () => {
    const plain = compile(source);
    const shorter = compile(source, 'lets');
    expect(plain).toMatch(/\bconst\b/u);
    expect(shorter).not.toMatch(/\bconst\b/u);
    expect(run(shorter)).toEqual(run(plain));
    expect(run(shorter)).toEqual([[2, 4, 6], [0, 1]]);
  });
});
