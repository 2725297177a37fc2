import terms from '../src/engine/data/sensitive-terms.json';
import { detectSensitive, TermScanner, type DetectorSetup } from '../src/engine/detectors';
import { createDraft, evaluate, parsePolicy, RULE_IDS, type Draft, type Policy } from '../src/engine';
import { normalizeForMatch } from '../src/engine/text/normalize';
import { generateSensitiveCorpus } from '../test/sensitive-corpus';
import { CORPUS_TODAY, randomResidentId, Rng } from '../test/sensitive-numbers';
import type { BenchSuite } from './index';
import { measure, report } from './measure';

/** Sizes of the adversarial inputs; each is twice the one before, so time should roughly double. */
const ADVERSARIAL_SIZES = [100_000, 200_000, 400_000];
const ONE_MB = 1_000_000;

const setup: DetectorSetup = { terms: new TermScanner({ markings: terms.markings, keywords: terms.keywords }), patterns: [], today: CORPUS_TODAY };

/** A policy with every rule but sensitive-content off, so evaluate() measures this rule (NFKC and quote splitting included). */
function onlySensitiveContent(extra: Record<string, unknown> = {}): Policy {
  const rules = Object.fromEntries(RULE_IDS.map((id) => [id, id === 'sensitive-content' ? { ...extra } : { severity: 'off' }]));
  const result = parsePolicy({ rules });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
}

/** Everyday mail: Chinese and English paragraphs, dates, landlines, order numbers, a signature with a mobile number, quoted history; one in ten carries an ID. */
const PARAGRAPHS = [
  '各位同事：第三季度市场预算表见附件，请于11月30日前确认。如有问题请联系张三，电话 010-5555-0123。',
  '關於新辦公區的搬遷安排，行政部會在下週另行通知，請留意後續郵件，謝謝大家配合。',
  '订单号 2026113012345678 已发货，预计12月3日送达，金额 ¥12,345.67 元，发票随货寄出。',
  'Hi team, please find the quarterly numbers attached and let me know by Friday if anything looks off.',
  'The customer liked the proposal overall but would like us to revisit the delivery dates in Q1 2027.',
  '> 在 2026年11月20日 10:15，李四 写道：\n> 好的，我下午把最新版本发给大家。',
  '-----Original Message-----\nFrom: bob@contoso.com\nSent: Monday, November 23, 2026 9:12 AM\nSubject: RE: budget\nThanks, see you at the review.',
];
const SIGNATURE = '\n\n谢谢！\n张三 | 市场部\n电话：010-5555-0123 | 手机：13800138000\n地址：北京市朝阳区建国路88号';

function ordinaryMails(): Draft[] {
  const rng = new Rng(7);
  return Array.from({ length: 600 }, () => {
    const paragraphs = Array.from({ length: rng.int(3, 9) }, () => rng.pick(PARAGRAPHS));
    if (rng.chance(0.1)) paragraphs.push(`新员工身份证号：${randomResidentId(rng)}`);
    const body = paragraphs.join('\n\n') + SIGNATURE;
    return createDraft({ subject: 'RE: 第三季度预算', body, from: 'zhang.san@contoso.com', to: ['li.si@contoso.com', 'erika@fabrikam.com'], attachments: [{ name: '预算.xlsx', size: 1000 }] });
  });
}

/** The labelled corpus: every other line a planted number or look-alike, much denser than real mail. */
function denseMails(): Draft[] {
  return generateSensitiveCorpus({ messages: 600 }).map((mail) =>
    createDraft({ subject: mail.subject, body: mail.body, from: 'zhang.san@contoso.com', to: ['li.si@contoso.com', 'erika@fabrikam.com'], attachments: mail.attachmentNames.map((name) => ({ name, size: 1000 })) }),
  );
}

const bytesOf = (text: string) => Buffer.byteLength(text, 'utf8');
const mbPerSecond = (bytes: number, ms: number) => `${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s`;

/** `unit` repeated to `bytes` of UTF-8 (cut at a character boundary). */
function repeatTo(unit: string, bytes: number): string {
  let text = unit.repeat(Math.ceil(bytes / bytesOf(unit)));
  while (bytesOf(text) > bytes) text = text.slice(0, text.length - Math.max(1, Math.floor((bytesOf(text) - bytes) / 3)));
  return text;
}

