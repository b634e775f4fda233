/**
 * Where the object a listener is on comes from (a global, a module-level object, a parameter, an
 * injected field, the owner's own field, a local): what decides how sure a report-only finding is
 * and whether a stream is handled per request.
 */
import { isValueWrapper } from '../../src/core/node-helpers';
import type { Node } from '@babel/types';
import { findBinding, type Binding } from '../../src/analysis/syntax/scope';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import { forEachChildNode, type NodePath } from '../../src/core/traverse';
import type { SingleFileComponent } from '../../src/core/rule';

/**
 * Where the object a listener is on comes from. `own`: the owner's own field (`this.x`), or an
 * object the top level of a component instance script made (isInstanceMadeBinding).
 */
export type TargetOrigin = 'global' | 'module' | 'parameter' | 'injected' | 'own' | 'local' | 'unknown';

const GLOBAL_TARGETS = new Set(['window', 'document', 'globalThis', 'self', 'process', 'navigator', 'screen', 'visualViewport', 'top', 'parent']);

/** What reaches an iframe's window or document from the page. */
const FRAME_MEMBERS = new Set(['frames', 'contentWindow', 'contentDocument']);

/**
 * `window.x`, `options.emitter`, `this.store.state$`, `new Socket()`: where the chain starts.
 * `sfc` (the file's single-file-component blocks) tells a Vue `<script setup>` or Svelte instance
 * script's top level, which runs once per component instance, from module code.
 */
export function resolveTargetOrigin(target: NodePath, sfc?: SingleFileComponent | null): TargetOrigin {
  let node: Node = target.node;
  let firstMember: Node | null = null;
  let inFrame = false;
  for (;;) {
    if (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') {
      if (!node.computed && node.property.type === 'Identifier' && FRAME_MEMBERS.has(node.property.name)) inFrame = true;
      firstMember = node;
      node = node.object;
    } else if (isValueWrapper(node)) {
      node = node.expression;
    } else if ((node.type === 'CallExpression' || node.type === 'OptionalCallExpression') && (node.callee.type === 'MemberExpression' || node.callee.type === 'OptionalMemberExpression')) {
      // Case: `d3.forceSimulation(nodes)`, `d3.zoom()`: a function of a module namespace
      // (`import * as d3`) makes a new object; it is not the module. `d3.select(window)` is on what it is given.
      // A getter or composable of the namespace (`api.getBus()`, `stores.useStore()`) hands back a shared object.
      if (isNamespaceImport(target, node.callee.object) && !isSharedAccessorCall(node)) return resolveMadeObjectOrigin(target, node.arguments as Node[], 'unknown');
      // `this.store.select(x)`, `source.pipe(map(f))`: the object the call is made on.
      node = node.callee.object;
      firstMember = null;
    } else break;
  }
  const origin = resolveRootOrigin(target, node, firstMember, sfc ?? null);
  // Case: `window.frames[0].document.addEventListener(…)`, `iframe.contentWindow.addEventListener(…)`:
  // an iframe's own window or document, gone with the iframe, not the page's (koodo-reader's reader views).
  return inFrame && (origin === 'global' || origin === 'module') ? 'local' : origin;
}

function resolveRootOrigin(target: NodePath, node: Node, firstMember: Node | null, sfc: SingleFileComponent | null): TargetOrigin {
  if (node.type === 'Identifier') {
    const binding = findBinding(target, node.name);
    if (!binding) return GLOBAL_TARGETS.has(node.name) ? 'global' : 'unknown';
    if (binding.kind === 'param') return 'parameter';
    if (binding.kind === 'import') return 'module';
    if (binding.scope.type === 'Program') return isInstanceMadeBinding(target, binding, sfc) ? 'own' : 'module';
    return 'local';
  }
  if (node.type === 'ThisExpression') {
    const property = getFirstPropertyName(firstMember, node);
    if (property && isInjectedField(target, property)) return 'injected';
    return 'own';
  }
  return 'unknown';
}

/** `d3` of `import * as d3 from 'd3'`. */
function isNamespaceImport(at: NodePath, node: Node): boolean {
  if (node.type !== 'Identifier') return false;
  const binding = findBinding(at, node.name);
  return binding?.kind === 'import' && binding.declaration.type === 'ImportNamespaceSpecifier';
}

/** A made object is on a global or imported object it is given (`d3.select(window)`), else `made`. */
function resolveMadeObjectOrigin(at: NodePath, args: readonly Node[], made: TargetOrigin): TargetOrigin {
  for (const arg of args) {
    // `document.body`, `store.el`: the object the member is read from.
    let value = unwrapValue(arg);
    while (value.type === 'MemberExpression' || value.type === 'OptionalMemberExpression') value = unwrapValue(value.object);
    if (value.type !== 'Identifier') continue;
    const binding = findBinding(at, value.name);
    if (!binding && GLOBAL_TARGETS.has(value.name)) return 'global';
    if (binding?.kind === 'import') return 'module';
  }
  return made;
}

