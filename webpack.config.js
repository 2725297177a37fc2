// One compiler pipeline (ts-loader) for every surface. Each runtime gets its own configuration
// with the target that runtime needs.
const { NOT_AT_SEND } = require('./scripts/not-at-send');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
/** The pages' Content-Security-Policies, which scripts/serve.js also sends as headers. */
const { TASKPANE_CSP, PLAYGROUND_CSP } = require('./scripts/csp');
const PDFJS_CMAPS = path.join(path.dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps');
const { sendTransformers } = require('./scripts/send-transformers');
const { CompactJsonPlugin } = require('./scripts/compact-json');

/** What Outlook loads, and nothing else: the folder an admin puts on the add-in's host. */
const dist = path.resolve(__dirname, 'dist');
/** Everything that is not deployed: the playground, the CLI and the benchmarks. */
const build = path.resolve(__dirname, 'build');
const DEV_BASE_URL = 'https://localhost:3000';
/** Office.js is always loaded from Microsoft's CDN by a script tag, never bundled. */
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

const typescriptRule = (compilerOptions = {}, getCustomTransformers = undefined) => ({
  test: /\.tsx?$/u,
  exclude: /node_modules/u,
  use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions, getCustomTransformers } },
});

const resolve = { extensions: ['.ts', '.tsx', '.js', '.json'] };

/** The configurations whose files go to dist/ and whose URLs the manifest names. */
const DEPLOYMENT = ['launchevent', 'commands', 'taskpane'];

/**
 * The address dist/ will be served from. A production build without one stops: a manifest for a
 * made-up host would upload fine and then fail in every mailbox. `--env local` (npm start,
 * npm test) builds for the playground's https://localhost:3000, and a development build defaults
 * to it.
 */
function deploymentBaseUrl(mode, env) {
  const fromEnv = process.env.ADDIN_BASE_URL;
  if (env.local) {
    const ignored = fromEnv ? ` (ADDIN_BASE_URL=${fromEnv} is ignored)` : '';
    process.stderr.write(`Preflight: dist/ is built for ${DEV_BASE_URL}, for local development only${ignored}. To deploy: ADDIN_BASE_URL=https://… npm run build\n`);
    return DEV_BASE_URL;
  }
  if (!fromEnv && mode === 'development') return DEV_BASE_URL;
  if (!fromEnv) stopBuild(MISSING_BASE_URL);
  if (!isHttpsUrl(fromEnv)) stopBuild(`Preflight: ADDIN_BASE_URL must be an https:// address, not ${JSON.stringify(fromEnv)}.\n`);
  return fromEnv.replace(/\/+$/u, '');
}

const MISSING_BASE_URL = `
Preflight: ADDIN_BASE_URL is not set, so there is no address to build the add-in for.

manifest.xml tells Outlook where to load every page and script from: the HTTPS address you will
serve dist/ at. Give it when you build, for example:

    ADDIN_BASE_URL=https://addins.contoso.com/preflight npm run build
    PowerShell:  $env:ADDIN_BASE_URL="https://addins.contoso.com/preflight"; npm run build

To try the add-in on this machine instead, \`npm start\` builds and serves it on ${DEV_BASE_URL}.
`;

