import { parseCommand } from './args';

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

test.each([
  [[], /missing command/u],
  [['check'], /missing FILE/u],
  [['check', 'a', '--nope'], /--nope/u],
  [['check', 'a', '--format', 'yaml'], /unknown format/u],
  [['check', 'a', '--locale', 'de'], /unknown locale/u],
  [['check', 'a', '--policy'], /--policy/u],
])('usage error for %j', (argv, message) => {
  const command = parseCommand(argv);
  expect(command.kind).toBe('usage-error');
  expect(command.kind === 'usage-error' ? command.message : '').toMatch(message);
});
