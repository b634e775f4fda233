/**
 * Which `AbortSignal` the code at a place can already reach (docs/catalog.md "Signal in scope"), so a
 * fix can tie new work to it instead of inventing a lifetime:
 *
 * - a parameter or destructured option named `signal`, or typed `AbortSignal` (not one named
 *   `_…`: the underscore declares it unused on purpose; an untyped `signal` of an emitter's
 *   listener or of an array iteration callback is an event value or an item, such as `'SIGTERM'`);
 * - `options.signal` / `init.signal` of a parameter that carries one (an inline type with a
 *   `signal` member, `RequestInit`, or a body that already reads `options.signal`);
 * - `controller.signal` of a local `const controller = new AbortController()`;
 * - `request.signal` in Fetch-API request handlers: Next.js route handlers
 *   (`export async function GET(request)`), Remix / React Router `loader` / `action`
 *   (`{ request }` or `args.request`), SvelteKit (`({ request })`, `event.request`), Hono
 *   (`c.req.raw.signal`), Workers (`export default { fetch(request) {} }`).
 *
 * Express, Koa and Fastify handlers have no request signal: nothing is invented there.
 * Module-level signals are not "in scope" for this purpose: they live as long as the module.
 *
 * The innermost scope wins; within one scope an explicit signal beats an options object,
 * which beats a request handler's request, which beats a local controller.
 */
import type { Function as FunctionNode, Identifier, Node, TSType } from '@babel/types';
import { forEachNode, type NodePath } from '../../core/traverse';
import { getPropertyName, unwrapExpression } from '../syntax/expressions';
import { resolveModuleReference } from '../syntax/module-reference';
import { findBinding, getPatternIdentifiers, getScopeDeclarations, isFunctionNode, isGlobalReference, type Binding } from '../syntax/scope';
import { forEachDescendant } from '../syntax/descendants';
import { findAncestorPath, getProgram, isValueWrapper } from '../../core/node-helpers';
import { EMITTER_REGISTER_METHODS } from './catalog';

export type SignalSource = 'parameter' | 'destructured-option' | 'option-property' | 'variable' | 'controller' | 'request';

export interface SignalInScope {
  /** Reads the signal; safe to evaluate even when it is absent (`options?.signal`). */
  expression: string;
  /** Reads the signal once `expression` was checked truthy (`options.signal`). */
  narrowed: string;
  /** The value may be `undefined` or `null`: guard it before `AbortSignal.any`. */
  mayBeUndefined: boolean;
  source: SignalSource;
  /** The identifier that declares the binding the expression starts from. */
  binding: Identifier;
}

interface Candidate {
  signal: SignalInScope;
  rank: number;
}

const RANK: Record<SignalSource, number> = {
  parameter: 0,
  'destructured-option': 0,
  variable: 0,
  'option-property': 1,
  request: 2,
  controller: 3,
};

/** Next.js / SvelteKit route handler names. */
const ROUTE_HANDLER_NAMES = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** Remix / React Router data functions (their argument has `request`). */
const DATA_FUNCTION_NAMES = new Set(['loader', 'action', 'clientLoader', 'clientAction']);
/** Hono app methods that register a handler. */
const HONO_METHODS = new Set(['get', 'post', 'put', 'delete', 'patch', 'options', 'head', 'all', 'on', 'use']);

export function findSignalInScope(path: NodePath): SignalInScope | null {
  const position = path.node.start ?? Number.POSITIVE_INFINITY;
  for (let current: NodePath | null = path; current; current = current.parentPath) {
    if (current.node.type === 'Program') break;
    const declarations = getScopeDeclarations(current.node, current.parent);
    if (!declarations) continue;
    let best: Candidate | null = null;
    for (const binding of declarations.values()) {
      if (binding.kind !== 'param' && (binding.identifier.start ?? 0) >= position) continue;
      const candidate = classifyBinding(binding, current);
      if (!candidate || (best && candidate.rank >= best.rank)) continue;
      if (isRecordedByOtherCode(binding, path)) continue;
      // The name must still mean this binding where the signal is used.
      const root = /^[\w$]+/.exec(candidate.signal.expression)![0];
      if (findBinding(path, root)?.identifier !== binding.identifier) continue;
      best = candidate;
    }
    if (best) return best.signal;
  }
  return null;
}

