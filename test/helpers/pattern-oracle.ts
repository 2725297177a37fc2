/**
 * Shared by the pattern VM's tests: each expected match is also checked against re2js, the test
 * oracle the VM is held to (a devDependency; the VM is what ships).
 */
import { RE2JS } from 're2js';
import { parsePattern, searchPattern, type Program } from '../../src/engine/detectors/pattern';

export type Span = [number, number] | null;

export function compiled(source: string): Program {
  const parsed = parsePattern(source);
  if (!parsed.ok) throw new Error(`${source}: ${parsed.message}`);
  return parsed.program;
}

export function find(source: string, text: string): Span {
  const match = searchPattern(compiled(source), text);
  return match === null ? null : [match.start, match.end];
}

export function re2Find(source: string, text: string): Span {
  const matcher = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE).matcher(text);
  return matcher.find() ? [matcher.start(), matcher.end()] : null;
}

export function rejection(source: string): string {
  const parsed = parsePattern(source);
  if (parsed.ok) throw new Error(`${source} was accepted`);
  return parsed.message;
}

export function re2Accepts(source: string): boolean {
  try {
    RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
    return true;
  } catch {
    return false;
  }
}

/** Each case is checked against re2js too, so the expectations cannot drift from RE2. */
export function expectFinds(cases: readonly (readonly [string, string, Span])[]): void {
  for (const [source, text, expected] of cases) {
    expect({ source, text, found: find(source, text) }).toEqual({ source, text, found: expected });
    expect({ source, text, re2: re2Find(source, text) }).toEqual({ source, text, re2: expected });
  }
}
