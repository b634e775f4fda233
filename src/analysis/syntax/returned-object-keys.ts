/**
 * The keys every object a function returns writes out: `getGotOptions()` ending in
 * `return { agent, headers, timeout: { connect, socket } }` returns objects that always have
 * `timeout`. Read from the function's own `return` statements (not those of functions nested in
 * it), each of which must return an object literal (an arrow's expression body counts as one
 * return) or a `const` of the function holding one (`const options = { … }; return options;`); a key counts when every returned literal writes it (`key: …`, `key`, `key() {}`),
 * and not when a `...spread` after it may replace it. `null` when a return gives something else
 * or nothing, or the function returns nowhere.
 *
 * Also where a module exports such a function (`findExportedFunction`), so the engine can answer
 * it for a function another file imports.
 */
import type { Node, ObjectExpression, Program } from '@babel/types';
import { forEachNode } from '../../core/traverse';
import { unwrapExpression } from './expressions';

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression', 'ObjectMethod', 'ClassMethod', 'ClassPrivateMethod']);

export function getReturnedObjectKeys(fn: Node): Set<string> | null {
  if (!FUNCTION_TYPES.has(fn.type)) return null;
  const body = (fn as { body: Node }).body;
  if (body.type !== 'BlockStatement') return keysOf(body);
  const locals = findConstObjectLiterals(body);
  let keys: Set<string> | null = null;
  let failed = false;
  let returns = 0;
  forEachNode(body, (node) => {
    if (failed) return false;
    if (FUNCTION_TYPES.has(node.type) || node.type === 'ClassBody') return false;
    if (node.type !== 'ReturnStatement') return undefined;
    returns++;
    // Case: `const fetchOptions = { …, timeout, signal }; …; return fetchOptions;`
    const argument = node.argument ? unwrapExpression(node.argument) : null;
    const local = argument?.type === 'Identifier' ? locals.get(argument.name) : undefined;
    const own = local ? literalKeys(local) : node.argument ? keysOf(node.argument) : null;
    if (own === null) {
      failed = true;
      return false;
    }
    keys = keys === null ? own : new Set([...(keys as Set<string>)].filter((key) => own.has(key)));
    return false;
  });
  return failed || returns === 0 ? null : keys;
}

/**
 * The `const` object literals the function's own code declares, by name (a name declared twice,
 * or also with `let`/`var`, or given to `delete`, is left out: which object is returned is not sure).
 */
function findConstObjectLiterals(body: Node): Map<string, ObjectExpression> {
  const found = new Map<string, ObjectExpression>();
  const unsure = new Set<string>();
  forEachNode(body, (node) => {
    if (FUNCTION_TYPES.has(node.type) || node.type === 'ClassBody') return false;
    if (node.type === 'VariableDeclaration') {
      for (const declarator of node.declarations) {
        if (declarator.id.type !== 'Identifier') continue;
        const name = declarator.id.name;
        const init = declarator.init ? unwrapExpression(declarator.init) : null;
        if (node.kind !== 'const' || init?.type !== 'ObjectExpression' || found.has(name)) unsure.add(name);
        else found.set(name, init);
      }
    }
    // Case: `delete fetchOptions.timeout`: the key may be gone by the return
    if (node.type === 'UnaryExpression' && node.operator === 'delete' && node.argument.type === 'MemberExpression' && node.argument.object.type === 'Identifier') unsure.add(node.argument.object.name);
    return undefined;
  });
  for (const name of unsure) found.delete(name);
  return found;
}

/** The keys an object literal writes out that no later spread may replace, or `null` when `node` is not one. */
function keysOf(node: Node): Set<string> | null {
  const value = unwrapExpression(node);
  if (value.type !== 'ObjectExpression') return null;
  return literalKeys(value);
}

function literalKeys(object: ObjectExpression): Set<string> {
  const keys = new Set<string>();
  for (const property of object.properties) {
    if (property.type === 'SpreadElement') {
      // A spread may carry any key, `undefined` included: what came before it is not sure
      keys.clear();
      continue;
    }
    if (property.computed) continue;
    const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : null;
    if (key !== null) keys.add(key);
  }
  return keys;
}

/**
 * The function a module exports under `exportName`: `export function f`, `export const f = () =>
 * …` / `= function …`, or a top-level one of those listed in `export { f }` / `export { g as f }`
 * (no re-export from another module); `export default function`. `null` otherwise.
 */
export function findExportedFunction(program: Program, exportName: string): Node | null {
  let local: string | null = null;
  for (const statement of program.body) {
    if (statement.type === 'ExportDefaultDeclaration' && exportName === 'default') {
      const declaration = statement.declaration;
      if (FUNCTION_TYPES.has(declaration.type)) return declaration;
      if (declaration.type === 'Identifier') local = declaration.name;
      continue;
    }
    if (statement.type !== 'ExportNamedDeclaration') continue;
    if (statement.declaration) {
      const found = findTopLevelFunction([statement.declaration], exportName);
      if (found) return found;
      continue;
    }
    if (statement.source) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== 'ExportSpecifier') continue;
      const exported = specifier.exported.type === 'Identifier' ? specifier.exported.name : specifier.exported.value;
      if (exported === exportName) local = specifier.local.name;
    }
  }
  if (local === null) return null;
  const declarations = program.body.map((statement) => (statement.type === 'ExportNamedDeclaration' && statement.declaration ? statement.declaration : statement));
  return findTopLevelFunction(declarations, local);
}

function findTopLevelFunction(statements: Node[], name: string): Node | null {
  for (const statement of statements) {
    if (statement.type === 'FunctionDeclaration' && statement.id?.name === name) return statement;
    if (statement.type !== 'VariableDeclaration' || statement.kind !== 'const') continue;
    for (const declarator of statement.declarations) {
      if (declarator.id.type !== 'Identifier' || declarator.id.name !== name || !declarator.init) continue;
      const init = unwrapExpression(declarator.init);
      return init.type === 'ArrowFunctionExpression' || init.type === 'FunctionExpression' ? init : null;
    }
  }
  return null;
}
