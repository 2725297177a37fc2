/**
 * TypeScript transformers for the on-send build only (webpack.config.js, `launchevent`), which has
 * a hard size budget. Each rewrite keeps what the code does and only spells it shorter than
 * TypeScript's ES2016 output does; the bundle tests run the result through every fault.
 *
 *   lets: `const` declarations become `let`. tsc rejects every assignment to a const, so
 *     the only difference left, a TypeError on assignment, never happens.
 *   looseNullChecks: what `a ?? b` and `a?.b` compile to, `(t = a) !== null && t !== void 0` and
 *     `(t = a) === null || t === void 0`, becomes `(t = a) != null` and `(t = a) == null`. The two
 *     differ only for `document.all`, which no code of Send reads.
 *   withoutFixes: in the rules, every `fixes` property (the meta's button labels, a report's fixes)
 *     is left out. Send applies no fix and shows none (the pane runs its own check with them);
 *     a finding at Send has `fixes: []`, and the labels, the inserted lines and the code that
 *     builds them stay out of the bundle.
 *   emptyFixLists: in evaluate.ts, a finding's `fixes` (and the `fixes` variable) is `[]`. The
 *     rules at Send report none (withoutFixes), so building their titles there only ever mapped
 *     an empty list; the code that builds them stays out of the bundle.
 *   withoutCitations: in the rules, a meta (the object literal with `defaultSeverity`) is left
 *     without its `clauses` (seed clause ids, for the docs) and `principle` (the built-in clause
 *     text, '' at Send anyway: notAtSend). Send's dialog cites only the organisation's own clauses,
 *     and a finding's clause at Send stays '' (evaluate.ts).
 *   literalDefaults: what `a ?? b` with a literal `b` is after looseNullChecks,
 *     `(t = a) != null ? t : b` (or `a != null ? a : b`), becomes `__orDefault(a, b)`
 *     (src/launchevent/or-default.ts). `a` is evaluated once as before; a literal `b` (a string,
 *     number, boolean, null, `void 0`, or an array or object literal of those) is the same fresh
 *     value whether it is evaluated first or not at all.
 *     Likewise `a?.name`, `(t = a) == null ? void 0 : t.name`, becomes `__property(a, 'name')`
 *     (the same file): a property read only, never a call.
 *   localizedCalls: an object literal of exactly the three locales, `{ 'zh-CN': a, 'zh-TW': b,
 *     'en-US': c }`, becomes `__localizedText(a, b, c)` (src/launchevent/localized-text.ts): the
 *     same fresh object, the values evaluated in the same order, without the keys at each of its
 *     hundred uses.
 */
const path = require('node:path');
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

/** `t`, or `(t = …)`: the identifier a null check tests. */
function testedName(node) {
  // Parentheses, and what is left of a type assertion (`(v as T)?.b`).
  const inner = ts.skipOuterExpressions(node);
  if (ts.isIdentifier(inner)) return inner.text;
  if (ts.isBinaryExpression(inner) && inner.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isIdentifier(inner.left)) return inner.left.text;
  return null;
}

const isNull = (node) => node.kind === ts.SyntaxKind.NullKeyword;
const isVoidZero = (node) => ts.isVoidExpression(node) && ts.isNumericLiteral(node.expression) && node.expression.text === '0';

/** `x <op> null` with the null on either side: x, or null when `node` is not that comparison. */
function compared(node, operator, isConstant) {
  if (!ts.isBinaryExpression(node) || node.operatorToken.kind !== operator) return null;
  if (isConstant(node.right)) return node.left;
  if (isConstant(node.left)) return node.right;
  return null;
}

