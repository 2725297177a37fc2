/** The drafts' sensitive values and policies the sensitive-content suites share (valid numbers, masked as the rule shows them). */
import type { ExpectedFix } from './rule-tester';
import { buildCardNumber, Rng } from '../sensitive-numbers';
import { DEFAULT_POLICY, type LocalizedText } from '../../src/engine';

export const ID = '110105199003071239';
export const ID_MASKED = '110105********1239';
export const ID_X = '11010519491231002X';
export const CARD = buildCardNumber(new Rng(62), '6222', 16);
export const CARD_MASKED = `6222 **** **** ${CARD.slice(-4)}`;
export const CREDIT_CODE = '91350100M000100Y43';
export const MOBILES = ['13800138000', '13912345678', '15987654321', '18600001111', '17712345678'];

const DEFAULT_INSTRUCTION = (DEFAULT_POLICY.encryption as { text: LocalizedText }).text;
export const instruction = (text = DEFAULT_INSTRUCTION['zh-CN']): ExpectedFix[] => [{ id: 'show-instruction', action: { kind: 'showInstruction', text } }];
export const LABEL_POLICY = { encryption: { method: 'sensitivityLabel', label: 'Confidential' } };
export const TAG_POLICY = { encryption: { method: 'subjectTag', tag: '[加密]' } };
export const EXTERNAL = { to: ['erika.mustermann@fabrikam.com'] };
/** A short internal mail around `text`, with a greeting and a closing. */
export const body = (text: string) => `李四：\n\n${text}\n\n谢谢！\n张三`;
