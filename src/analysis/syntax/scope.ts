/**
 * Which declaration a name refers to at a given place: the one implementation of scope
 * lookup every rule uses ("is this `fetch` the global one?", "is `setInterval` imported?").
 *
 * Scopes are found by walking up the NodePath; each scope's declarations are collected once
 * and cached. Type-only declarations (interfaces, type aliases, `import type`) bind no value
 * and are ignored; ambient `declare` declarations are marked so callers can treat them as the
 * global they describe.
 */
import type { Identifier, LVal, Node, Statement, VariableDeclaration } from '@babel/types';
import { forEachChildNode, type NodePath } from '../../core/traverse';

export type BindingKind =
  | 'var'
  | 'let'
  | 'const'
  | 'using'
  | 'param'
  | 'function'
  | 'class'
  | 'import'
  | 'catch'
  | 'enum'
  | 'namespace';

export interface Binding {
  name: string;
  kind: BindingKind;
  /** The identifier that declares the name. */
  identifier: Identifier;
  /**
   * The declaring node: a VariableDeclarator, FunctionDeclaration, ClassDeclaration, import
   * specifier, the function whose parameter it is, a CatchClause, ...
   */
  declaration: Node;
  /** The node that owns the scope (Program, a function, a block, ...). */
  scope: Node;
  /** `declare const x` / `declare function f()`: describes a global, binds nothing at run time. */
  ambient: boolean;
}

type Declarations = Map<string, Binding>;

const cache = new WeakMap<Node, Declarations>();

const FUNCTION_TYPES = new Set([
  'FunctionDeclaration',
  'FunctionExpression',
  'ArrowFunctionExpression',
  'ObjectMethod',
  'ClassMethod',
  'ClassPrivateMethod',
]);

export function isFunctionNode(node: Node): boolean {
  return FUNCTION_TYPES.has(node.type);
}

/** Identifiers a binding pattern declares. */
export function getPatternIdentifiers(pattern: LVal | Node | null | undefined, into: Identifier[] = []): Identifier[] {
  if (!pattern) return into;
  switch (pattern.type) {
    // Case: `x`
    case 'Identifier':
      into.push(pattern);
      break;
    // Case: `{ a, b: c, ...rest }`
    case 'ObjectPattern':
      for (const property of pattern.properties) {
        if (property.type === 'RestElement') getPatternIdentifiers(property.argument, into);
        else getPatternIdentifiers(property.value as LVal, into);
      }
      break;
    // Case: `[a, , b, ...rest]`
    case 'ArrayPattern':
      for (const element of pattern.elements) getPatternIdentifiers(element, into);
      break;
    // Case: `a = 1` (default value)
    case 'AssignmentPattern':
      getPatternIdentifiers(pattern.left, into);
      break;
    // Case: `...rest`
    case 'RestElement':
      getPatternIdentifiers(pattern.argument, into);
      break;
    // Case: `constructor(private readonly x: X)`
    case 'TSParameterProperty':
      getPatternIdentifiers(pattern.parameter, into);
      break;
    default:
      break;
  }
  return into;
}

function add(map: Declarations, identifier: Identifier, kind: BindingKind, declaration: Node, scope: Node, ambient = false): void {
  if (identifier.name === 'this') return;
  // The first declaration wins (a `var` redeclared later is the same binding).
  if (!map.has(identifier.name)) map.set(identifier.name, { name: identifier.name, kind, identifier, declaration, scope, ambient });
}

function addVariableDeclaration(map: Declarations, declaration: VariableDeclaration, scope: Node, ambient: boolean): void {
  const kind: BindingKind = declaration.kind === 'await using' ? 'using' : declaration.kind;
  for (const declarator of declaration.declarations) {
    for (const id of getPatternIdentifiers(declarator.id)) add(map, id, kind, declarator, scope, ambient || declaration.declare === true);
  }
}