function isHttpsUrl(text) {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/** A plain message and exit code 2, rather than webpack-cli's stack trace of the config file. */
function stopBuild(message) {
  process.stderr.write(message);
  process.exit(2);
}

/**
 * The `preflight` command: one file for Node, dependencies bundled, and the worker thread
 * `preflight audit` starts on each core (audit-worker.js, beside it).
 */
const cli = (mode) => ({
  name: 'cli',
  mode,
  target: 'node20',
  entry: { preflight: './src/cli/main.ts', 'audit-worker': './src/cli/audit/worker.ts' },
  output: { path: path.join(build, 'cli'), filename: '[name].js', library: { type: 'commonjs2' }, clean: true },
  resolve,
  module: { rules: [typescriptRule({ target: 'ES2022' })] },
  optimization: { minimize: false },
  devtool: false,
  plugins: [
    new webpack.BannerPlugin({ banner: 'Preflight CLI. Built file: edit src/cli instead.', entryOnly: true }),
    // `node build/cli/preflight.js …` runs the command too, as bin/preflight.js does.
    new webpack.BannerPlugin({ banner: 'if (require.main === module) module.exports.run();', raw: true, footer: true, entryOnly: true, include: /^preflight\.js$/u }),
    // postal-mime's joins through Blob were a fifth of the audit's time (src/cli/joined-bytes.ts).
    new webpack.ProvidePlugin({ Blob: [path.resolve(__dirname, 'src/cli/joined-bytes.ts'), 'JoinedBytes'] }),
  ],
});

/**
 * The event handlers, built twice from one entry. Classic Outlook on Windows loads launchevent.js
 * by itself in a JavaScript-only runtime: one self-contained ES2016 file, no imports, no chunks, no
 * eval. New Outlook, the web and Mac load commands.html, a page in the same webview engines as the
 * task pane: its handlers are built for ES2020, as the pane is, without the ES2016 polyfills, and
 * read attachments at compose time by loading the pane's reader (src/launchevent/page-scan.ts).
 */
/**
 * Terser for the on-send files, which have a hard size budget: output written for the runtime's
 * ECMAScript (ES2016 for the JavaScript-only runtime), four passes, and the unsafe transforms that
 * hold for this code (no `this` or `arguments` in functions it turns into arrows, no getters with
 * side effects read for their effect, so an unused property read may go: pure_getters; nothing
 * reads a function's `length`, so unused parameters may go: keep_fargs false). The bundle tests run
 * the result in a bare ES2016 context (launchevent.js), in Chromium (commands.html) and through
 * every fault.
 */
const sendMinify = (ecma) => ({
  ecma,
  toplevel: true,
  compress: { ecma, passes: 4, keep_fargs: false, pure_getters: true, unsafe: true, unsafe_arrows: true, unsafe_comps: true, unsafe_methods: true },
});

/** What each on-send build targets: the ECMAScript its runtime parses, and whether that runtime is a page. */
const HANDLER_RUNTIMES = {
  launchevent: { ecma: 2016, page: false },
  commands: { ecma: 2020, page: true },
};

/** The handlers for one runtime (HANDLER_RUNTIMES); the launchevent build also copies the files every deployment has. */
const handlers = (name, mode, base, outputPath = dist) => {
  const { ecma, page } = HANDLER_RUNTIMES[name];
  return {
    name,
    mode,
    target: ['web', `es${ecma}`],
    entry: { [name]: './src/launchevent/index.ts' },
    resolve,
    output: {
      path: outputPath,
      filename: '[name].js',
      clean: { keep: (file) => ownerOf(file) !== name },
      chunkFormat: 'array-push',
      environment: page ? { module: false, dynamicImport: false } : { arrowFunction: false, const: false, destructuring: false, forOf: false, module: false, optionalChaining: false, templateLiteral: false, dynamicImport: false },
    },
    module: {
      rules: [
        // ES2016 needs __awaiter and friends in every module that uses async: one shared copy from
        // tslib. The transformers spell TypeScript's output shorter (scripts/send-transformers.js).
        typescriptRule({ target: `ES${ecma}`, module: 'ESNext', importHelpers: true }, sendTransformers),
        // Text Send never shows (option descriptions, policy-error details) stays out of its bundle.
        { test: /src[\\/]engine[\\/].*\.ts$/u, enforce: 'pre', use: path.resolve(__dirname, 'scripts/strip-docs-loader.js') },
      ],
      // The term lists as compact JavaScript, not JSON.parse('…') (scripts/compact-json.js).
      generator: { json: { JSONParse: false } },
    },
    optimization: { splitChunks: false, runtimeChunk: false, ...(mode === 'production' ? { minimize: { javascript: sendMinify(ecma) } } : {}) },
    devtool: false,
    performance: { hints: false },
    plugins: [
      new webpack.DefinePlugin({ __ADDIN_BASE_URL__: JSON.stringify(base), __PAGE_RUNTIME__: JSON.stringify(page) }),
      new CompactJsonPlugin(),
      // The rules Send does not run yet (scripts/not-at-send.js), each with a stand-in that keeps its policy settings valid.
      new webpack.NormalModuleReplacementPlugin(/^\.\/[a-z-]+$/u, (resource) => {
        const id = resource.request.slice(2);
        if (NOT_AT_SEND.includes(id) && /[\\/]src[\\/]engine[\\/]rules$/u.test(resource.context)) resource.request = `./${id}/at-send`;
      }),
      ...(page ? pageHandlerPlugins(mode, base) : classicHandlerPlugins(base)),
    ],
  };
};

/** commands.html, with the handlers inline; the page runtimes have the built-ins polyfills.ts adds. */
const pageHandlerPlugins = (mode, base) => [
  new webpack.NormalModuleReplacementPlugin(/^\.\/polyfills$/u, '../office/page-built-ins'),
  new InlineHandlersPage({ template: './src/launchevent/commands.html', filename: 'commands.html', script: 'commands.js', inline: mode === 'production', scriptsFrom: addInScripts(base) }),
];

/**
 * Where commands.html may load scripts from besides its inline handlers: the add-in's own folder,
 * for the attachment reader. A deployment names its folder (another app on the same host stays out);
 * localhost, where the playground and the tests serve on any port, is 'self'.
 */
const addInScripts = (base) => (base === DEV_BASE_URL ? "'self'" : `${base}/`);

const classicHandlerPlugins = (base) => [
  // globalThis is ES2020; the adapter reads it. Declared at the top of the script so an
  // ES2016 runtime gets the global object (a sloppy-mode function's `this`).
  new webpack.BannerPlugin({
    banner: "var globalThis = typeof globalThis !== 'undefined' ? globalThis : (function () { return this; })();",
    raw: true,
    entryOnly: true,
  }),
  new CopyWebpackPlugin({
    patterns: [
      { from: 'assets/*.png', to: 'assets/[name][ext]' },
      { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content.toString(), base) },
      // The starting policy names its schema beside it, for editors' completion and hover text.
      { from: 'src/engine/policy/default-policy.json', to: 'policy.json', transform: (content) => `${JSON.stringify({ $schema: './policy.schema.json', ...JSON.parse(content.toString()) }, null, 2)}\n` },
      { from: 'src/engine/policy/policy.schema.json', to: 'policy.schema.json' },
      { from: 'src/support.html', to: 'support.html' },
    ],
  }),
];

