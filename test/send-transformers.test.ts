import ts from 'typescript';
import vm from 'node:vm';
import { localizedText } from '../src/launchevent/localized-text';
import { orDefault, property } from '../src/launchevent/or-default';

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

describe('looseNullChecks: what ?? and ?. compile to tests against null once', () => {
  const source = [
    'const values: unknown[] = [null, undefined, 0, "", false, NaN, { b: 7 }];',
    'let calls = 0;',
    'const get = (v: unknown) => (calls++, v as { b?: number } | null | undefined);',
    'export const result = [values.map((v) => get(v) ?? "default"), values.map((v) => get(v)?.b), values.map((v) => (v as { b?: number } | null)?.b ?? -1), calls];',
  ].join('\n');

  test('the strict pairs become one loose comparison, and every value gives the same result', () => {
    const plain = compile(source);
    const shorter = compile(source, 'looseNullChecks');
    expect(plain).toMatch(/!== void 0/u);
    expect(shorter).not.toMatch(/void 0 \?|!== void 0|=== void 0/u);
    expect(shorter).toMatch(/\(_a = get\(v\)\) != null/u);
    expect(run(shorter)).toEqual(run(plain));
    expect(run(shorter)).toEqual([[null, undefined, 0, '', false, NaN, { b: 7 }].map((v) => v ?? 'default'), [undefined, undefined, undefined, undefined, undefined, undefined, 7], [-1, -1, -1, -1, -1, -1, 7], 14]);
  });

  test('a pair testing two different names stays as it is', () => {
    const code = 'export const result = (a: unknown, b: unknown) => a !== null && b !== void 0;';
    expect(compile(code, 'looseNullChecks')).toBe(compile(code));
  });
});

describe('withoutFixes: the rules at Send carry no fixes', () => {
  const rule = [
    "const fixes = [{ id: 'insert-x', action: { kind: 'insertText', text: 'X' } }];",
    "const meta = { id: 'r', fixes: { 'insert-x': { 'zh-CN': '插入', 'zh-TW': '插入', 'en-US': 'Insert' } }, messages: {} };",
    "export const result = [meta, [{ messageId: 'm', fixes }, { messageId: 'n', 'fixes': [] }], { other: { fixes: 1, kept: 2 } }];",
  ].join('\n');

  function compileAs(fileName: string, withTransformer: boolean): string {
    const options = { target: ts.ScriptTarget.ES2016, module: ts.ModuleKind.CommonJS };
    return ts.transpileModule(rule, { compilerOptions: options, fileName, transformers: withTransformer ? { before: [transformers.withoutFixes!] } : {} }).outputText;
  }

  test('in a rule’s file, every fixes property is left out and nothing else changes', () => {
    const file = '/repo/src/engine/rules/some-rule/index.ts';
    expect(run(compileAs(file, false))).toEqual([expect.objectContaining({ fixes: expect.any(Object) }), expect.any(Array), { other: { fixes: 1, kept: 2 } }]);
    expect(run(compileAs(file, true))).toEqual([{ id: 'r', messages: {} }, [{ messageId: 'm' }, { messageId: 'n' }], { other: { kept: 2 } }]);
  });

  test('outside the rules folder the file is left as it is', () => {
    const file = '/repo/src/engine/evaluate.ts';
    expect(compileAs(file, true)).toBe(compileAs(file, false));
  });
});