/**
 * `let signal: AbortSignal | undefined;` that only functions away from `path` assign (a handler a
 * test hands on: `const handler = (req) => { signal = req.signal; }`): the variable records a
 * signal other code saw, for the code here to look at; it is not the signal the code at `path`
 * runs under. An abort of it is that other code's business (a test's sleep "for the handler to
 * attach its listener" is not work the handler's request owns). A write in a function that holds
 * `path` (or in the declaring scope's own flow) keeps it.
 */
function isRecordedByOtherCode(binding: Binding, path: NodePath): boolean {
  if (binding.kind !== 'let' && binding.kind !== 'var') return false;
  const declarator = binding.declaration;
  if (declarator.type !== 'VariableDeclarator' || declarator.id !== binding.identifier || declarator.init) return false;
  const scope = findAncestorPath(path, binding.scope);
  if (!scope) return false;
  let writes = 0;
  let here = false;
  forEachDescendant(scope, (child) => {
    if (here) return false;
    const node = child.node;
    if (node.type !== 'AssignmentExpression' || node.left.type !== 'Identifier' || node.left.name !== binding.name || findBinding(child, node.left.name) !== binding) return undefined;
    writes++;
    const fn = child.findParent((parent) => isFunctionNode(parent.node));
    // The write runs in the flow of the code at `path`: the function it is in holds `path` too.
    if (!fn || (fn.node.start! <= path.node.start! && path.node.end! <= fn.node.end!)) here = true;
    return undefined;
  });
  return writes > 0 && !here;
}

function candidate(source: SignalSource, binding: Binding, expression: string, mayBeUndefined: boolean, narrowed = expression): Candidate {
  return { rank: RANK[source], signal: { expression, narrowed, mayBeUndefined, source, binding: binding.identifier } };
}

function classifyBinding(binding: Binding, scopePath: NodePath): Candidate | null {
  if (binding.kind === 'param') return classifyParameter(binding, scopePath);
  if (binding.kind === 'const' || binding.kind === 'let' || binding.kind === 'var') return classifyVariable(binding, scopePath);
  return null;
}

// ---------------------------------------------------------------------------------------------
// Parameters

