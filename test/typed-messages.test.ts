import path from 'node:path';
import ts from 'typescript';

const CASES = path.join(__dirname, 'types', 'typed-messages.ts');

function compilerOptions(): ts.CompilerOptions {
  const configFile = path.resolve(__dirname, '..', 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(configFile)).options;
}

/** The type errors of `source` compiled as the cases file, as `line: message` (1-based lines). */
function typeErrors(source: string): string[] {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (file) => (path.resolve(file) === CASES ? source : readFile(file));
  const program = ts.createProgram([CASES], options, host);
  return ts
    .getPreEmitDiagnostics(program, program.getSourceFile(CASES))
    .map((d) => `${d.file!.getLineAndCharacterOfPosition(d.start!).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
}

const source = ts.sys.readFile(CASES)!;

test('reports with known message ids and data for every placeholder compile, and each marked case does not', () => {
  expect(typeErrors(source)).toEqual([]);
});

test('without the @ts-expect-error marks, the compiler rejects exactly the marked cases', () => {
  const lines = source.split('\n');
  const marked = lines.flatMap((line, index) => (line.trim().startsWith('// @ts-expect-error') ? [index + 2] : []));
  const errors = typeErrors(lines.map((line) => (line.trim().startsWith('// @ts-expect-error') ? '' : line)).join('\n'));
  expect([...new Set(errors.map((error) => Number(error.split(':')[0])))]).toEqual(marked);
  expect(errors.join('\n')).toMatch(/"tooMuch"/u);
  expect(errors.join('\n')).toMatch(/max/u);
}, 60_000);