function benchMails(label: string, mails: readonly Draft[], withPatterns = false): void {
  const bytes = mails.reduce((sum, mail) => sum + bytesOf(mail.subject) + bytesOf(mail.body), 0);
  const normalized = mails.map((mail) => [normalizeForMatch(mail.subject), normalizeForMatch(mail.body)]);
  const detectorsMs = measure(() => normalized.forEach((texts) => texts.forEach((text) => detectSensitive(text, setup))));
  report(`detectors only, ${label} (${mails.length} mails, ${(bytes / 1e6).toFixed(2)} MB)`, detectorsMs, mbPerSecond(bytes, detectorsMs));
  const policy = onlySensitiveContent();
  const ruleMs = measure(() => mails.forEach((mail) => evaluate(mail, policy)));
  report(`rule via evaluate, ${label}`, ruleMs, mbPerSecond(bytes, ruleMs));
  if (!withPatterns) return;
  const patterns = onlySensitiveContent({ patterns: ['PRJ-\\d{4}', 'HT-\\d{4}-\\d{4}', '(?:客户|customer)\\s*#\\d{6}'] });
  const patternsMs = measure(() => mails.forEach((mail) => evaluate(mail, patterns)));
  report(`  … with 3 admin patterns (pattern VM)`, patternsMs, mbPerSecond(bytes, patternsMs));
}

function benchOneMegabyteBody(): void {
  const corpusText = generateSensitiveCorpus({ messages: 200 }).map((mail) => mail.body).join('\n\n> ');
  const body = repeatTo(corpusText, ONE_MB);
  const draft = createDraft({ subject: 'RE: 资料汇总', body, from: 'zhang.san@contoso.com', to: ['li.si@contoso.com'] });
  const policy = onlySensitiveContent();
  const ruleMs = measure(() => evaluate(draft, policy));
  report('sensitive-content rule, one 1 MB body', ruleMs, mbPerSecond(bytesOf(body), ruleMs));
  const normalized = normalizeForMatch(body);
  const detectorsMs = measure(() => detectSensitive(normalized, setup));
  report('detectors only, one 1 MB body', detectorsMs, mbPerSecond(bytesOf(body), detectorsMs));
}

const ADVERSARIAL_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['digit groups with spaces "1234 "', '1234 '],
  ['digit groups with hyphens "6222-"', '6222-'],
  ['one long digit run "1111…"', '1'],
  ['card after card word, repeated', '卡号 4111 1111 1111 1111 '],
  ['keyword-like run "机机机…"', '机'],
  ['marking repeated "机密机密…"', '机密'],
  ['"密码密码…"', '密码'],
  ['"password:password:…"', 'password:'],
  ['"密码：" + 4-char token, repeated', '密码：ab12 '],
  ['18-digit IDs back to back with commas', '110105199003071239,'],
];

/** Runs of each adversarial input: the fastest is kept, so load from other processes does not distort the growth ratio. */
const ADVERSARIAL_RUNS = 25;

/** Fastest of `runs` timed calls after a warm-up, in ms. */
function fastest(fn: () => void, runs = ADVERSARIAL_RUNS): number {
  for (let i = 0; i < 3; i++) fn();
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    fn();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function benchAdversarial(): void {
  const policy = onlySensitiveContent({ patterns: ['(a+)+b', 'x\\d{2,}y'] });
  console.log(`adversarial inputs through evaluate (rule only, 2 admin patterns), fastest of ${ADVERSARIAL_RUNS} runs:`);
  for (const [label, unit] of ADVERSARIAL_UNITS) {
    let previous: number | undefined;
    for (const size of ADVERSARIAL_SIZES) {
      const draft = createDraft({ subject: '测试', body: repeatTo(unit, size), from: 'a@contoso.com', to: ['b@fabrikam.com'] });
      const ms = fastest(() => evaluate(draft, policy));
      const ratio = previous === undefined ? '' : `×${(ms / previous).toFixed(2)} for 2× input`;
      report(`  ${label}, ${size / 1000} KB`, ms, ratio);
      previous = ms;
    }
  }
}

export const sensitiveSuite: BenchSuite = {
  name: 'sensitive',
  run() {
    benchMails('everyday zh/en mail', ordinaryMails(), true);
    benchMails('dense labelled corpus', denseMails());
    benchOneMegabyteBody();
    benchAdversarial();
  },
};