function classifyParameter(binding: Binding, functionPath: NodePath): Candidate | null {
  const fn = binding.declaration as FunctionNode;
  const index = fn.params.findIndex((param) => getPatternIdentifiers(param).includes(binding.identifier));
  if (index === -1) return null;
  let param: Node = fn.params[index]!;
  // Case: `constructor(private signal: AbortSignal)`
  if (param.type === 'TSParameterProperty') param = param.parameter;
  let defaultValue: Node | null = null;
  // Case: `signal = undefined`, `options = {}`
  if (param.type === 'AssignmentPattern') {
    defaultValue = param.right;
    param = param.left;
  }
  const defaultIsNullish = defaultValue !== null && isNullish(defaultValue);
  if (param.type === 'Identifier') {
    const name = param.name;
    // Case: `async (_: AbortSignal) => …`, `_signal`: the underscore declares the parameter unused
    // (the lint convention); the function chose not to react to an abort, and a fix that reads it
    // would change that choice.
    if (name.startsWith('_')) return null;
    const type = getAnnotation(param);
    const optional = param.optional === true || defaultIsNullish;
    // Case: `(signal: AbortSignal)`, `(abort?: AbortSignal)`, `(s: AbortSignal | undefined)`
    if (type && isAbortSignalType(type)) {
      return candidate('parameter', binding, name, optional || (defaultValue === null && typeIncludesNullish(type)));
    }
    // Case: untyped `(signal)` — but not `child.on('exit', (code, signal) => …)` or `this.onDispose((signal) => …)`, a process signal name
    if (name === 'signal' && !type) {
      if (isEmitterCallback(functionPath) || isArrayIterationCallback(functionPath) || isHandedByName(functionPath)) return null;
      return candidate('parameter', binding, name, defaultValue === null || defaultIsNullish);
    }
    if (name === 'signal') return null;
    // Case: Fetch-API request handlers
    const requestSignal = getRequestHandlerSignal(functionPath, index, name, type);
    if (requestSignal) return candidate('request', binding, requestSignal, false);
    // Case: `(request: Request)` anywhere
    if (type && isFetchRequestType(type, functionPath)) {
      return optional ? candidate('request', binding, `${name}?.signal`, true, `${name}.signal`) : candidate('request', binding, `${name}.signal`, false);
    }
    // Case: `(options: { signal?: AbortSignal })`, `(init: RequestInit)`, or a body that reads `options.signal`
    if (hasSignalMember(type, functionPath) || readsSignalOf(fn, name)) {
      const signalMember = type?.type === 'TSTypeLiteral' ? findTypeMember(type, 'signal') : null;
      const definedMember = signalMember !== null && !signalMember.optional && isAbortSignalType(signalMember.typeAnnotation?.typeAnnotation) && !typeIncludesNullish(signalMember.typeAnnotation!.typeAnnotation);
      const objectDefined = !optional && (type !== null || (defaultValue !== null && !defaultIsNullish));
      const expression = objectDefined ? `${name}.signal` : `${name}?.signal`;
      return candidate('option-property', binding, expression, !(definedMember && objectDefined), `${name}.signal`);
    }
    return null;
  }
  if (param.type === 'ObjectPattern') {
    const keys = findKeyPath(param, binding.identifier);
    if (!keys) return null;
    const lastKey = keys[keys.length - 1];
    const type = getAnnotation(param);
    const member = keys.length === 1 && type?.type === 'TSTypeLiteral' ? findTypeMember(type, lastKey!) : null;
    const memberType = member?.typeAnnotation?.typeAnnotation;
    const local = binding.identifier.name;
    const hasDefault = findPatternDefault(param, binding.identifier) !== null;
    // Case: `({ signal })`, `({ signal: abortSignal }: { signal: AbortSignal })`, `({ abort }: { abort?: AbortSignal })`
    if (lastKey === 'signal' || (memberType && isAbortSignalType(memberType))) {
      const defined = member !== null && !member.optional && isAbortSignalType(memberType) && !typeIncludesNullish(memberType!) && !defaultIsNullish;
      return candidate('destructured-option', binding, local, !(defined || hasDefault));
    }
    // Case: Remix / SvelteKit `({ request })`
    if (keys.length === 1 && lastKey === 'request' && index === 0 && isDestructuredRequestHandler(functionPath)) {
      return candidate('request', binding, `${local}.signal`, false);
    }
  }
  return null;
}

/** Array methods whose callback gets the array's items (`reduce`: after the accumulator). */
const ARRAY_ITERATION_METHODS = new Set(['forEach', 'map', 'flatMap', 'filter', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'reduce', 'reduceRight']);

/**
 * `['SIGINT', 'SIGTERM'].forEach((signal) => process.on(signal, stop))`: a callback handed to an
 * array iteration method gets the array's items — a process signal name there, not an abort
 * signal of the code's caller (typed `AbortSignal`, it still counts).
 */
function isArrayIterationCallback(functionPath: NodePath): boolean {
  const parent = functionPath.parent;
  if (parent?.type !== 'CallExpression' || functionPath.key !== 'arguments' || functionPath.index !== 0) return false;
  const callee = unwrapExpression(parent.callee);
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return false;
  return ARRAY_ITERATION_METHODS.has(getPropertyName(callee) ?? '');
}

/** `child.on('exit', (code, signal) => …)`: a callback handed to an emitter registration. */
function isEmitterCallback(functionPath: NodePath): boolean {
  const parent = functionPath.parent;
  if (parent?.type !== 'CallExpression' || functionPath.key !== 'arguments') return false;
  return isEmitterRegistration(parent);
}

/**
 * `function drainAndShutdown(signal) { … }` … `process.on(name, drainAndShutdown)`: a named
 * function the file hands by its name to an emitter registration (it gets the event's values —
 * `'SIGTERM'` for a process signal) or to an array iteration method (it gets the items), the same
 * as the inline callbacks above. Any such use counts: one function cannot be both.
 */
const handedByNameCache = new WeakMap<Node, boolean>();