/**
 * launchevent, commands and taskpane all write dist/. Each removes what it did not emit (a
 * playground or CLI left by an older build, a source map from a development build) but not the
 * others' files.
 */
function ownerOf(file) {
  if (/^taskpane\./u.test(file)) return 'taskpane';
  if (/^commands\./u.test(file)) return 'commands';
  return 'launchevent';
}

/** A React + Fluent UI page for the WebView2/Safari/browser runtimes Outlook and the playground use. */
const browserApp = ({ name, mode, entry, output, plugins }) => ({
  name,
  mode,
  target: ['web', 'es2020'],
  entry,
  output: { filename: '[name].js', ...output },
  resolve,
  module: { rules: [typescriptRule({ target: 'ES2020', module: 'ESNext' })] },
  devtool: mode === 'development' ? 'source-map' : false,
  performance: { hints: false },
  plugins,
});

/** The one template of the React pages; each page names its language, title, icon and the script that provides `Office`. */
const PAGE_TEMPLATE = './src/page.html';
const TASKPANE_PAGE = { lang: 'zh-CN', title: 'Preflight', icon: null, csp: TASKPANE_CSP };

/** The task pane. */
const taskpane = (mode, base) => ({
  ...browserApp({
    name: 'taskpane',
    mode,
    // taskpane.scan: the attachment reader the handlers' page loads at compose time (src/taskpane/compose-scan.ts).
    entry: { taskpane: './src/taskpane/index.tsx', 'taskpane.scan': './src/taskpane/compose-scan.ts' },
    // Chunks loaded on first use (the attachment extractors) are named taskpane.*: the handler builds' clean keeps them.
    output: { path: dist, chunkFilename: 'taskpane.[name].js', clean: { keep: (file) => ownerOf(file) !== 'taskpane' } },
    plugins: [
      new webpack.DefinePlugin({ __ADDIN_BASE_URL__: JSON.stringify(base) }),
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: PAGE_TEMPLATE, chunks: ['taskpane'], templateParameters: { ...TASKPANE_PAGE, officeScript: OFFICE_JS } }),
      // PDF.js reads Chinese in fonts a PDF names without embedding them with these (src/taskpane/attachment-reader.ts); their license beside them.
      new CopyWebpackPlugin({ patterns: [{ from: '*', context: PDFJS_CMAPS, to: 'taskpane.cmaps/[name][ext]' }] }),
    ],
  }),
  // One file per lazy chunk, named by its import (fflate stays with the extractors, not in a numbered vendors file).
  optimization: { splitChunks: false },
});

