import fs from 'node:fs';
import { ensureBuilt } from './helpers/build';

/**
 * Code the on-send bundle must not carry, because Send never runs it: each entry is a piece of
 * the source that only the pane or the CLI needs, and that an earlier build still shipped.
 */
const bundle = (): string => fs.readFileSync(ensureBuilt('launchevent', 'launchevent.js'), 'utf8');

describe('the on-send bundle leaves out what only the pane and the CLI use', () => {
  it('has no language detection for inserted text (writingLocale and its character table)', () => {
    expect(bundle()).not.toContain('们这个来会对说');
  });

  it('builds no fix: no recipient moves (mass-mail), no encryption fix (sensitive-content)', () => {
    const text = bundle();
    expect(text).not.toContain('moveRecipients');
    expect(text).not.toContain('applySensitivityLabel');
  });

  it('carries no rule\'s seed clause ids or built-in principle (scripts/send-transformers.js withoutCitations)', () => {
    const text = bundle();
    expect(text).not.toMatch(/clauses:\[/u);
    expect(text).not.toMatch(/principle:/u);
  });

  it('carries the term lists as joined strings, not as JSON text parsed at load (scripts/compact-json.js)', () => {
    const text = bundle();
    expect(text).not.toContain("JSON.parse('");
    expect(text).toMatch(/"[^"|]+(?:\|[^"|]+){6,}"\.split\("\|"\)/u);
  });
});