function isHandedByName(functionPath: NodePath): boolean {
  const node = functionPath.node;
  const cached = handedByNameCache.get(node);
  if (cached !== undefined) return cached;
  let id: Identifier | null = null;
  if (node.type === 'FunctionDeclaration') id = node.id ?? null;
  else if ((node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') && functionPath.parent?.type === 'VariableDeclarator' && functionPath.parent.id.type === 'Identifier') id = functionPath.parent.id;
  let program: NodePath = functionPath;
  while (program.parentPath) program = program.parentPath;
  if (!id) return false;
  const name = id.name;
  let handed = false;
  forEachDescendant(program, (path) => {
    if (handed) return false;
    const call = path.node;
    if (call.type !== 'CallExpression') return undefined;
    const index = call.arguments.findIndex((argument) => argument.type === 'Identifier' && argument.name === name);
    if (index === -1) return undefined;
    const callee = unwrapExpression(call.callee);
    const iteration = index === 0 && (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && ARRAY_ITERATION_METHODS.has(getPropertyName(callee) ?? '');
    if ((isEmitterRegistration(call) || iteration) && findBinding(path, name)?.identifier === id) handed = true;
    return undefined;
  });
  handedByNameCache.set(node, handed);
  return handed;
}

/** `x.on(…)`, `x.once(…)`, `x.onDispose(…)`: an emitter registration or a VS Code-style event. */
function isEmitterRegistration(parent: import('@babel/types').CallExpression): boolean {
  const callee = unwrapExpression(parent.callee);
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return false;
  const method = getPropertyName(callee) ?? '';
  // Case: `this.onDispose((signal, wait) => …)`: a VS Code-style event (`onDidExit`, `onDispose`)
  // hands its listener event values (code-server's wrapper: `"SIGTERM"`), not an abort signal; so
  // does an emitter registration (`process.on('SIGTERM', (signal) => …)` gets the signal's name)
  return EMITTER_REGISTER_METHODS.has(method) || /^on[A-Z]/.test(method);
}

// ---------------------------------------------------------------------------------------------
// Local variables

function classifyVariable(binding: Binding, scopePath: NodePath): Candidate | null {
  const declarator = binding.declaration;
  if (declarator.type !== 'VariableDeclarator') return null;
  const init = declarator.init ? unwrapExpression(declarator.init) : null;
  const name = binding.identifier.name;
  if (declarator.id.type === 'Identifier') {
    // Case: `const controller = new AbortController()`
    if (init && isNewAbortController(init, scopePath) && binding.kind === 'const') return candidate('controller', binding, `${name}.signal`, false);
    const type = getAnnotation(declarator.id);
    // Case: `const signal: AbortSignal = …`
    if (type && isAbortSignalType(type)) return candidate('variable', binding, name, typeIncludesNullish(type) || binding.kind !== 'const');
    if (name !== 'signal' || type || !init) return null;
    // Case: `const signal = AbortSignal.timeout(…)` / `AbortSignal.any([…])`
    if (isAbortSignalFactoryCall(init, scopePath)) return candidate('variable', binding, name, binding.kind !== 'const');
    // Case: `const signal = controller.signal` / `options.signal`
    if ((init.type === 'MemberExpression' || init.type === 'OptionalMemberExpression') && getPropertyName(init) === 'signal') {
      const fromController = isControllerReference(init.object, scopePath);
      return candidate('variable', binding, name, !(fromController && binding.kind === 'const'));
    }
    return null;
  }
  // Case: `const { signal } = options` (options a parameter, maybe `?? {}`) / `= controller`
  if (declarator.id.type === 'ObjectPattern' && init) {
    const keys = findKeyPath(declarator.id, binding.identifier);
    if (!keys || keys.length !== 1 || keys[0] !== 'signal') return null;
    if (isControllerReference(init, scopePath)) return candidate('destructured-option', binding, name, binding.kind !== 'const');
    let source = init;
    if (source.type === 'LogicalExpression' && (source.operator === '??' || source.operator === '||')) source = unwrapExpression(source.left);
    if (source.type === 'Identifier' && findBinding(scopePath, source.name)?.kind === 'param') {
      return candidate('destructured-option', binding, name, true);
    }
  }
  return null;
}

function isNewAbortController(node: Node, path: NodePath): boolean {
  return node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'AbortController' && isGlobalReference(path, 'AbortController');
}

/** `controller` (a const bound to `new AbortController()`) or `new AbortController()` itself. */
function isControllerReference(node: Node, path: NodePath): boolean {
  const expression = unwrapExpression(node);
  if (isNewAbortController(expression, path)) return true;
  if (expression.type !== 'Identifier') return false;
  const binding = findBinding(path, expression.name);
  if (binding?.kind !== 'const' || binding.declaration.type !== 'VariableDeclarator') return false;
  const init = binding.declaration.init;
  return init != null && isNewAbortController(unwrapExpression(init), path);
}

function isAbortSignalFactoryCall(node: Node, path: NodePath): boolean {
  if (node.type !== 'CallExpression') return false;
  const callee = unwrapExpression(node.callee);
  if (callee.type !== 'MemberExpression' || callee.object.type !== 'Identifier' || callee.object.name !== 'AbortSignal') return false;
  return ['timeout', 'any', 'abort'].includes(getPropertyName(callee) ?? '') && isGlobalReference(path, 'AbortSignal');
}

// ---------------------------------------------------------------------------------------------
// Fetch-API request handlers

/**
 * The signal expression of a request handler's parameter `name` at `index`, or `null`:
 * Next.js `GET(request)`, SvelteKit `GET(event)`, Remix `loader(args)`, Hono `(c) => …`,
 * Workers `fetch(request)`.
 */
function getRequestHandlerSignal(fnPath: NodePath, index: number, name: string, type: TSType | null): string | null {
  if (index !== 0) return null;
  // Case: Workers `export default { fetch(request, env, ctx) {} }`
  if (isWorkersFetchHandler(fnPath)) return `${name}.signal`;
  // Case: Hono `app.get('/', (c) => …)` or `(c: Context)` with Context from 'hono'
  if (isHonoHandler(fnPath) || (type && getTypeReferenceName(type) === 'Context' && isFromModule(fnPath, 'Context', /^hono(\/|$)/))) {
    return `${name}.req.raw.signal`;
  }
  const exported = getExportedName(fnPath);
  if (!exported) return null;
  // Case: Remix / React Router `export async function loader(args)`
  if (DATA_FUNCTION_NAMES.has(exported)) return `${name}.request.signal`;
  if (!ROUTE_HANDLER_NAMES.has(exported)) return null;
  const typeName = type ? getTypeReferenceName(type) : null;
  // Case: SvelteKit `export async function GET(event: RequestEvent)`
  if (typeName === 'RequestEvent' || (!type && name === 'event')) return `${name}.request.signal`;
  // Case: Next.js `export async function GET(request: NextRequest)`
  if (typeName === 'NextRequest' || (type && isFetchRequestType(type, fnPath)) || (!type && /^req(uest)?$/.test(name))) return `${name}.signal`;
  return null;
}

/** Remix / SvelteKit handlers whose first argument has a `request` (destructured as `{ request }`). */
function isDestructuredRequestHandler(fnPath: NodePath): boolean {
  const exported = getExportedName(fnPath);
  if (exported && (DATA_FUNCTION_NAMES.has(exported) || ROUTE_HANDLER_NAMES.has(exported) || exported === 'load')) return true;
  // Case: SvelteKit `export const actions = { default: async ({ request }) => … }`
  const property = fnPath.parentPath;
  const object = property?.node.type === 'ObjectProperty' ? property.parentPath : fnPath.node.type === 'ObjectMethod' ? fnPath.parentPath : null;
  return object?.node.type === 'ObjectExpression' && getExportedName(object) === 'actions';
}

/** The exported name of a function or object: `export function GET`, `export const loader = …`. */
function getExportedName(path: NodePath): string | null {
  const node = path.node;
  if (node.type === 'FunctionDeclaration') return node.id && path.parent?.type === 'ExportNamedDeclaration' ? node.id.name : null;
  let current: NodePath | null = path.parentPath;
  while (current && isValueWrapper(current.node)) current = current.parentPath;
  if (current?.node.type !== 'VariableDeclarator' || current.node.id.type !== 'Identifier') return null;
  const declaration = current.parentPath;
  return declaration?.parent?.type === 'ExportNamedDeclaration' ? current.node.id.name : null;
}


function isWorkersFetchHandler(fnPath: NodePath): boolean {
  let objectPath: NodePath | null = null;
  const node = fnPath.node;
  if (node.type === 'ObjectMethod' && getStaticKey(node) === 'fetch') objectPath = fnPath.parentPath;
  else if (fnPath.parent?.type === 'ObjectProperty' && fnPath.key === 'value' && getStaticKey(fnPath.parent) === 'fetch') objectPath = fnPath.parentPath!.parentPath;
  if (objectPath?.node.type !== 'ObjectExpression') return false;
  let current: NodePath | null = objectPath.parentPath;
  while (current && isValueWrapper(current.node)) current = current.parentPath;
  return current?.node.type === 'ExportDefaultDeclaration';
}

function isHonoHandler(fnPath: NodePath): boolean {
  const call = fnPath.parent;
  if (call?.type !== 'CallExpression' || fnPath.key !== 'arguments') return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression' || !HONO_METHODS.has(getPropertyName(callee) ?? '')) return false;
  // Case: `app.get(…).post(…)` chains: walk back to the app
  let object = unwrapExpression(callee.object);
  while (object.type === 'CallExpression' && unwrapExpression(object.callee).type === 'MemberExpression') {
    object = unwrapExpression((unwrapExpression(object.callee) as { object: Node }).object);
  }
  if (object.type === 'Identifier') {
    const binding = findBinding(fnPath, object.name);
    if (binding?.declaration.type !== 'VariableDeclarator' || !binding.declaration.init) return false;
    object = unwrapExpression(binding.declaration.init);
  }
  if (object.type !== 'NewExpression' || object.callee.type !== 'Identifier') return false;
  const reference = resolveModuleReference(fnPath, object.callee.name);
  return reference !== null && /^hono(\/|$)/.test(reference.source) && reference.imported === 'Hono';
}

// ---------------------------------------------------------------------------------------------
// Types and patterns

function getAnnotation(node: Node): TSType | null {
  const annotation = (node as { typeAnnotation?: Node | null }).typeAnnotation;
  return annotation?.type === 'TSTypeAnnotation' ? annotation.typeAnnotation : null;
}

function getTypeReferenceName(type: TSType): string | null {
  if (type.type !== 'TSTypeReference') return null;
  if (type.typeName.type === 'Identifier') return type.typeName.name;
  // Case: `globalThis.AbortSignal`
  if (type.typeName.type === 'TSQualifiedName' && type.typeName.left.type === 'Identifier' && type.typeName.left.name === 'globalThis') {
    return type.typeName.right.name;
  }
  return null;
}

function isNullishType(type: TSType): boolean {
  return type.type === 'TSUndefinedKeyword' || type.type === 'TSNullKeyword' || type.type === 'TSVoidKeyword';
}

/** `AbortSignal`, `AbortSignal | undefined`, `AbortSignal | null`. */
function isAbortSignalType(type: TSType | null | undefined): boolean {
  if (!type) return false;
  if (type.type === 'TSParenthesizedType') return isAbortSignalType(type.typeAnnotation);
  if (type.type === 'TSUnionType') {
    return type.types.some((member) => isAbortSignalType(member)) && type.types.every((member) => isAbortSignalType(member) || isNullishType(member));
  }
  return getTypeReferenceName(type) === 'AbortSignal';
}

function typeIncludesNullish(type: TSType): boolean {
  if (type.type === 'TSParenthesizedType') return typeIncludesNullish(type.typeAnnotation);
  return type.type === 'TSUnionType' && type.types.some((member) => isNullishType(member) || typeIncludesNullish(member));
}

function findTypeMember(type: TSType, name: string): import('@babel/types').TSPropertySignature | null {
  if (type.type !== 'TSTypeLiteral') return null;
  for (const member of type.members) {
    if (member.type !== 'TSPropertySignature' || member.computed) continue;
    const key = member.key.type === 'Identifier' ? member.key.name : member.key.type === 'StringLiteral' ? member.key.value : null;
    if (key === name) return member;
  }
  return null;
}

/** `{ signal?: … }` inline, or the platform's `RequestInit`. */
function hasSignalMember(type: TSType | null, path: NodePath): boolean {
  if (!type) return false;
  if (type.type === 'TSTypeLiteral') return findTypeMember(type, 'signal') !== null;
  return getTypeReferenceName(type) === 'RequestInit' && !isImportedName(path, 'RequestInit');
}

/** `Request` / `NextRequest` as the Fetch API's Request (not Express's `Request` import). */
function isFetchRequestType(type: TSType, path: NodePath): boolean {
  const name = getTypeReferenceName(type);
  if (name === 'NextRequest') return isFromModule(path, 'NextRequest', /^next\/server$/);
  return name === 'Request' && !isImportedName(path, 'Request');
}


/** The module a name is imported from, type-only imports included (scope lookup ignores those). */
function getImportSource(path: NodePath, local: string): string | null {
  const program = getProgram(path);
  if (!program) return null;
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration') continue;
    if (statement.specifiers.some((specifier) => specifier.local.name === local)) return statement.source.value;
  }
  return null;
}

function isImportedName(path: NodePath, local: string): boolean {
  return getImportSource(path, local) !== null;
}

function isFromModule(path: NodePath, local: string, module: RegExp): boolean {
  const source = getImportSource(path, local);
  return source !== null && module.test(source);
}

function getStaticKey(node: Node): string | null {
  const { key, computed } = node as { key?: Node; computed?: boolean };
  if (!key) return null;
  if (!computed && key.type === 'Identifier') return key.name;
  return key.type === 'StringLiteral' ? key.value : null;
}

/** The property keys from a destructuring pattern down to `id` (`{ a: { signal } }` -> `['a', 'signal']`). */
function findKeyPath(pattern: Node, id: Identifier): string[] | null {
  if (pattern === id) return [];
  if (pattern.type === 'AssignmentPattern') return findKeyPath(pattern.left, id);
  if (pattern.type !== 'ObjectPattern') return null;
  for (const property of pattern.properties) {
    if (property.type !== 'ObjectProperty') continue;
    const key = getStaticKey(property);
    const inner = key ? findKeyPath(property.value, id) : null;
    if (inner) return [key!, ...inner];
  }
  return null;
}

/** The default value of `id` in a destructuring pattern (`{ signal = fallback }`), if any. */
function findPatternDefault(pattern: Node, id: Identifier): Node | null {
  if (pattern.type === 'ObjectPattern') {
    for (const property of pattern.properties) {
      if (property.type !== 'ObjectProperty') continue;
      const value = property.value;
      if (value.type === 'AssignmentPattern' && value.left === id) return isNullish(value.right) ? null : value.right;
      const inner = findPatternDefault(value, id);
      if (inner) return inner;
    }
  }
  return null;
}

function isNullish(node: Node): boolean {
  const value = unwrapExpression(node);
  return value.type === 'NullLiteral' || (value.type === 'Identifier' && value.name === 'undefined') || (value.type === 'UnaryExpression' && value.operator === 'void');
}

const readsSignalCache = new WeakMap<Node, Set<string>>();

/**
 * Names `x` for which the function's body (closures included) reads `x.signal` / `x?.signal` —
 * and never calls it: `Editor.signal(view, 'shown')` (CodeMirror's way to fire an event on an
 * object: its UMD factory's parameter) makes `signal` a function of `x`, not an AbortSignal it
 * carries; a fix that called `Editor?.signal?.addEventListener('abort', …)` would throw a
 * TypeError where it was added (before: an `auto` timer-cleanup fix in vendored CodeMirror
 * add-ons, in an ad blocker's and a wiki's source).
 */
function readsSignalOf(fn: FunctionNode, name: string): boolean {
  let names = readsSignalCache.get(fn);
  if (!names) {
    const found = new Set<string>();
    const called = new Set<string>();
    forEachNode(fn.body, (node, parent, key) => {
      if (key === 'typeAnnotation') return false;
      if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && node.object.type === 'Identifier' && getPropertyName(node) === 'signal') {
        found.add(node.object.name);
        if ((parent?.type === 'CallExpression' || parent?.type === 'OptionalCallExpression') && key === 'callee') called.add(node.object.name);
      }
      return undefined;
    });
    for (const name of called) found.delete(name);
    readsSignalCache.set(fn, (names = found));
  }
  return names.has(name);
}
