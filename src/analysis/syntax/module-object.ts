/**
 * Whether an object literal is the module's one object, whose methods all see it as `this`: a
 * module-level `const` whose object literal the file uses as a singleton (`const HelpDialog = {
 * init() { … } }` called as `HelpDialog.init()`), so a flag on `this` in its methods is
 * module-wide (once-guard.ts), and `this.onMove` there is `HelpDialog.onMove` (listener-cleanup's
 * same-value.ts).
 */
import type { Node, ObjectExpression } from '@babel/types';
import { forEachNode, type NodePath } from '../../core/traverse';
import { findProgramPath } from '../../core/node-helpers';
import { findBinding, isFunctionNode } from './scope';
import { findBindingReferences } from './binding-references';

const COMPONENT_OPTION_KEYS: ReadonlySet<string> = new Set([
  'data', 'methods', 'computed', 'props', 'watch', 'components', 'template', 'render', 'setup', 'mixins', 'extends',
  'created', 'beforeCreate', 'mounted', 'beforeMount', 'updated', 'unmounted', 'beforeUnmount', 'destroyed', 'beforeDestroy', 'activated', 'deactivated',
  'connectedCallback', 'disconnectedCallback', 'oninit', 'oncreate', 'onremove', 'view', 'controller', 'link', 'bindings',
]);

/**
 * The name of the module-level `const` that holds the object literal `object` (`const HelpDialog =
 * { init() { … } }`, maybe `export const`), when that object is the module's one `this` for its
 * methods: the file uses the `const` only to read or call its members (`HelpDialog.init()`,
 * `HelpDialog.hide.bind(HelpDialog)`), to export it by name (`export { HelpDialog }`) or to put it
 * on the global object (`globalThis.HelpDialog = HelpDialog`). Not when the file hands the object
 * to anything else (`Object.create(HelpDialog)` makes objects with their own `this`), exports it
 * as the default (a component's or mixin's options), or the object has a component option's key
 * (`data`, `methods`, `mounted`, `connectedCallback`, …): each instance made from such a recipe
 * has its own `this`. Else `null`.
 */
export function getModuleObjectName(object: NodePath<ObjectExpression>): string | null {
  const declarator = object.parentPath;
  if (declarator?.node.type !== 'VariableDeclarator' || object.key !== 'init' || declarator.node.id.type !== 'Identifier') return null;
  const declaration = declarator.parentPath;
  if (declaration?.node.type !== 'VariableDeclaration' || declaration.node.kind !== 'const') return null;
  const holder = declaration.parent?.type;
  if (holder !== 'Program' && holder !== 'ExportNamedDeclaration') return null;
  if (object.node.properties.some((property) => property.type !== 'SpreadElement' && !property.computed && property.key.type === 'Identifier' && COMPONENT_OPTION_KEYS.has(property.key.name))) return null;
  const name = declarator.node.id.name;
  const binding = findBinding(declarator, name);
  if (!binding || binding.scope.type !== 'Program') return null;
  const onlyMembers = findBindingReferences(declarator, binding).every((reference) => {
    const parent = reference.parent;
    if (!parent) return false;
    if ((parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && reference.key === 'object') return true;
    if (parent.type === 'ExportSpecifier') return true;
    // `HelpDialog.toggle.bind(HelpDialog)`: the object itself as `this`
    if (parent.type === 'CallExpression' && reference.key === 'arguments' && reference.index === 0 && parent.callee.type === 'MemberExpression' && !parent.callee.computed && parent.callee.property.type === 'Identifier' && ['bind', 'call', 'apply'].includes(parent.callee.property.name)) return true;
    // `globalThis.HelpDialog = HelpDialog`, `window.HelpDialog = HelpDialog`
    if (parent.type === 'AssignmentExpression' && reference.key === 'right' && parent.left.type === 'MemberExpression') {
      const root = parent.left.object;
      return root.type === 'Identifier' && (root.name === 'globalThis' || root.name === 'window' || root.name === 'self') && findBinding(reference, root.name) === null;
    }
    return false;
  });
  return onlyMembers ? name : null;
}

/**
 * The module's one object (and the `const` that holds it) that `this` is at `at` — in, or at, a
 * method (`m() {}`, `m: function () {}`; arrows keep the `this` around them) of that object
 * literal — when the file only ever calls that method on the object (`HelpDialog.m(…)`,
 * `this.m(…)`, `HelpDialog.m.bind(HelpDialog)`): a method read as a value
 * (`el.addEventListener('click', HelpDialog.m)`) runs with another `this`. Else `null`.
 */
export function getModuleObjectOfThis(at: NodePath): { object: NodePath<ObjectExpression>; name: string } | null {
  let method: NodePath | null = at;
  while (method && !(isFunctionNode(method.node) && method.node.type !== 'ArrowFunctionExpression')) method = method.parentPath;
  if (!method) return null;
  let object: NodePath | null = null;
  let key: Node | null = null;
  if (method.node.type === 'ObjectMethod' && method.node.kind === 'method' && !method.node.computed) {
    object = method.parentPath;
    key = method.node.key;
  } else if (method.node.type === 'FunctionExpression' && method.parent?.type === 'ObjectProperty' && method.key === 'value' && !method.parent.computed) {
    object = method.parentPath?.parentPath ?? null;
    key = method.parent.key;
  }
  if (object?.node.type !== 'ObjectExpression' || key?.type !== 'Identifier') return null;
  const name = getModuleObjectName(object as NodePath<ObjectExpression>);
  if (name === null || !isOnlyCalledOnObject(object, name, key.name)) return null;
  return { object: object as NodePath<ObjectExpression>, name };
}

/** Every `name.method` and `this.method` in the file is called right there, or bound to `name`. */
function isOnlyCalledOnObject(at: NodePath, name: string, method: string): boolean {
  const program = findProgramPath(at);
  if (!program) return false;
  // `HelpDialog.m.call(HelpDialog)`, `this.m.bind(this)`: a binder called with the object itself (not
  // `Draggable.initDrag.call(this)` in another constructor, which runs the method on another object)
  const selfBinders = new Set<Node>();
  forEachNode(program.node, (node) => {
    if (node.type !== 'CallExpression' || node.callee.type !== 'MemberExpression') return undefined;
    const first = node.arguments[0];
    const target = node.callee.object;
    const isSelf = (value: Node | undefined): boolean =>
      value !== undefined && target.type === 'MemberExpression' && (value.type === 'ThisExpression' ? target.object.type === 'ThisExpression' : value.type === 'Identifier' && value.name === name);
    if (isSelf(first)) selfBinders.add(node.callee);
    return undefined;
  });
  let ok = true;
  forEachNode(program.node, (node, parent, key) => {
    if (!ok) return false;
    if ((node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || node.computed || node.property.type !== 'Identifier' || node.property.name !== method) return undefined;
    const onObject = node.object.type === 'ThisExpression' || (node.object.type === 'Identifier' && node.object.name === name);
    if (!onObject) return undefined;
    if ((parent?.type === 'CallExpression' || parent?.type === 'OptionalCallExpression') && key === 'callee') return undefined;
    // `HelpDialog.m.bind(HelpDialog)`, `.call(HelpDialog, …)`
    if ((parent?.type === 'MemberExpression' || parent?.type === 'OptionalMemberExpression') && key === 'object' && !parent.computed && parent.property.type === 'Identifier' && BINDERS.has(parent.property.name) && selfBinders.has(parent)) return undefined;
    ok = false;
    return false;
  });
  return ok;
}

const BINDERS: ReadonlySet<string> = new Set(['bind', 'call', 'apply']);
