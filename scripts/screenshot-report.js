#!/usr/bin/env node
/**
 * Saves the documentation's pictures of the audit's HTML report into docs/images/, in Debian's
 * Chromium (`apt-get install chromium fonts-noto-cjk`):
 *
 *   audit-report.png      the top of the report in zh-CN: key figures, decisions, rules
 *   audit-report-en.png   the same in en-US
 *
 * By default each report is made by the built CLI (`npm run build:cli`) over a folder of mail:
 *
 *   node scripts/screenshot-report.js [--corpus DIR] [--policy FILE]
 *
 * or pictured from reports already written: `--html zh-CN=report.html --html en-US=report-en.html`.
 * The corpus defaults to $PREFLIGHT_CORPUS, else /work/shared/corpus.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { chromium } = require('playwright-core');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'docs', 'images');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync', '--disable-quic'];
const PICTURES = [
  { locale: 'zh-CN', file: 'audit-report.png' },
  { locale: 'en-US', file: 'audit-report-en.png' },
];
/** The report's width on a laptop; the picture ends after the rules table, before the details. */
const VIEWPORT = { width: 1040, height: 900 };
/** The docs show pictures small enough to keep the repository light. */
const MAX_BYTES = 200 * 1024;

function parseArgs(argv) {
  const options = { corpus: process.env.PREFLIGHT_CORPUS || '/work/shared/corpus', policy: null, html: {} };
  for (let i = 0; i < argv.length; i++) {
    const value = argv[i + 1];
    if (argv[i] === '--corpus') options.corpus = value;
    else if (argv[i] === '--policy') options.policy = value;
    else if (argv[i] === '--html') options.html[value.slice(0, value.indexOf('='))] = path.resolve(value.slice(value.indexOf('=') + 1));
    else throw new Error(`unknown argument ${argv[i]}`);
    i += 1;
  }
  return options;
}

/** `preflight audit CORPUS --report FILE --locale L`; the summary on stdout is not needed. */
function auditReport(options, locale, dir) {
  const file = path.join(dir, `report-${locale}.html`);
  const args = [path.join(ROOT, 'bin', 'preflight.js'), 'audit', options.corpus, '--report', file, '--locale', locale, '--format', 'json'];
  if (options.policy) args.push('--policy', options.policy);
  execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, TZ: process.env.TZ || 'Asia/Shanghai' } });
  return file;
}

async function picture(browser, htmlFile, outFile) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  // The report needs nothing from anywhere: a request would be a bug, so none is let through.
  await context.route((url) => url.href !== pathToFileURL(htmlFile).href, (route) => route.abort());
  await page.goto(pathToFileURL(htmlFile).href);
  await page.evaluate('document.fonts.ready.then(() => true)');
  // The page has just loaded, unscrolled: the section's box is where it stands on the page.
  const bottom = await page.locator('#rules').evaluate((section) => section.getBoundingClientRect().bottom);
  await page.screenshot({ path: outFile, fullPage: true, clip: { x: 0, y: 0, width: VIEWPORT.width, height: Math.ceil(bottom) + 8 } });
  await context.close();
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  fs.mkdirSync(OUT, { recursive: true });
  const home = fs.mkdtempSync(path.join(os.tmpdir(), 'preflight-report-shots-'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, env: { ...process.env, HOME: home } });
  try {
    for (const { locale, file } of PICTURES) {
      const html = options.html[locale] || auditReport(options, locale, home);
      await picture(browser, html, path.join(OUT, file));
    }
  } finally {
    await browser.close();
    fs.rmSync(home, { recursive: true, force: true });
  }
  for (const { file } of PICTURES) {
    const bytes = fs.statSync(path.join(OUT, file)).size;
    console.log(`docs/images/${file}: ${Math.round(bytes / 1024)} KB${bytes > MAX_BYTES ? ' (over 200 KB: make the picture smaller)' : ''}`);
  }
}

main().catch((error) => {
  console.error(`screenshot-report: ${error.stack || error.message}`);
  process.exit(1);
});