/** Declarations made directly by a list of statements (block-scoped and hoisted alike). */
function addStatements(map: Declarations, statements: readonly Statement[], scope: Node): void {
  for (const raw of statements) {
    let statement: Node = raw;
    // Case: `export const x = ...`, `export default function f() {}`
    if ((statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration') && statement.declaration) {
      statement = statement.declaration;
    }
    switch (statement.type) {
      case 'VariableDeclaration':
        addVariableDeclaration(map, statement, scope, false);
        break;
      case 'FunctionDeclaration':
      case 'TSDeclareFunction':
        if (statement.id) add(map, statement.id, 'function', statement, scope, statement.type === 'TSDeclareFunction' || statement.declare === true);
        break;
      case 'ClassDeclaration':
        if (statement.id) add(map, statement.id, 'class', statement, scope, statement.declare === true);
        break;
      case 'TSEnumDeclaration':
        add(map, statement.id, 'enum', statement, scope, statement.declare === true);
        break;
      case 'TSModuleDeclaration':
        if (statement.id.type === 'Identifier') add(map, statement.id, 'namespace', statement, scope, statement.declare === true);
        break;
      case 'ImportDeclaration':
        if (statement.importKind === 'type' || statement.importKind === 'typeof') break;
        for (const specifier of statement.specifiers) {
          if (specifier.type === 'ImportSpecifier' && (specifier.importKind === 'type' || specifier.importKind === 'typeof')) continue;
          add(map, specifier.local, 'import', specifier, scope);
        }
        break;
      case 'TSImportEqualsDeclaration':
        if (statement.importKind !== 'type') add(map, statement.id, 'import', statement, scope);
        break;
      default:
        break;
    }
  }
}

/** Subtrees that hold only types: no `var` can be declared inside them. */
const TYPE_ONLY = new Set([
  'TSTypeAnnotation',
  'TSTypeParameterDeclaration',
  'TSTypeParameterInstantiation',
  'TSInterfaceDeclaration',
  'TSTypeAliasDeclaration',
  'TSDeclareFunction',
]);

/**
 * `var` declarations hoist to the nearest function (or the program), out of nested blocks.
 * Computed lazily, only for the scopes a lookup passes through: most scopes of a file are
 * never asked about.
 */
function addHoistedVars(map: Declarations, node: Node, scope: Node): void {
  const visit = (current: Node): void => {
    if (current !== node && (isFunctionNode(current) || TYPE_ONLY.has(current.type))) return;
    if (current.type === 'VariableDeclaration' && current.kind === 'var') addVariableDeclaration(map, current, scope, false);
    forEachChildNode(current, visit);
  };
  visit(node);
}

/** What a node declares itself (no hoisting), or `null` when it opens no scope. */
function collectOwnDeclarations(node: Node, parent: Node | null): Declarations | null {
  const map: Declarations = new Map();
  switch (node.type) {
    case 'Program':
      addStatements(map, node.body, node);
      return map;
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
    case 'ObjectMethod':
    case 'ClassMethod':
    case 'ClassPrivateMethod':
      for (const param of node.params) for (const id of getPatternIdentifiers(param)) add(map, id, 'param', node, node);
      // Case: a named function expression sees its own name.
      if (node.type === 'FunctionExpression' && node.id) add(map, node.id, 'function', node, node);
      if (node.body.type === 'BlockStatement') addStatements(map, node.body.body, node);
      return map;
    case 'BlockStatement':
      // A function's own body block belongs to the function's scope (handled above).
      if (parent && isFunctionNode(parent)) return null;
      addStatements(map, node.body, node);
      return map;
    case 'StaticBlock':
    case 'TSModuleBlock':
      addStatements(map, node.body as Statement[], node);
      return map;
    case 'ForStatement':
      if (node.init?.type === 'VariableDeclaration') addVariableDeclaration(map, node.init, node, false);
      return map;
    case 'ForInStatement':
    case 'ForOfStatement':
      if (node.left.type === 'VariableDeclaration') addVariableDeclaration(map, node.left, node, false);
      return map;
    case 'CatchClause':
      for (const id of getPatternIdentifiers(node.param)) add(map, id, 'catch', node, node);
      return map;
    case 'SwitchStatement':
      for (const switchCase of node.cases) addStatements(map, switchCase.consequent, node);
      return map;
    case 'ClassExpression':
      // Case: `const A = class B { m() { B } }`
      if (node.id) add(map, node.id, 'class', node, node);
      return map;
    default:
      return null;
  }
}

function isHoistTarget(node: Node): boolean {
  return node.type === 'Program' || isFunctionNode(node);
}

const programsWithoutVar = new WeakSet<Node>();

/**
 * Tells the scope analysis that a program has no `var` declaration (its text has no `var`
 * token), so no scope of it needs the walk that collects hoisted `var`s. The engine calls it
 * once per parse; without it the walk simply runs.
 */
export function markProgramWithoutVar(program: Node): void {
  programsWithoutVar.add(program);
}

/** The node types `collectOwnDeclarations` may find declarations in; no other node opens a scope. */
const SCOPE_NODE_TYPES = new Set([
  'Program',
  ...FUNCTION_TYPES,
  'BlockStatement',
  'StaticBlock',
  'TSModuleBlock',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'CatchClause',
  'SwitchStatement',
  'ClassExpression',
]);

/** The declarations a scope node owns, or `null` when the node opens no scope. */
export function getScopeDeclarations(node: Node, parent: Node | null, program: Node | null = null): Declarations | null {
  // Most ancestors a lookup passes are expressions and statements: no cache lookup, no map.
  if (!SCOPE_NODE_TYPES.has(node.type)) return null;
  const cached = cache.get(node);
  if (cached) return cached;
  const map = collectOwnDeclarations(node, parent);
  if (!map) return null;
  const needsHoisting = !(program && programsWithoutVar.has(program));
  if (needsHoisting && isHoistTarget(node)) addHoistedVars(map, node.type === 'Program' ? node : (node as { body: Node }).body, node);
  cache.set(node, map);
  return map;
}

/** The binding `name` refers to at `path`, or `null` for a global (or undeclared) name. */
export function findBinding(path: NodePath, name: string): Binding | null {
  // The program (for its no-`var` mark) is looked up only when a scope's declarations are not cached yet.
  let program: Node | undefined;
  for (let current: NodePath | null = path; current; current = current.parentPath) {
    const node = current.node;
    if (!SCOPE_NODE_TYPES.has(node.type)) continue;
    let declarations = cache.get(node) ?? null;
    if (!declarations) {
      program ??= getProgramOf(path);
      declarations = getScopeDeclarations(node, current.parent, program);
    }
    const binding = declarations?.get(name);
    if (binding) return binding;
  }
  return null;
}

function getProgramOf(path: NodePath): Node {
  let root: NodePath = path;
  while (root.parentPath) root = root.parentPath;
  return root.node.type === 'File' ? root.node.program : root.node;
}

/** `name` at `path` is the global of that name: not declared anywhere in scope (ambient `declare` does not count). */
export function isGlobalReference(path: NodePath, name: string): boolean {
  const binding = findBinding(path, name);
  return binding === null || (binding.ambient && binding.scope.type === 'Program');
}
