import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { evaluate, parsePolicy, RULE_IDS, type Decision, type Draft, type Finding, type Locale, type Policy } from '../src/engine';
import { domainOf, registrableParts } from '../src/engine/text/address';
import { loadDraft } from '../src/cli/load-draft';
import type { BenchSuite } from './index';

/**
 * How often ordinary sent mail is stopped at Send (issue 11, «Ordinary sent mail»): the engine
 * over the shared corpus's Enron sent items and trec06c Chinese ham, with a policy that names
 * the sender's organisation and turns `attachment-forgotten` off (both corpora lost their
 * attachments). Set PREFLIGHT_CORPUS to read the corpus elsewhere than ../shared/corpus, and
 * PREFLIGHT_NOISE_HITS to a file to get every stopping finding as JSON lines, for reading hits.
 */

/** `npm run bench` runs from the repository root; the shared material sits beside it. */
const CORPUS = path.resolve(process.env.PREFLIGHT_CORPUS ?? '../shared/corpus');

/** A fixed moment, so the numbers do not drift with the date (birth dates, deadlines). */
const NOW = new Date('2026-11-01T09:00:00Z');

/** Enron sent folders, as SOURCES.md names them (`enron.<user>.<folder>#msgN`). */
const SENT_FOLDER = /^MailDir_to_MBOX\/enron\/enron\.[^.]+\.(?:sent_items|_sent_mail|sent)#/u;

interface Corpus {
  readonly name: string;
  readonly locale: Locale;
  /** Largest share of messages that may be stopped. */
  readonly target: number;
  readonly targetText: string;
  readonly selects: (file: string, sourcePath: string) => boolean;
}

const CORPORA: readonly Corpus[] = [
  { name: 'en sent items', locale: 'en-US', target: 1 / 10, targetText: '1 in 10', selects: (file, source) => file.startsWith('en/') && SENT_FOLDER.test(source) },
  { name: 'zh/ham', locale: 'zh-CN', target: 1 / 50, targetText: '1 in 50', selects: (file) => file.startsWith('zh/ham/') },
];

interface Checked {
  readonly file: string;
  readonly draft: Draft;
  readonly decision: Decision;
  /** Findings at warning or block. */
  readonly stopping: readonly Finding[];
}

interface RuleCount {
  warning: number;
  block: number;
  /** Messages this rule stops on its own: no other rule warns or blocks. */
  alone: number;
}

/** The corpus files of one corpus, in manifest order. */
async function corpusFiles(corpus: Corpus): Promise<string[]> {
  const manifest = await readFile(path.join(CORPUS, 'MANIFEST.tsv'), 'utf8');
  return manifest
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'))
    .filter(([file, , , source]) => file !== undefined && source !== undefined && corpus.selects(file, source))
    .map(([file]) => file!);
}

/** The sender's registrable domain (`mails.tsinghua.edu.cn` → `tsinghua.edu.cn`): the organisation it writes for. */
function organisationDomain(from: string): string {
  const domain = domainOf(from);
  if (!domain) return '';
  const { name, suffix } = registrableParts(domain);
  return suffix ? `${name}.${suffix}` : domain;
}

const policies = new Map<string, Policy>();

/** The measured policy for one organisation domain (none when the sender has no address). */
function policyFor(domain: string): Policy {
  let policy = policies.get(domain);
  if (!policy) {
    const result = parsePolicy({ ...(domain ? { internalDomains: [domain] } : {}), rules: { 'attachment-forgotten': { severity: 'off' } } });
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    policy = result.policy;
    policies.set(domain, policy);
  }
  return policy;
}

async function checkCorpus(corpus: Corpus, files: readonly string[]): Promise<{ checked: Checked[]; unreadable: string[] }> {
  const checked: Checked[] = [];
  const unreadable: string[] = [];
  for (const file of files) {
    const loaded = await loadDraft(path.join(CORPUS, file));
    if (!loaded.ok) {
      unreadable.push(`${file}: ${loaded.error}`);
      continue;
    }
    const { decision, findings } = evaluate(loaded.draft, policyFor(organisationDomain(loaded.draft.from)), { locale: corpus.locale, now: NOW });
    checked.push({ file, draft: loaded.draft, decision, stopping: findings.filter((f) => f.severity !== 'info') });
  }
  return { checked, unreadable };
}

