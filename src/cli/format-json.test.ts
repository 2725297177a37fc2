import { formatJsonLine } from './format-json';

test('C1 and bidi controls are escaped in JSON lines as C0 ones are, and parse back to the same text', () => {
  const file = 'a\u001b\u009b\u202egnp.exe\u2066\u2028.eml';
  const line = formatJsonLine({ file, decision: 'allow', findings: [] });
  expect(line).toBe('{"file":"a\\u001b\\u009b\\u202egnp.exe\\u2066\\u2028.eml","decision":"allow","findings":[]}\n');
  expect(JSON.parse(line)).toEqual({ file, decision: 'allow', findings: [] });
});
