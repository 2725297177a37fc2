import { parseCommand } from './args';
import type { UsageProblem } from './messages';

test('check with every option', () => {
  expect(parseCommand(['check', 'a.eml', 'b.json', '--policy', 'p.json', '--format=json', '--locale', 'zh_tw'])).toEqual({
    kind: 'check',
    files: ['a.eml', 'b.json'],
    policyPath: 'p.json',
    format: 'json',
    locale: 'zh-TW',
  });
});

test('defaults: text output, no policy, locale chosen later', () => {
  expect(parseCommand(['check', 'a.eml'])).toEqual({ kind: 'check', files: ['a.eml'], policyPath: null, format: 'text', locale: null });
});

test('help and version win over everything else', () => {
  expect(parseCommand(['check', '--help'])).toEqual({ kind: 'help' });
  expect(parseCommand(['-V'])).toEqual({ kind: 'version' });
});

test('-- lets a file name start with a dash', () => {
  expect(parseCommand(['check', '--', '-odd.eml'])).toMatchObject({ kind: 'check', files: ['-odd.eml'] });
});

test('policy validate, its alias check, and defaults', () => {
  expect(parseCommand(['policy', 'validate', 'p.json'])).toEqual({ kind: 'policy-check', file: 'p.json', locale: null });
  expect(parseCommand(['policy', 'check', 'p.json', '--locale', 'en-US'])).toEqual({ kind: 'policy-check', file: 'p.json', locale: 'en-US' });
  expect(parseCommand(['policy', 'defaults'])).toEqual({ kind: 'policy-defaults' });
});

test.each<[string[], UsageProblem]>([
  [[], { kind: 'missing-command' }],
  [['check'], { kind: 'missing-file' }],
  [['lint', 'a.eml'], { kind: 'unknown-command', command: 'lint' }],
  [['check', 'a', '--nope'], { kind: 'unknown-option', option: '--nope' }],
  [['check', 'a', '--nope=3'], { kind: 'unknown-option', option: '--nope' }],
  [['check', '-x', 'a'], { kind: 'unknown-option', option: '-x' }],
  [['check', 'a', '--help=yes'], { kind: 'unexpected-value', option: '--help' }],
  [['check', 'a', '--format', 'yaml'], { kind: 'unknown-format', value: 'yaml' }],
  [['check', 'a', '--locale', 'de'], { kind: 'unknown-locale', value: 'de' }],
  [['check', 'a', '--policy'], { kind: 'missing-value', option: '--policy' }],
  [['check', 'a', '--policy='], { kind: 'missing-value', option: '--policy' }],
  [['check', 'a', '--policy', '--format', 'json'], { kind: 'missing-value', option: '--policy' }],
  [['check', 'a', '--locale'], { kind: 'missing-value', option: '--locale' }],
  [['policy'], { kind: 'unknown-policy-action', action: null }],
  [['policy', 'lint'], { kind: 'unknown-policy-action', action: 'lint' }],
  [['policy', 'check'], { kind: 'missing-policy-file' }],
  [['policy', 'check', 'a.json', 'b.json'], { kind: 'unexpected-argument', argument: 'b.json' }],
  [['policy', 'defaults', 'x'], { kind: 'unexpected-argument', argument: 'x' }],
])('usage error for %j', (argv, problem) => {
  expect(parseCommand(argv)).toEqual({ kind: 'usage-error', problem, locale: null });
});

test('a usage error carries --locale when it names a supported language, wherever it stands', () => {
  expect(parseCommand(['check', '--bogus', 'a', '--locale', 'zh-TW'])).toMatchObject({ kind: 'usage-error', locale: 'zh-TW' });
  expect(parseCommand(['--locale=en_us'])).toMatchObject({ kind: 'usage-error', problem: { kind: 'missing-command' }, locale: 'en-US' });
  expect(parseCommand(['check', 'a', '--locale', 'fr'])).toMatchObject({ kind: 'usage-error', locale: null });
});

test('a policy file named with a leading dash is given with =', () => {
  expect(parseCommand(['check', 'a', '--policy=-p.json'])).toMatchObject({ kind: 'check', policyPath: '-p.json' });
});

test('no message is Node\'s own', () => {
  for (const argv of [['check', 'a', '--bogus'], ['check', 'a', '--policy'], ['-z']]) {
    const command = parseCommand(argv);
    expect(command.kind).toBe('usage-error');
    expect(JSON.stringify(command)).not.toMatch(/To specify|ambiguous|-- "/u);
  }
});