describe('emptyFixLists: evaluate.ts at Send builds no fix titles', () => {
  const evaluate = [
    'let titles = 0;',
    "const report: { fixes?: Array<{ id: string }> } = { fixes: [{ id: 'insert-x' }] };",
    'const fixes = (report.fixes ?? []).map((fix) => ({ id: fix.id, title: String(++titles) }));',
    "export const result = [{ rule: 'r', fixes }, { rule: 'c', fixes: [] }, { fixes: report.fixes }, titles];",
  ].join('\n');

  function compileAs(fileName: string, withTransformer: boolean): string {
    const options = { target: ts.ScriptTarget.ES2016, module: ts.ModuleKind.CommonJS };
    return ts.transpileModule(evaluate, { compilerOptions: options, fileName, transformers: withTransformer ? { before: [transformers.emptyFixLists!] } : {} }).outputText;
  }

  test('in evaluate.ts every fixes list is a fresh empty one, and no title is built', () => {
    const file = '/repo/src/engine/evaluate.ts';
    expect(run(compileAs(file, false))).toEqual([{ rule: 'r', fixes: [{ id: 'insert-x', title: '1' }] }, { rule: 'c', fixes: [] }, { fixes: [{ id: 'insert-x' }] }, 1]);
    expect(run(compileAs(file, true))).toEqual([{ rule: 'r', fixes: [] }, { rule: 'c', fixes: [] }, { fixes: [] }, 0]);
    expect(compileAs(file, true)).not.toMatch(/\.map\(|title:/u);
  });

  test('any other file is left as it is', () => {
    const file = '/repo/src/engine/rules/some-rule/index.ts';
    expect(compileAs(file, true)).toBe(compileAs(file, false));
  });
});

describe('withoutCitations: the rules\' metas at Send carry no clause ids and no principle', () => {
  const rule = [
    "const meta = { id: 'r', defaultSeverity: 'warning', clauses: ['cc'], principle: { 'en-US': 'p' }, messages: {} };",
    "export const result = [meta, { clauses: ['kept'], principle: 1 }];",
  ].join('\n');

  function compileAs(fileName: string, withTransformer: boolean): string {
    const options = { target: ts.ScriptTarget.ES2016, module: ts.ModuleKind.CommonJS };
    return ts.transpileModule(rule, { compilerOptions: options, fileName, transformers: withTransformer ? { before: [transformers.withoutCitations!] } : {} }).outputText;
  }

  test('in a rule\'s file, only the meta (the literal with defaultSeverity) loses them', () => {
    const file = '/repo/src/engine/rules/some-rule/index.ts';
    expect(run(compileAs(file, false))).toEqual([{ id: 'r', defaultSeverity: 'warning', clauses: ['cc'], principle: { 'en-US': 'p' }, messages: {} }, { clauses: ['kept'], principle: 1 }]);
    expect(run(compileAs(file, true))).toEqual([{ id: 'r', defaultSeverity: 'warning', messages: {} }, { clauses: ['kept'], principle: 1 }]);
  });

  test('outside the rules folder the file is left as it is', () => {
    const file = '/repo/src/engine/evaluate.ts';
    expect(compileAs(file, true)).toBe(compileAs(file, false));
  });
});

describe('literalDefaults: `a ?? literal` and `a?.name` become calls of imported helpers', () => {
  const source = [
    'const values: unknown[] = [null, undefined, 0, "", false, NaN, { b: 7 }];',
    'let calls = 0;',
    'const get = (v: unknown) => (calls++, v as { b?: number } | null | undefined);',
    'const fallback = "named";',
    'out.value = [',
    '  values.map((v) => get(v) ?? "default"), values.map((v) => v ?? -1), values.map((v) => get(v)?.b ?? {}), values.map((v) => get(v) ?? [null, { k: !0 }]),',
    '  values.map((v) => get(v) ?? fallback), values.map((v) => get(v) ?? get(1)),',
    '  values.map((v) => get(v)?.b), values.map((v) => (v as { b?: number } | null)?.b), values.map((v) => (get(v) as { toFixed?: () => string })?.toFixed?.()), calls,',
    '];',
  ].join('\n');

  function compileEsm(withTransformer: boolean): string {
    const options = { target: ts.ScriptTarget.ES2016, module: ts.ModuleKind.ESNext };
    const after = withTransformer ? [transformers.looseNullChecks!, transformers.literalDefaults!] : [transformers.looseNullChecks!];
    return ts.transpileModule(source, { compilerOptions: options, fileName: '/repo/src/engine/x.ts', transformers: { after } }).outputText;
  }

  /** Runs the module with its one import, of the helper, bound to the real one. */
  function runEsm(code: string): unknown {
    const out: { value?: unknown } = {};
    const body = code.replace(/^import \{ (orDefault as __orDefault|property as __property) \} from "[^"]*or-default\.ts";\n/gmu, '');
    vm.runInNewContext(body, { out, __orDefault: orDefault, __property: property });
    return out.value;
  }

  test('a literal default, of any kind, is passed to the helper; the values and the number of reads stay the same', () => {
    const plain = compileEsm(false);
    const shorter = compileEsm(true);
    expect(shorter).toMatch(/^import \{ orDefault as __orDefault \} from "[^"]*[\\/]src[\\/]launchevent[\\/]or-default\.ts";$/mu);
    expect(shorter).toMatch(/^import \{ property as __property \} from "[^"]*[\\/]src[\\/]launchevent[\\/]or-default\.ts";$/mu);
    expect(shorter).toContain('__orDefault(get(v), "default")');
    expect(shorter).toContain('__orDefault(v, -1)');
    expect(shorter.match(/__orDefault\(/gu)).toHaveLength(4);
    expect(shorter).toContain('__property(get(v), "b")');
    expect(shorter).toContain('__property(v, "b")');
    // A call keeps its this: `?.toFixed?.()` is not a read the helper may do.
    expect(shorter.match(/__property\(/gu)).toHaveLength(3);
    expect(shorter).toContain('_a.toFixed) == null ? void 0 : _b.call(_a)');
    expect(runEsm(shorter)).toEqual(runEsm(plain));
    expect((runEsm(shorter) as unknown[])[9]).toBe(7 * 7 + 2);
  });

  test('a default that reads a variable or calls a function is still evaluated only when needed', () => {
    const shorter = compileEsm(true);
    expect(shorter).not.toMatch(/__orDefault\(get\(v\), (fallback|get\(1\))\)/u);
  });

  test('a file without such a default is left as it is', () => {
    const code = 'export const other = (a: number | null, b: number) => a ?? b;';
    const compiled = (list: ts.TransformerFactory<ts.SourceFile>[]) => ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2016, module: ts.ModuleKind.ESNext }, transformers: { after: list } }).outputText;
    expect(compiled([transformers.looseNullChecks!, transformers.literalDefaults!])).toBe(compiled([transformers.looseNullChecks!]));
  });
});