/** Adds `<script defer src>` tags to one page, for bundles another configuration builds. */
class ExternalScriptsPlugin {
  constructor(page, scripts) {
    this.page = page;
    this.scripts = scripts;
  }

  apply(compiler) {
    compiler.hooks.compilation.tap('ExternalScriptsPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('ExternalScriptsPlugin', (data) => {
        if (data.outputName === this.page) {
          for (const src of this.scripts) data.headTags.push(HtmlWebpackPlugin.createHtmlTagObject('script', { defer: true, src }));
        }
        return data;
      });
    });
  }
}

/**
 * The playground (`npm start`): a simulated Outlook compose window around the built add-in. Its
 * add-in pages load the Office shim instead of office.js, then the same taskpane.js and handlers
 * the other configurations build into dist/: its task pane page loads taskpane.js, and its
 * handlers' page is dist/commands.html itself with the shim for office.js, which scripts/serve.js
 * serves (both folders on one origin).
 */
const playground = (mode) =>
  browserApp({
    name: 'playground',
    mode,
    entry: { playground: './src/playground/index.tsx', 'office-shim': './src/playground/office-shim.ts' },
    output: { path: path.join(build, 'playground'), clean: true },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'playground.html', template: PAGE_TEMPLATE, chunks: ['playground'], templateParameters: { lang: 'en', title: 'Preflight playground', icon: 'assets/icon-32.png', officeScript: null, csp: PLAYGROUND_CSP } }),
      new HtmlWebpackPlugin({ filename: 'playground-taskpane.html', template: PAGE_TEMPLATE, chunks: [], templateParameters: { ...TASKPANE_PAGE, officeScript: 'office-shim.js' } }),
      new ExternalScriptsPlugin('playground-taskpane.html', ['taskpane.js']),
    ],
  });

/**
 * commands.html for the HTML runtime (new Outlook, web, Mac), which starts cold at Send. In
 * production the handlers are inline, so the click costs one request of ours, not two, and the
 * page's CSP allows that script by its hash, and the add-in's folder for the attachment reader the
 * handlers load at compose time (src/launchevent/page-scan.ts). The script is then not a file of its own.
 * Development builds load it by URL. The page is emitted after minification and marked minimized:
 * re-minifying the inline script would break the hash.
 */
class InlineHandlersPage {
  constructor({ template, filename, script, inline, scriptsFrom }) {
    this.template = path.resolve(__dirname, template);
    this.filename = filename;
    this.script = script;
    this.inline = inline;
    this.scriptsFrom = scriptsFrom;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap('InlineHandlersPage', (compilation) => {
      compilation.fileDependencies.add(this.template);
      const stage = webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE;
      compilation.hooks.processAssets.tap({ name: 'InlineHandlersPage', stage }, (assets) => {
        // Problems are compilation errors, not exceptions, so `webpack --watch` reports them and goes on.
        try {
          const parameters = this.inline ? inlineScriptParameters(this.script, assets[this.script], this.scriptsFrom) : externalScriptParameters(this.script);
          const html = renderTemplate(fs.readFileSync(this.template, 'utf8'), parameters);
          compilation.emitAsset(this.filename, new webpack.sources.RawSource(html), { minimized: true });
          if (this.inline) compilation.deleteAsset(this.script);
        } catch (error) {
          compilation.errors.push(new webpack.WebpackError(`InlineHandlersPage: ${error.message}`));
        }
      });
    });
  }
}