/** The strict pair a nullish check compiles to, as one loose comparison with null. */
function looseNullChecks(context) {
  const { factory } = context;
  const pairs = [
    [ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken],
    [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken],
  ];
  const rewrite = (node) => {
    if (!ts.isBinaryExpression(node)) return null;
    for (const [join, strict, loose] of pairs) {
      if (node.operatorToken.kind !== join) continue;
      const tested = compared(node.left, strict, isNull);
      const again = compared(node.right, strict, isVoidZero);
      const name = again && ts.skipOuterExpressions(again);
      if (!tested || !name || !ts.isIdentifier(name) || testedName(tested) !== name.text) continue;
      return factory.createBinaryExpression(tested, loose, factory.createNull());
    }
    return null;
  };
  const visit = (node) => {
    const visited = ts.visitEachChild(node, visit, context);
    return rewrite(visited) || visited;
  };
  return (file) => ts.visitNode(file, visit);
}

const RULES_FOLDER = /[\\/]src[\\/]engine[\\/]rules[\\/]/u;

/** A `fixes: …` or `fixes` entry of an object literal. */
function isFixesProperty(node) {
  return (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && node.name.text === 'fixes';
}

/** Drops the `fixes` of every object literal in the rules' files. */
function withoutFixes(context) {
  const { factory } = context;
  const visit = (node) => {
    const visited = ts.visitEachChild(node, visit, context);
    if (!ts.isObjectLiteralExpression(visited) || !visited.properties.some(isFixesProperty)) return visited;
    return factory.updateObjectLiteralExpression(visited, visited.properties.filter((property) => !isFixesProperty(property)));
  };
  return (file) => (RULES_FOLDER.test(file.fileName) ? ts.visitNode(file, visit) : file);
}

const EVALUATE_FILE = /[\\/]src[\\/]engine[\\/]evaluate\.ts$/u;

/** A `const fixes = …` declaration. */
const isFixesVariable = (node) => ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'fixes';

/** Every `fixes` property of an object literal, and every `fixes` variable, in evaluate.ts as `[]`. */
function emptyFixLists(context) {
  const { factory } = context;
  const none = () => factory.createArrayLiteralExpression([]);
  const empty = (property) => (isFixesProperty(property) ? factory.createPropertyAssignment('fixes', none()) : property);
  const visit = (node) => {
    if (isFixesVariable(node)) return factory.updateVariableDeclaration(node, node.name, node.exclamationToken, node.type, none());
    const visited = ts.visitEachChild(node, visit, context);
    if (!ts.isObjectLiteralExpression(visited) || !visited.properties.some(isFixesProperty)) return visited;
    return factory.updateObjectLiteralExpression(visited, visited.properties.map(empty));
  };
  return (file) => (EVALUATE_FILE.test(file.fileName) ? ts.visitNode(file, visit) : file);
}

/** A property of an object literal named `name`. */
function isNamed(node, names) {
  return ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) && names.includes(node.name.text);
}

const CITATION_KEYS = ['clauses', 'principle'];

/** Drops `clauses` and `principle` from every rule meta (an object literal with `defaultSeverity`) in the rules' files. */
function withoutCitations(context) {
  const { factory } = context;
  const visit = (node) => {
    const visited = ts.visitEachChild(node, visit, context);
    if (!ts.isObjectLiteralExpression(visited) || !visited.properties.some((property) => isNamed(property, ['defaultSeverity']))) return visited;
    return factory.updateObjectLiteralExpression(visited, visited.properties.filter((property) => !isNamed(property, CITATION_KEYS)));
  };
  return (file) => (RULES_FOLDER.test(file.fileName) ? ts.visitNode(file, visit) : file);
}