function countRules(checked: readonly Checked[]): Map<Finding['rule'], RuleCount> {
  const counts = new Map<Finding['rule'], RuleCount>();
  for (const { stopping } of checked) {
    const rules = new Set(stopping.map((f) => f.rule));
    for (const rule of rules) {
      const count = counts.get(rule) ?? { warning: 0, block: 0, alone: 0 };
      if (stopping.some((f) => f.rule === rule && f.severity === 'block')) count.block++;
      else count.warning++;
      if (rules.size === 1) count.alone++;
      counts.set(rule, count);
    }
  }
  return counts;
}

const percent = (part: number, whole: number) => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;

function printCorpus(corpus: Corpus, checked: readonly Checked[], unreadable: readonly string[], ms: number): void {
  const stopped = checked.filter((c) => c.decision !== 'allow').length;
  const blocked = checked.filter((c) => c.decision === 'block').length;
  const verdict = stopped <= corpus.target * checked.length ? 'within target' : 'OVER target';
  console.log(`\n${corpus.name}: ${checked.length} messages (${unreadable.length} unreadable), ${(ms / 1000).toFixed(1)} s`);
  console.log(`  stopped at Send ${stopped} (${percent(stopped, checked.length)}; block ${blocked}, prompt ${stopped - blocked}); target at most ${corpus.targetText}: ${verdict}`);
  console.log(`  ${'rule'.padEnd(26)} ${'warning'.padStart(8)} ${'block'.padStart(6)} ${'alone'.padStart(6)}`);
  const counts = countRules(checked);
  for (const rule of RULE_IDS) {
    const count = counts.get(rule);
    if (count) console.log(`  ${rule.padEnd(26)} ${String(count.warning).padStart(8)} ${String(count.block).padStart(6)} ${String(count.alone).padStart(6)}`);
  }
  for (const line of unreadable) console.log(`  unreadable: ${line}`);
}

/** Runs of 9 or more digits (IDs, cards, accounts) keep their first 3 and last 2 digits: the hits file is read by people. */
function maskLongNumbers(text: string): string {
  return text.replace(/\d(?:[ -]?\d){8,}/gu, (run) => run.replace(/\d/gu, (digit, at: number) => (at < 3 || at >= run.length - 2 ? digit : '*')));
}

/** One JSON line per stopped message: what a reader of the hits needs to judge them. */
function hitLines(corpus: Corpus, checked: readonly Checked[]): string[] {
  return checked
    .filter((c) => c.stopping.length > 0)
    .map(({ file, draft, decision, stopping }) =>
      JSON.stringify({
        corpus: corpus.name,
        file,
        decision,
        composeType: draft.composeType,
        subject: maskLongNumbers(draft.subject),
        findings: stopping.map((f) => ({ rule: f.rule, severity: f.severity, messageId: f.messageId, message: f.message, field: f.field })),
      }),
    );
}

export const noiseSuite: BenchSuite = {
  name: 'noise',
  async run() {
    const lines: string[] = [];
    for (const corpus of CORPORA) {
      const files = await corpusFiles(corpus).catch(() => null);
      if (!files) {
        console.log(`${corpus.name}: skipped, no ${path.join(CORPUS, 'MANIFEST.tsv')} (set PREFLIGHT_CORPUS)`);
        continue;
      }
      const started = performance.now();
      const { checked, unreadable } = await checkCorpus(corpus, files);
      printCorpus(corpus, checked, unreadable, performance.now() - started);
      lines.push(...hitLines(corpus, checked));
    }
    const hitsFile = process.env.PREFLIGHT_NOISE_HITS;
    if (hitsFile) {
      await writeFile(hitsFile, lines.map((line) => `${line}\n`).join(''));
      console.log(`\nstopping findings of ${lines.length} messages written to ${hitsFile}`);
    }
  },
};
