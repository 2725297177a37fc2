import rule from '.';
import atSend from './at-send';

/** The stand-in Send carries (scripts/not-at-send.js) must accept exactly the settings the rule does. */
test('the stand-in has the rule’s id, severity and options, and checks nothing', () => {
  expect(atSend.meta.id).toBe(rule.meta.id);
  expect(atSend.meta.defaultSeverity).toBe(rule.meta.defaultSeverity);
  expect(Object.keys(atSend.meta.options).sort()).toEqual(Object.keys(rule.meta.options).sort());
  for (const [name, spec] of Object.entries(rule.meta.options)) expect(atSend.meta.options[name as keyof typeof atSend.meta.options]!.schema).toBe(spec.schema);
  expect(atSend.check({} as never)).toEqual([]);
});
