/**
 * A labelled corpus for the sensitive-content detectors: Chinese and English mails with resident
 * IDs, bank cards and credit codes planted among look-alikes (wrong check characters, impossible
 * dates, Luhn-valid order numbers, numbers glued to letters or longer digit runs, dates, phone
 * numbers, amounts, signatures). Every planted number is labelled with whether the contract
 * (RULES.md «sensitive-content») says it is sensitive.
 *
 * The check characters are computed by reference code written from the standards, apart from
 * the engine (test/sensitive-numbers.ts), so that the accuracy test compares two independent
 * readings of the contract. The planted lines are made in test/sensitive-planters.ts.
 * A fixed seed makes every run the same corpus.
 */
import { attachmentPlant, randomPlanter, type Language, type PlantedItem } from './sensitive-planters';
import { Rng } from './sensitive-numbers';

export interface LabelledMessage {
  readonly language: Language;
  readonly subject: string;
  readonly body: string;
  readonly attachmentNames: readonly string[];
  readonly items: readonly PlantedItem[];
}

/** Filler sentences: no card words (卡, 账号, card, account …) and no numbers, so they never give context. */
const FILLER: Readonly<Record<Language, readonly string[]>> = {
  zh: [
    '本周的项目例会改到周四下午三点，在三楼大会议室举行，请各位准时参加。',
    '第三季度的市场推广方案已经整理完毕，请大家在例会前抽空看一遍并提出意见。',
    '关于新办公区的搬迁安排，行政部会在下周另行发通知，请留意后续邮件。',
    '附件中的表格只是初稿，数据还需要财务部门再次核对，请暂时不要对外引用。',
    '客户对上次提交的方案总体满意，但希望在交付时间上再做一些调整和说明。',
    '培训资料已经上传到共享目录，新同事入职后可以先自行学习相关的制度内容。',
  ],
  en: [
    'The weekly project meeting moves to Thursday afternoon in the large room on the third floor.',
    'The third quarter marketing plan is ready, so please read it before the meeting and comment.',
    'Facilities will send a separate notice next week about the move to the new office space.',
    'The spreadsheet is only a first draft and finance still has to check the figures again.',
    'The customer liked the proposal overall but would like us to revisit the delivery dates.',
    'The training material is on the shared drive so that new colleagues can read it first.',
  ],
};

const GREETING: Readonly<Record<Language, readonly string[]>> = {
  zh: ['李经理：', '各位同事：', '王老师，您好：', '张总：'],
  en: ['Hi Wei,', 'Dear colleagues,', 'Hello Anna,', 'Hi team,'],
};

const SUBJECTS: Readonly<Record<Language, readonly string[]>> = {
  zh: ['新员工入职材料', '报销与付款信息核对', '合作方资质材料', '第三季度项目进展', '客户资料更新'],
  en: ['Onboarding paperwork', 'Payment details check', 'Supplier registration', 'Q3 project status', 'Customer record update'],
};

function signature(rng: Rng, language: Language): string {
  const mobile = `1${rng.pick(['3', '5', '8', '9'])}${rng.digits(9)}`;
  const phone = `010-${rng.digits(4)}-${rng.digits(4)}`;
  return language === 'zh'
    ? `谢谢！\n张三\n市场部 | 电话：${phone} | 手机：${mobile}\n地址：北京市朝阳区建国路${rng.int(1, 199)}号`
    : `Thanks,\nJane Doe\nMarketing | Tel ${phone} | Mobile +86 ${mobile}\n${rng.int(1, 199)} Jianguo Road, Beijing`;
}
export interface CorpusOptions {
  readonly seed?: number;
  readonly messages?: number;
}

/**
 * Generates the labelled mails. Every planted line stands on its own line with a filler sentence
 * between lines, so a card word in one line is never within 20 characters of another number.
 */
export function generateSensitiveCorpus({ seed = 20261130, messages = 1200 }: CorpusOptions = {}): LabelledMessage[] {
  const rng = new Rng(seed);
  const corpus: LabelledMessage[] = [];
  for (let n = 0; n < messages; n++) {
    const language: Language = rng.chance(0.6) ? 'zh' : 'en';
    const plants = Array.from({ length: rng.int(3, 8) }, () => randomPlanter(rng)(rng, language));
    const attachment = rng.chance(0.3) ? attachmentPlant(rng) : undefined;
    const lines = [rng.pick(GREETING[language]), ''];
    for (const plant of plants) lines.push(plant.line, rng.pick(FILLER[language]));
    lines.push('', signature(rng, language));
    const items = [...plants, ...(attachment ? [attachment] : [])].flatMap((plant) => (plant.item ? [plant.item] : []));
    corpus.push({ language, subject: rng.pick(SUBJECTS[language]), body: lines.join('\n'), attachmentNames: attachment ? [attachment.line] : [], items });
  }
  return corpus;
}
