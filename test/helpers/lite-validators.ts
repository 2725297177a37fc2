import type { parseDraft } from '../../src/engine/draft';
import type { parsePolicy, parsePolicyText } from '../../src/engine/policy/load';
import type { policySchema } from '../../src/engine/policy/schema';

/** The project's schemas and parsers, loaded again with `zod/mini` resolved to zod-mini-lite, as the on-send build does. */
export interface LiteCopy {
  readonly policySchema: typeof policySchema;
  readonly parseDraft: typeof parseDraft;
  readonly parsePolicy: typeof parsePolicy;
  readonly parsePolicyText: typeof parsePolicyText;
}

export function loadWithLiteZod(): LiteCopy {
  let copy: LiteCopy | undefined;
  jest.isolateModules(() => {
    jest.doMock('zod/mini', () => jest.requireActual('../../src/engine/validation/zod-mini-lite'));
    const load = jest.requireActual<Pick<LiteCopy, 'parsePolicy' | 'parsePolicyText'>>('../../src/engine/policy/load');
    copy = {
      policySchema: jest.requireActual<Pick<LiteCopy, 'policySchema'>>('../../src/engine/policy/schema').policySchema,
      parseDraft: jest.requireActual<Pick<LiteCopy, 'parseDraft'>>('../../src/engine/draft').parseDraft,
      parsePolicy: load.parsePolicy,
      parsePolicyText: load.parsePolicyText,
    };
  });
  if (!copy) throw new Error('lite copy not loaded');
  return copy;
}
