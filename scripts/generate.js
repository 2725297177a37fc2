#!/usr/bin/env node
// `npm run generate`: writes, from the rule folders (src/engine/rules/<id>/index.ts, catalog.ts,
// README.md), every file that repeats their facts: the registry, the rule ids, the catalog,
// docs/rules.md, the README's rule table, the generated regions of each rule page and
// src/engine/policy/default-policy.json, and salutation-mismatch's pinyin table (from pinyin-pro).
// Adding a rule is one folder and this command.
//
//   node scripts/generate.js           write what is out of date, and list it
//   node scripts/generate.js --check   write nothing; exit 1 listing the stale files (npm test runs this)
const fs = require('node:fs');
const path = require('node:path');
const { requireTs } = require('./generate-ts');
const { registryModule, idsModule, catalogModule } = require('./generate-code');
const { pinyinTableModule } = require('./generate-pinyin');
const { fillRegions, rulePageRegions, rulePageSkeleton, rulesDoc, readmeRuleTable } = require('./generate-docs');

const ROOT = path.join(__dirname, '..');
const RULES_DIR = path.join(ROOT, 'src', 'engine', 'rules');
const fromRoot = (...parts) => path.join(ROOT, ...parts);

/** Every rule folder's catalog entry, in catalog order: area by area, then by position. */
function loadCatalog() {
  const { RULE_AREAS } = requireTs(path.join(RULES_DIR, 'areas.ts'));
  const areas = Object.keys(RULE_AREAS);
  const ids = fs
    .readdirSync(RULES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(RULES_DIR, entry.name, 'index.ts')))
    .map((entry) => entry.name);
  const entries = ids.map((id) => {
    const entry = requireTs(path.join(RULES_DIR, id, 'catalog.ts')).default;
    if (!areas.includes(entry.area)) throw new Error(`src/engine/rules/${id}/catalog.ts: area "${entry.area}" is none of ${areas.join(', ')} (rules/areas.ts)`);
    return { id, entry, rank: areas.indexOf(entry.area) * 1e6 + entry.position };
  });
  entries.sort((a, b) => a.rank - b.rank);
  for (let i = 1; i < entries.length; i++) {
    if (entries[i].rank === entries[i - 1].rank) throw new Error(`${entries[i - 1].id} and ${entries[i].id} share area ${entries[i].entry.area} and position ${entries[i].entry.position}`);
  }
  return { areas: RULE_AREAS, ids: entries.map((e) => e.id), catalog: Object.fromEntries(entries.map((e) => [e.id, e.entry])) };
}

/** Each rule folder's rule, in catalog order. Loads the engine, so the generated ids must be written first. */
function loadRules(ids) {
  return ids.map((id) => {
    const rule = requireTs(path.join(RULES_DIR, id, 'index.ts')).default;
    if (rule.meta.id !== id) throw new Error(`src/engine/rules/${id}/index.ts declares id "${rule.meta.id}": a rule's id is its folder's name`);
    return rule;
  });
}

function read(file) {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
}

/** What each generated TypeScript file should hold: these are written before the engine is loaded whole. */
function codeOutputs(ids) {
  return {
    'src/engine/rules/index.ts': registryModule(ids),
    'src/engine/rules/ids.ts': idsModule(ids),
    'src/engine/rules/catalog.ts': catalogModule(ids),
    'src/engine/rules/salutation-mismatch/pinyin-table.ts': pinyinTableModule(),
  };
}

/** What each generated document and data file should hold. */
function documentOutputs({ areas, rules, catalog }) {
  const { citeClause } = requireTs(fromRoot('src', 'engine', 'clauses.ts'));
  const outputs = {
    'docs/rules.md': rulesDoc(rules, catalog, citeClause),
    'README.md': fillRegions(read(fromRoot('README.md')), { rules: readmeRuleTable(rules, catalog, areas) }, 'README.md'),
  };
  for (const rule of rules) {
    const page = `src/engine/rules/${rule.meta.id}/README.md`;
    outputs[page] = fillRegions(read(fromRoot(page)) ?? rulePageSkeleton(rule.meta.id), rulePageRegions(rule, catalog[rule.meta.id]), page);
  }
  const { defaultPolicyFile } = requireTs(fromRoot('src', 'engine', 'policy', 'default-file.ts'));
  outputs['src/engine/policy/default-policy.json'] = `${JSON.stringify(defaultPolicyFile(rules), null, 2)}\n`;
  const { policyJsonSchema } = requireTs(fromRoot('src', 'engine', 'policy', 'json-schema.ts'));
  outputs['src/engine/policy/policy.schema.json'] = `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
  return outputs;
}

/** The files whose content differs from `outputs`; written unless `check`. */
function sync(outputs, check) {
  const stale = Object.keys(outputs).filter((file) => read(fromRoot(file)) !== outputs[file]);
  if (!check) for (const file of stale) fs.writeFileSync(fromRoot(file), outputs[file]);
  return stale;
}

function report(stream, heading, files) {
  stream.write(`${heading}\n${files.map((file) => `  ${file}\n`).join('')}`);
}

function main(argv) {
  const check = argv.includes('--check');
  const { areas, ids, catalog } = loadCatalog();
  const stale = sync(codeOutputs(ids), check);
  // The rules import the engine, which imports the generated ids: with those stale, check no further.
  if (!(check && stale.length > 0)) stale.push(...sync(documentOutputs({ areas, catalog, rules: loadRules(ids) }), check));
  if (check && stale.length > 0) {
    report(process.stderr, 'Generated files are out of date (run npm run generate):', stale);
    return 1;
  }
  if (stale.length > 0) report(process.stdout, 'Wrote:', stale);
  else process.stdout.write('Generated files are up to date.\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
