/**
 * Reads a JavaScript or TypeScript prettier config *as data* when it is nothing but a literal
 * object — `module.exports = { semi: false }`, `export default { … }`, `const config = { … };
 * export default config;`, with `satisfies Config` / `as Config` and type-only imports allowed.
 * The file is parsed, never run: anything that would need evaluation (a call, a spread, a
 * variable, a `require`, a value import, a computed key) makes it not data, and the config is
 * then used only with `--exec-config` as before. `plugins` may hold anything (plugins are never
 * loaded from a data config; prettier.ts drops them).
 */
import type { Expression, Node, ObjectExpression, Statement } from '@babel/types';

type Literal = string | number | boolean | null | Literal[] | { [key: string]: Literal };

/** Not a literal: evaluation would be needed. */
const NOT_DATA = Symbol('not data');

function unwrap(node: Node): Node {
  let current = node;
  while (current.type === 'TSSatisfiesExpression' || current.type === 'TSAsExpression' || current.type === 'TSTypeAssertion' || current.type === 'ParenthesizedExpression') current = current.expression;
  return current;
}

function readLiteral(node: Node): Literal | typeof NOT_DATA {
  const value = unwrap(node);
  switch (value.type) {
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
      return value.value;
    case 'NullLiteral':
      return null;
    case 'TemplateLiteral':
      return value.expressions.length === 0 ? value.quasis.map((quasi) => quasi.value.cooked ?? '').join('') : NOT_DATA;
    case 'UnaryExpression':
      return value.operator === '-' && value.argument.type === 'NumericLiteral' ? -value.argument.value : NOT_DATA;
    case 'ArrayExpression': {
      const items: Literal[] = [];
      for (const element of value.elements) {
        const item = element && element.type !== 'SpreadElement' ? readLiteral(element) : NOT_DATA;
        if (item === NOT_DATA) return NOT_DATA;
        items.push(item);
      }
      return items;
    }
    case 'ObjectExpression':
      return readObject(value, false);
    default:
      return NOT_DATA;
  }
}

function readObject(object: ObjectExpression, topLevel: boolean): { [key: string]: Literal } | typeof NOT_DATA {
  const result: { [key: string]: Literal } = {};
  for (const member of object.properties) {
    if (member.type !== 'ObjectProperty' || member.computed) return NOT_DATA;
    const key = member.key.type === 'Identifier' ? member.key.name : member.key.type === 'StringLiteral' ? member.key.value : null;
    if (key === null || key === '__proto__') return NOT_DATA;
    // Plugins are dropped from data configs: what names them does not matter.
    if (topLevel && key === 'plugins') continue;
    const value = readLiteral(member.value);
    if (value === NOT_DATA) return NOT_DATA;
    result[key] = value;
  }
  return result;
}

/** The exported expression: `module.exports = x`, `export default x`, or `x` the name of a `const` above. */
function findExported(body: readonly Statement[]): Expression | null {
  const constants = new Map<string, Expression>();
  let exported: Node | null = null;
  for (const statement of body) {
    if (statement.type === 'ImportDeclaration' && statement.importKind === 'type') continue;
    if (statement.type === 'ImportDeclaration' && statement.specifiers.length > 0 && statement.specifiers.every((specifier) => specifier.type === 'ImportSpecifier' && specifier.importKind === 'type')) continue;
    if (statement.type === 'TSTypeAliasDeclaration' || statement.type === 'TSInterfaceDeclaration') continue;
    if (statement.type === 'VariableDeclaration' && statement.kind === 'const' && statement.declarations.every((declaration) => declaration.id.type === 'Identifier' && declaration.init)) {
      for (const declaration of statement.declarations) constants.set((declaration.id as { name: string }).name, declaration.init!);
      continue;
    }
    if (exported) return null;
    if (statement.type === 'ExportDefaultDeclaration' && statement.declaration.type !== 'FunctionDeclaration' && statement.declaration.type !== 'ClassDeclaration' && statement.declaration.type !== 'TSDeclareFunction') {
      exported = statement.declaration;
      continue;
    }
    if (statement.type === 'ExpressionStatement') {
      const expression = statement.expression;
      const isModuleExports = (target: Node) => target.type === 'MemberExpression' && !target.computed && target.object.type === 'Identifier' && target.object.name === 'module' && target.property.type === 'Identifier' && target.property.name === 'exports';
      if (expression.type === 'AssignmentExpression' && expression.operator === '=' && isModuleExports(expression.left)) {
        exported = expression.right;
        continue;
      }
    }
    return null;
  }
  if (!exported) return null;
  const value = unwrap(exported);
  if (value.type === 'Identifier') return constants.get(value.name) ?? null;
  return value as Expression;
}

/** The config's options when `text` is a literal object config; `null` when reading it would need evaluation. */
export function readLiteralPrettierConfig(text: string, fileName: string): Record<string, unknown> | null {
  let body: Statement[];
  try {
    const typescript = /\.[cm]?ts$/.test(fileName);
    // Loaded here (about 18 ms): only a JavaScript prettier config is parsed.
    body = (require('@babel/parser') as typeof import('@babel/parser')).parse(text, { sourceType: 'unambiguous', plugins: typescript ? ['typescript'] : [], allowReturnOutsideFunction: false }).program.body;
  } catch {
    return null;
  }
  // `'use strict'` is a directive, not a statement: babel keeps it apart from `body`.
  const exported = findExported(body);
  if (!exported) return null;
  const object = unwrap(exported);
  if (object.type !== 'ObjectExpression') return null;
  const data = readObject(object, true);
  return data === NOT_DATA ? null : data;
}
