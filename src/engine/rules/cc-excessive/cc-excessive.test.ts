import { addresses, runRuleTests } from '../../../../test/helpers/rule-tester';

const tooMany = (count: number, max = 5) => ({ messageId: 'tooMany', data: { count, max }, field: 'cc' }) as const;

runRuleTests('cc-excessive', {
  valid: [
    { name: 'five in CC', draft: { cc: addresses(5) } },
    { name: 'many in To', draft: { to: addresses(12) } },
    { name: 'many in BCC', draft: { bcc: addresses(8) } },
    { name: 'five people, one of them typed twice (in another case)', draft: { cc: [...addresses(5), 'USER1@CONTOSO.COM'] } },
    { name: 'a higher limit from the policy', draft: { cc: addresses(8) }, policy: { rules: { 'cc-excessive': { maxCc: 10 } } } },
  ],
  invalid: [
    { name: 'six in CC', draft: { cc: addresses(6) }, errors: [tooMany(6)] },
    {
      name: 'six in CC with Chinese display names',
      draft: { cc: ['王五', '赵六', '孫七', '周八', '吳九', '鄭十'].map((name, i) => ({ address: `p${i}@contoso.com`, name })) },
      errors: [tooMany(6)],
    },
    { name: 'external and full-width addresses count too', draft: { cc: [...addresses(3), ...addresses(2, 'fabrikam.com'), 'ｗａｎｇ@contoso.com'] }, errors: [tooMany(6)] },
    { name: 'a lower limit from the policy', draft: { cc: addresses(3) }, policy: { rules: { 'cc-excessive': { maxCc: 2 } } }, errors: [tooMany(3, 2)] },
    { name: 'no CC allowed at all', draft: { cc: addresses(1) }, policy: { rules: { 'cc-excessive': { maxCc: 0 } } }, errors: [tooMany(1, 0)] },
    { name: 'severity raised to block', draft: { cc: addresses(6) }, policy: { rules: { 'cc-excessive': { severity: 'block' } } }, errors: [{ ...tooMany(6), severity: 'block' }] },
  ],
  invalidOptions: [
    { name: 'a negative limit', options: { maxCc: -1 }, path: '$.rules["cc-excessive"].maxCc' },
    { name: 'a limit as a string', options: { maxCc: '5' }, path: '$.rules["cc-excessive"].maxCc' },
    { name: 'a fractional limit', options: { maxCc: 1.5 }, path: '$.rules["cc-excessive"].maxCc' },
    { name: 'a misspelt option', options: { maxcc: 3 }, path: '$.rules["cc-excessive"].maxcc' },
  ],
});