const externalScriptParameters = (script) => ({ officeJs: OFFICE_JS, scriptSrc: "'self'", handlersTag: `<script src="${script}"></script>` });

/** Text that would end or confuse an HTML script element is an error, never escaped. */
function inlineScriptParameters(name, asset, scriptsFrom) {
  if (!asset) throw new Error(`${name} was not built`);
  const source = asset.source().toString();
  if (/<\/script|<!--|<script/iu.test(source)) throw new Error(`${name} contains text that cannot be inlined in a <script> element`);
  const hash = createHash('sha256').update(source, 'utf8').digest('base64');
  return { officeJs: OFFICE_JS, scriptSrc: `${scriptsFrom} 'sha256-${hash}'`, handlersTag: `<script>${source}</script>` };
}

/** Fills `<%= name %>` placeholders (the syntax HtmlWebpackPlugin's templates use); an unknown name is an error. */
function renderTemplate(text, parameters) {
  return text.replace(/<%=\s*(\w+)\s*%>/gu, (_, name) => {
    if (!Object.prototype.hasOwnProperty.call(parameters, name)) throw new Error(`template parameter ${name} is missing`);
    return parameters[name];
  });
}

/**
 * Points every URL of the manifest at the deployment's base URL. An AppDomain is a bare origin
 * (Outlook ignores one with a path), so it gets the base URL's origin.
 */
function rewriteManifest(xml, base) {
  if (base === DEV_BASE_URL) return xml;
  const appDomain = (origin) => `<AppDomain>${origin}</AppDomain>`;
  return xml.split(appDomain(DEV_BASE_URL)).join(appDomain(new URL(base).origin)).split(DEV_BASE_URL).join(base);
}

/** `npm run bench`: the benchmarks, built like the CLI so they measure the shipped code. */
const bench = () => ({
  ...cli('production'),
  name: 'bench',
  entry: { bench: './bench/index.ts' },
  output: { path: path.join(build, 'bench'), filename: '[name].js', clean: true },
  externals: { 'playwright-core': 'commonjs playwright-core' },
  plugins: [],
});

/** The page the send-latency benchmark loads the production launchevent.js into. */
const benchPage = () => ({
  ...browserApp({ name: 'bench-page', mode: 'production', entry: { 'send-page': './bench/send-page.ts' }, output: { path: path.join(build, 'bench-page'), clean: true }, plugins: [] }),
});

/**
 * `webpack` (npm run build): the deployment, dist/ only. `--env local`: the same for localhost,
 * plus the playground and the CLI in build/. `--config-name` picks from all of them; the base URL
 * is asked for only when a deployment configuration is among those picked.
 */
module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  // The benchmarks measure the production on-send bundle; its base URL changes nothing they time.
  if (env.bench) return [bench(), benchPage(), ...['launchevent', 'commands'].map((name) => handlers(name, 'production', DEV_BASE_URL, path.join(build, 'bench-addin')))];
  const picked = argv.configName || (env.local ? null : DEPLOYMENT);
  const base = !picked || picked.some((name) => DEPLOYMENT.includes(name)) ? deploymentBaseUrl(mode, env) : DEV_BASE_URL;
  const all = [handlers('launchevent', mode, base), handlers('commands', mode, base), taskpane(mode, base), cli(mode), playground(mode)];
  return picked ? all.filter((config) => picked.includes(config.name)) : all;
};
module.exports.rewriteManifest = rewriteManifest;
module.exports.DEV_BASE_URL = DEV_BASE_URL;
module.exports.TASKPANE_CSP = TASKPANE_CSP;
