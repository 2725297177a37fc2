/**
 * TypeScript transformers for the on-send build only (webpack.config.js, `launchevent`), which has
 * a hard size budget. Each rewrite keeps what the code does and only spells it shorter than
 * TypeScript's ES2016 output does; the bundle tests run the result through every fault.
 *
 *   lets: `const` declarations become `let`. tsc rejects every assignment to a const, so
 *     the only difference left, a TypeError on assignment, never happens.
 */
const ts = require('typescript');

/** `const` → `let` in every variable declaration list. */
function lets(context) {
  const { factory } = context;
  const visit = (node) => {
    if (ts.isVariableDeclarationList(node) && node.flags & ts.NodeFlags.Const) {
      const declarations = ts.visitNodes(node.declarations, visit);
      const list = factory.createVariableDeclarationList(declarations, (node.flags & ~ts.NodeFlags.Const) | ts.NodeFlags.Let);
      return ts.setOriginalNode(ts.setTextRange(list, node), node);
    }
    return ts.visitEachChild(node, visit, context);
  };
  return (file) => ts.visitNode(file, visit);
}

/** ts-loader's `getCustomTransformers` for the on-send build. */
function sendTransformers() {
  return { after: [lets] };
}

module.exports = { sendTransformers, lets };