/** `b` of `a ?? b` that the rewrite may evaluate early: it has no effect and reads no variable. */
function isLiteral(node) {
  const inner = ts.skipOuterExpressions(node);
  switch (inner.kind) {
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      return true;
    case ts.SyntaxKind.PrefixUnaryExpression:
      return (inner.operator === ts.SyntaxKind.MinusToken || inner.operator === ts.SyntaxKind.ExclamationToken) && ts.isNumericLiteral(inner.operand);
    case ts.SyntaxKind.VoidExpression:
      return isVoidZero(inner);
    case ts.SyntaxKind.ArrayLiteralExpression:
      return inner.elements.every(isLiteral);
    case ts.SyntaxKind.ObjectLiteralExpression:
      return inner.properties.every((property) => ts.isPropertyAssignment(property) && !ts.isComputedPropertyName(property.name) && isLiteral(property.initializer));
    default:
      return false;
  }
}

/**
 * `a` when `tested` is `(t = a)` and `name` is that t, or `a` when both are the same name: what
 * the helper is given instead. `t` must be a temporary of TypeScript's own used nowhere else (its
 * declaration, the assignment, this use: `uses` counts them), so dropping the assignment loses
 * nothing; `a?.f?.()` reads its temporary again as the call's `this` and stays as it is.
 */
function testedValue(tested, name, uses) {
  const inner = ts.skipOuterExpressions(tested);
  if (ts.isIdentifier(inner)) return inner.text !== '' && inner.text === name.text ? inner : null;
  if (!ts.isBinaryExpression(inner) || inner.operatorToken.kind !== ts.SyntaxKind.EqualsToken) return null;
  const temporary = inner.left;
  return ts.isIdentifier(temporary) && temporary === name && temporary.text === '' && uses.get(temporary) === 3 ? inner.right : null;
}

/** How often each of TypeScript's temporaries (an identifier without text until printed) stands in `file`. */
function temporaryUses(file, context) {
  const uses = new Map();
  const count = (node) => {
    if (ts.isIdentifier(node) && node.text === '') uses.set(node, (uses.get(node) || 0) + 1);
    return ts.visitEachChild(node, count, context);
  };
  ts.visitNode(file, count);
  return uses;
}

/** `a` of `(t = a) != null ? t : b` or of `a != null ? a : b` (a a name), or null for any other conditional. */
function nullishValue(node, uses) {
  if (!ts.isConditionalExpression(node) || !isLiteral(node.whenFalse)) return null;
  const tested = compared(node.condition, ts.SyntaxKind.ExclamationEqualsToken, isNull);
  const result = ts.skipOuterExpressions(node.whenTrue);
  return tested && ts.isIdentifier(result) ? testedValue(tested, result, uses) : null;
}

/** `[a, 'name']` of `(t = a) == null ? void 0 : t.name` or of `a == null ? void 0 : a.name`, or null for any other conditional. */
function optionalRead(node, uses) {
  if (!ts.isConditionalExpression(node) || !isVoidZero(ts.skipOuterExpressions(node.whenTrue))) return null;
  const tested = compared(node.condition, ts.SyntaxKind.EqualsEqualsToken, isNull);
  const read = ts.skipOuterExpressions(node.whenFalse);
  if (!tested || !ts.isPropertyAccessExpression(read) || !ts.isIdentifier(read.name) || read.questionDotToken) return null;
  const object = ts.skipOuterExpressions(read.expression);
  const value = ts.isIdentifier(object) ? testedValue(tested, object, uses) : null;
  return value ? [value, read.name.text] : null;
}

const OR_DEFAULT = '__orDefault';
const PROPERTY = '__property';

/** `a ?? literal` and `a?.name`, as looseNullChecks leaves them, as calls of `__orDefault` and `__property`, imported by the file that has them. */
function literalDefaults(context) {
  const { factory } = context;
  return (file) => {
    if (OR_DEFAULT_FILE.test(file.fileName)) return file;
    const used = new Set();
    const uses = temporaryUses(file, context);
    const visit = (node) => {
      const visited = ts.visitEachChild(node, visit, context);
      const value = nullishValue(visited, uses);
      if (value) {
        used.add('orDefault');
        return factory.createCallExpression(factory.createIdentifier(OR_DEFAULT), undefined, [value, visited.whenFalse]);
      }
      const read = optionalRead(visited, uses);
      if (!read) return visited;
      used.add('property');
      return factory.createCallExpression(factory.createIdentifier(PROPERTY), undefined, [read[0], factory.createStringLiteral(read[1])]);
    };
    let rewritten = ts.visitNode(file, visit);
    if (used.has('orDefault')) rewritten = withImport(factory, rewritten, 'orDefault', OR_DEFAULT, OR_DEFAULT_PATH);
    if (used.has('property')) rewritten = withImport(factory, rewritten, 'property', PROPERTY, OR_DEFAULT_PATH);
    return used.size > 0 ? rewritten : file;
  };
}

