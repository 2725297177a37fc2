import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from './helpers/cli';

// The loader is plain CommonJS for webpack; jest loads it the same way.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const stripDocs = require('../scripts/strip-docs-loader.js') as (source: string) => string;

describe('the on-send build drops text Send never shows', () => {
  test.each([
    // A description that ends the call's arguments goes with its comma; one before another argument is ''.
    ["integerOption(5, doc('Most CC recipients before the rule fires.'))", 'integerOption(5)'],
    ["integerOption(20, doc('Distinct addresses, together.'), 1)", "integerOption(20, '', 1)"],
    ['termListOption(terms.x, doc("Words; {\\"replace\\": [...]} replaces it."))', 'termListOption(terms.x)'],
    ["termListOption(\n  terms.x,\n  doc(\n    'Phrases (如有问题请告知, let me know); it\\'s added.',\n  ),\n)", 'termListOption(\n  terms.x,\n)'],
    ["[a, doc('x')]", "[a, '']"],
    ["throw unsupported(at, adminText('a literal { must be escaped as \\\\{'));", "throw unsupported(at, '');"],
    ['message: adminText(`expected ${issue.expected}, got ${describeValue(issue.input)}`) }', "message: '' }"],
    ["v.refine(inner, check, schemaHint('{\"maximum\": 120}'))", "v.refine(inner, check, '')"],
  ])('%s', (source, expected) => {
    expect(stripDocs(source)).toBe(expected);
  });

  test('other calls and a doc() it cannot read stay as they are', () => {
    const source = "document('x'); mydoc('y'); doc(name); doc(`outer ${`inner`}`)";
    expect(stripDocs(source)).toBe(source);
  });

  test('every doc(), adminText() and schemaHint() in the engine is one the loader recognises', () => {
    const files = fs.readdirSync(path.join(REPO_ROOT, 'src', 'engine'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    const unrecognised = files.flatMap((file) => {
      const source = stripDocs(fs.readFileSync(path.join(REPO_ROOT, 'src', 'engine', file), 'utf8'));
      return [...source.matchAll(/\b(?:doc|adminText|schemaHint)\(/gu)].map(() => file).filter((name) => name !== 'off-send-text.ts');
    });
    expect(unrecognised).toEqual([]);
  });
});
