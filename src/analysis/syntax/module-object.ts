/**
 * Whether an object literal is the module's one object, whose methods all see it as `this`: a
 * module-level `const` whose object literal the file uses as a singleton (`const HelpDialog = {
 * init() { … } }` called as `HelpDialog.init()`), so a flag on `this` in its methods is
 * module-wide (once-guard.ts), and `this.onMove` there is `HelpDialog.onMove` (listener-cleanup's
 * same-value.ts).
 */
import type { ObjectExpression } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { findBinding } from './scope';
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