/** `file` with `import { name as local } from 'path'` in front. */
function withImport(factory, file, name, local, from) {
  const specifier = factory.createImportSpecifier(false, factory.createIdentifier(name), factory.createIdentifier(local));
  const clause = factory.createImportClause(false, undefined, factory.createNamedImports([specifier]));
  const helper = factory.createImportDeclaration(undefined, clause, factory.createStringLiteral(from));
  return factory.updateSourceFile(file, [helper, ...file.statements]);
}

const OR_DEFAULT_PATH = path.resolve(__dirname, '..', 'src', 'launchevent', 'or-default.ts');
const OR_DEFAULT_FILE = /[\\/]src[\\/]launchevent[\\/]or-default\.ts$/u;

const LOCALE_KEYS = ['zh-CN', 'zh-TW', 'en-US'];
/** The name localizedCalls imports the helper as. */
const LOCALIZED_TEXT = '__localizedText';
const HELPER_PATH = path.resolve(__dirname, '..', 'src', 'launchevent', 'localized-text.ts');
const HELPER_FILE = /[\\/]src[\\/]launchevent[\\/]localized-text\.ts$/u;

/** The three values of `{ 'zh-CN': a, 'zh-TW': b, 'en-US': c }`, or null for any other literal. */
function localeValues(node) {
  if (!ts.isObjectLiteralExpression(node) || node.properties.length !== LOCALE_KEYS.length) return null;
  const values = node.properties.map((property, index) => {
    const named = ts.isPropertyAssignment(property) && (ts.isStringLiteral(property.name) || ts.isIdentifier(property.name));
    return named && property.name.text === LOCALE_KEYS[index] ? property.initializer : null;
  });
  return values.every(Boolean) ? values : null;
}

/**
 * Three-locale object literals as calls of `__localizedText`, imported by the file that has them.
 * An ES import, not webpack's ProvidePlugin, so the helper joins the one concatenated module.
 */
function localizedCalls(context) {
  const { factory } = context;
  return (file) => {
    if (HELPER_FILE.test(file.fileName)) return file;
    let used = false;
    const visit = (node) => {
      const visited = ts.visitEachChild(node, visit, context);
      const values = localeValues(visited);
      if (!values) return visited;
      used = true;
      // Pure, so the minifier still drops a text nothing reads, as it drops an unread literal.
      const call = factory.createCallExpression(factory.createIdentifier(LOCALIZED_TEXT), undefined, values);
      return ts.addSyntheticLeadingComment(call, ts.SyntaxKind.MultiLineCommentTrivia, '#__PURE__', false);
    };
    const rewritten = ts.visitNode(file, visit);
    return used ? withImport(factory, rewritten, 'localizedText', LOCALIZED_TEXT, HELPER_PATH) : file;
  };
}

/** ts-loader's `getCustomTransformers` for the on-send build. */
function sendTransformers() {
  return { before: [withoutFixes, emptyFixLists, withoutCitations], after: [lets, looseNullChecks, literalDefaults, localizedCalls] };
}

module.exports = { sendTransformers, lets, looseNullChecks, withoutFixes, emptyFixLists, withoutCitations, literalDefaults, localizedCalls, LOCALIZED_TEXT, OR_DEFAULT, PROPERTY };
