// Lets the generator require the engine's TypeScript sources: each .ts file is transpiled on
// load (no type check: `npm run typecheck` does that), which takes a second for the whole engine.
const fs = require('node:fs');
const ts = require('typescript');

const COMPILER_OPTIONS = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  esModuleInterop: true,
  resolveJsonModule: true,
};

function registerTypeScript() {
  if (require.extensions['.ts']) return;
  require.extensions['.ts'] = (module, filename) => {
    const { outputText } = ts.transpileModule(fs.readFileSync(filename, 'utf8'), { compilerOptions: COMPILER_OPTIONS, fileName: filename });
    module._compile(outputText, filename);
  };
}

/** `require` for a TypeScript module's exports (its default export under `.default`). */
function requireTs(file) {
  registerTypeScript();
  return require(file);
}

module.exports = { requireTs };