describe('localizedCalls: three-locale literals become calls of one imported helper', () => {
  const source = [
    "let order: string[] = [];",
    "const seen = (text: string) => (order.push(text), text);",
    "const texts = { a: { 'zh-CN': seen('简'), 'zh-TW': seen('繁'), 'en-US': seen('en') }, b: { 'zh-TW': 'x', 'zh-CN': 'y', 'en-US': 'z' }, c: { 'zh-CN': 1, 'zh-TW': 2, 'en-US': 3, extra: 4 } };",
    'out.value = [texts, order];',
  ].join('\n');

  function compileEsm(withTransformer: boolean): string {
    const options = { target: ts.ScriptTarget.ES2016, module: ts.ModuleKind.ESNext };
    return ts.transpileModule(source, { compilerOptions: options, fileName: '/repo/src/engine/x.ts', transformers: withTransformer ? { after: [transformers.localizedCalls!] } : {} }).outputText;
  }

  /** Runs the module with its one import, of the helper, bound to the real one. */
  function runEsm(code: string): unknown {
    const out: { value?: unknown } = {};
    const body = code.replace(/^import \{ localizedText as __localizedText \} from "[^"]*localized-text\.ts";\n/u, '');
    vm.runInNewContext(body, { out, __localizedText: localizedText });
    return out.value;
  }

  test('the literal of exactly the three locales, in their order, becomes a pure call; the values come out the same, in the same order', () => {
    const plain = compileEsm(false);
    const shorter = compileEsm(true);
    expect(shorter).toMatch(/^import \{ localizedText as __localizedText \} from "[^"]*[\\/]src[\\/]launchevent[\\/]localized-text\.ts";$/mu);
    expect(shorter).toContain("a: /*#__PURE__*/ __localizedText(seen('简'), seen('繁'), seen('en'))");
    expect(shorter.match(/__localizedText\(/gu)).toHaveLength(1);
    expect(runEsm(shorter)).toEqual(runEsm(plain));
    const [texts] = runEsm(shorter) as [Record<string, object>];
    expect(Object.keys(texts.a!)).toEqual(['zh-CN', 'zh-TW', 'en-US']);
  });

  test('a file without such a literal is left as it is', () => {
    const code = "export const other = { 'zh-CN': 1, 'en-US': 2 };";
    const compiled = (list: ts.TransformerFactory<ts.SourceFile>[]) => ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2016, module: ts.ModuleKind.ESNext }, transformers: { after: list } }).outputText;
    expect(compiled([transformers.localizedCalls!])).toBe(compiled([]));
  });
});