function unwrapValue(node: Node): Node {
  while (isValueWrapper(node)) node = node.expression;
  return node;
}

/**
 * A top-level name (not an import, not `declare`d) of a Vue `<script setup>` or Svelte instance
 * script: made again for each component instance.
 */
export function isInstanceScriptBinding(binding: Binding, sfc: SingleFileComponent | null | undefined): boolean {
  if (!sfc || binding.kind === 'import' || binding.ambient || binding.scope.type !== 'Program') return false;
  const offset = binding.identifier.start ?? -1;
  const block = sfc.blocks.find((candidate) => candidate.start <= offset && offset < candidate.end);
  return !!block && (sfc.kind === 'vue' ? block.setup : !block.module);
}

/**
 * Names of calls that hand back an object that already exists, shared beyond the component
 * instance: a composable (`useStore()`, `useRouter()`), Vue's `inject(...)`, Svelte's
 * `getContext(...)`, a getter (`getCurrentWindow()`).
 */
const SHARED_ACCESSOR = /^(?:use[A-Z0-9]|inject$|get[A-Z])/;

/** `useStore()`, `inject('bus')`, `api.getBus()`: a call of a shared accessor (by its name), or of a computed name. */
function isSharedAccessorCall(call: Node & { callee: Node }): boolean {
  const callee = unwrapValue(call.callee);
  const name = callee.type === 'Identifier' ? callee.name : (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && !callee.computed && callee.property.type === 'Identifier' ? callee.property.name : null;
  return name === null || SHARED_ACCESSOR.test(name);
}

/**
 * A top-level binding of a Vue `<script setup>` or Svelte instance script whose value that code
 * makes: `const chart = ref(null)`, `const editor = new Editor()`, `const sim =
 * d3.forceSimulation(nodes)`, `const emitter = mitt()`, `let map`. The code runs once per
 * component instance, so the object is the instance's, like a class's own field, not the
 * module's. An import, an alias of a global or imported object (`const ipc = window.ipc`), a
 * shared accessor's result (`useStore()`, `inject('bus')`), a binding of a non-setup `<script>`
 * (`export const bus = mitt()`) or Svelte `<script context="module">` stay module-level.
 */
export function isInstanceMadeBinding(at: NodePath, binding: Binding, sfc: SingleFileComponent | null): boolean {
  if (!isInstanceScriptBinding(binding, sfc)) return false;
  const declaration = binding.declaration;
  if (declaration.type !== 'VariableDeclarator' || declaration.id !== binding.identifier) return false;
  if (!declaration.init) return true;
  const init = unwrapValue(declaration.init);
  if (init.type === 'NewExpression' || init.type === 'ObjectExpression' || init.type === 'ArrayExpression') return true;
  if (init.type !== 'CallExpression') return false;
  const callee = unwrapValue(init.callee);
  if (isSharedAccessorCall(init)) return false;
  // `ref(null)`, `mitt()`: a function called by name; `d3.forceSimulation(nodes)`: a function of a module namespace.
  const isMaker = callee.type === 'Identifier' || ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && isNamespaceImport(at, callee.object));
  return isMaker && resolveMadeObjectOrigin(at, init.arguments as Node[], 'own') === 'own';
}

/** `p` of `this.p.q` (the member directly on `this`). */
function getFirstPropertyName(member: Node | null, thisNode: Node): string | null {
  // `member` is the outermost member seen last before reaching `this`: the one on `this` itself.
  if (!member || (member.type !== 'MemberExpression' && member.type !== 'OptionalMemberExpression') || member.object !== thisNode) return null;
  if (member.computed) return member.property.type === 'StringLiteral' ? member.property.value : null;
  if (member.property.type === 'Identifier') return member.property.name;
  if (member.property.type === 'PrivateName') return `#${member.property.id.name}`;
  return null;
}

/**
 * The class got `this.<name>` from outside: a constructor parameter property
 * (`constructor(private store: Store)`), `this.<name> = <parameter>` in the constructor, or a
 * field initialised with Angular's `inject(...)`. Also a field a base class declared in the same
 * file stores from its constructor's parameter, when this class hands that parameter its own
 * constructor's parameter (`super(realm, …)`) or has no constructor (its arguments go to the
 * base as they are): `class FrameRealm extends Realm { constructor(realm, frame) { super(realm);
 * } }` with `class Realm { constructor(realm) { this.realm = realm; } }`.
 */
function isInjectedField(at: NodePath, name: string): boolean {
  const owner = resolveThisClass(at);
  if (!owner) return false;
  return isHandedField(owner.classPath, owner.classPath.node, name, 0);
}

type ClassNode = Node & { type: 'ClassDeclaration' | 'ClassExpression' };

/** `classNode` (`this` inside it) got `this.<name>` from its constructor's arguments; see `isInjectedField`. */
function isHandedField(at: NodePath, classNode: ClassNode, name: string, depth: number): boolean {
  const members = classNode.body.body;
  const isInjectCall = members.some((member) => {
    if (member.type !== 'ClassProperty' && member.type !== 'ClassPrivateProperty') return false;
    const key = member.type === 'ClassPrivateProperty' ? `#${member.key.id.name}` : !member.computed && member.key.type === 'Identifier' ? member.key.name : null;
    const value = member.value;
    return key === name && value?.type === 'CallExpression' && value.callee.type === 'Identifier' && value.callee.name === 'inject';
  });
  if (isInjectCall) return true;
  return resolveConstructorFieldIndex(at, classNode, name, depth) !== null;
}

/**
 * The index of the constructor parameter `classNode` stores as `this.<name>` (itself, or through
 * a base class of the same file, up to a few classes deep); `null` when none does.
 */
export function resolveConstructorFieldIndex(at: NodePath, classNode: ClassNode, name: string, depth = 0): number | null {
  const members = classNode.body.body;
  const constructor = members.find((member) => member.type === 'ClassMethod' && member.kind === 'constructor');
  if (constructor && constructor.type === 'ClassMethod') {
    const parameterNames: string[] = [];
    for (const [index, param] of constructor.params.entries()) {
      if (param.type === 'TSParameterProperty') {
        const inner = param.parameter.type === 'AssignmentPattern' ? param.parameter.left : param.parameter;
        if (inner.type === 'Identifier' && inner.name === name) return index;
        parameterNames[index] = inner.type === 'Identifier' ? inner.name : '';
      } else {
        const inner = param.type === 'AssignmentPattern' ? param.left : param;
        parameterNames[index] = inner.type === 'Identifier' ? inner.name : '';
      }
    }
    for (const statement of constructor.body.body) {
      if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression') continue;
      const { left, right } = statement.expression;
      if (left.type !== 'MemberExpression' || left.object.type !== 'ThisExpression' || left.computed) continue;
      const field = left.property.type === 'Identifier' ? left.property.name : left.property.type === 'PrivateName' ? `#${left.property.id.name}` : null;
      if (field === name && right.type === 'Identifier') {
        const index = parameterNames.indexOf(right.name);
        if (index >= 0) return index;
      }
    }
    // Case: `constructor(realm, frame) { super(realm, frame.timeoutSettings); }`: the base stores what `super` hands it.
    const baseIndex = resolveBaseFieldIndex(at, classNode, name, depth);
    if (baseIndex === null) return null;
    const superCall = constructor.body.body.find((statement) => statement.type === 'ExpressionStatement' && statement.expression.type === 'CallExpression' && statement.expression.callee.type === 'Super');
    const argument = superCall?.type === 'ExpressionStatement' && superCall.expression.type === 'CallExpression' ? superCall.expression.arguments[baseIndex] : undefined;
    if (!argument || argument.type !== 'Identifier') return null;
    const index = parameterNames.indexOf(argument.name);
    // The parameter is never written again in the constructor before or after `super(…)`: only a plain pass-through counts.
    return index >= 0 && !writesName(constructor.body, argument.name) ? index : null;
  }
  // Case: no constructor: `new Sub(a, b)` hands `a, b` to the base's constructor as they are.
  return resolveBaseFieldIndex(at, classNode, name, depth);
}

/** `name = …`, `name += …`, `name++` anywhere in `node` (a parameter handed to `super` after `bus = globalBus` is no longer the caller's). */
function writesName(node: Node, name: string): boolean {
  let found = false;
  const visit = (current: Node): void => {
    if (found) return;
    if ((current.type === 'AssignmentExpression' && current.left.type === 'Identifier' && current.left.name === name) || (current.type === 'UpdateExpression' && current.argument.type === 'Identifier' && current.argument.name === name)) {
      found = true;
      return;
    }
    forEachChildNode(current, visit);
  };
  visit(node);
  return found;
}

/** The base class of `classNode` declared in the same file (`class Sub extends Base`), and the index its constructor stores as `this.<name>`. */
function resolveBaseFieldIndex(at: NodePath, classNode: ClassNode, name: string, depth: number): number | null {
  if (depth >= 4 || !classNode.superClass) return null;
  const superClass = unwrapValue(classNode.superClass);
  if (superClass.type !== 'Identifier') return null;
  const binding = findBinding(at, superClass.name);
  const declaration = binding?.declaration;
  if (binding?.kind !== 'class' || !declaration || (declaration.type !== 'ClassDeclaration' && declaration.type !== 'ClassExpression')) return null;
  return resolveConstructorFieldIndex(at, declaration as ClassNode, name, depth + 1);
}
