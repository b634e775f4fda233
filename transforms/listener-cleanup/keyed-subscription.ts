/**
 * A subscription a hub names by a key the code hands in, and that the code ends by that key:
 * `U.Subscription.subscribe({ subId, filters, … }, done)` with `U.Subscription.destroyList([ subId ])`
 * (a desktop app's middleware subscriptions: the call hands nothing back, the callback is its one
 * reply, a second subscribe with the same key replaces the first). What ends it is a call on the
 * same object, named like an end (`destroy…`, `unsubscribe…`, `remove…`, `close…`, `clear…`,
 * `stop…`, `cancel…`, `dispose…`, `delete…`, `end…`), that passes the same key — the same
 * variable, or the same member chain (`J.Constant.subId.library`, `subId.current`) — or an array
 * literal holding it. The key is an option whose value is a variable of the option's own name
 * (`{ subId }`), a `const` of a literal, or a member chain: a variable under another name (`{ subId: otherId, limit: n }`)
 * is data, and an end passing it (`hub.clear(n)`) ends no subscription of this call.
 *
 * The call is a statement of its own (its result dropped), its first argument an object of plain
 * data, and at most one more argument (its callback). The rule skips the subscription when one of
 * those ends runs in a component's teardown (an effect's cleanup, `onDestroy`), and keeps it at
 * low confidence when the file ends it only elsewhere (before subscribing again).
 */
import type { CallExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { forEachDescendant } from '../../src/analysis/syntax/descendants';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';

/** An end verb alone, or with what it ends (`destroyList`, `removeById`): not `clearCache(userId)`, which ends no subscription. */
const END_NAME = /^(destroy|unsubscribe|remove|close|clear|stop|cancel|dispose|delete|end)(List|All|Many|Subscriptions?|Subs?|Listeners?|Keys?|Ids?|By[A-Z][A-Za-z]*)?$/;

/** The calls that end the keyed subscription `subscribe` makes, or `null` when it is not one (or the file ends it nowhere). */
export function findKeyedSubscriptionEnds(subscribe: NodePath, source: string): NodePath<CallExpression>[] | null {
  const node = subscribe.node;
  if (node.type !== 'CallExpression' || subscribe.parentPath?.node.type !== 'ExpressionStatement') return null;
  const callee = unwrapExpression(node.callee);
  if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'subscribe') return null;
  const [options, ...rest] = node.arguments;
  if (!options || options.type !== 'ObjectExpression' || rest.length > 1) return null;
  // The keys: an option's value that names the subscription as the option does — a name the same
  // as the option's (`subId`, `subId: subId`), a `const` of a literal (`subId: SUB_ID_CHECK`), or a
  // member chain (`subId: this.subId`, `subId: J.Constant.subId.library`). A variable under another option's name (`limit: n`,
  // `subId: otherId`) is data handed to the hub, not the key the end passes.
  const keys: NodePath[] = [];
  const optionsPath = subscribe.child(options, 'arguments', 0);
  options.properties.forEach((property, i) => {
    if (property.type !== 'ObjectProperty' || property.computed) return;
    const value = unwrapExpression(property.value as Node);
    const optionName = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : null;
    if ((value.type === 'Identifier' && (value.name === optionName || isConstantKey(optionsPath, value.name))) || isMemberChain(value)) keys.push(optionsPath.child(property, 'properties', i).child(property.value as Node, 'value'));
  });
  if (keys.length === 0) return null;
  const text = (path: NodePath | Node): string => {
    const n = 'node' in path ? path.node : path;
    return source.slice(n.start!, n.end!).replace(/\s+/g, '');
  };
  const receiver = text(callee.object);
  let program: NodePath = subscribe;
  while (program.parentPath) program = program.parentPath;
  const ends: NodePath<CallExpression>[] = [];
  forEachDescendant(program, (path) => {
    const call = path.node;
    if (call.type !== 'CallExpression' || call === node) return undefined;
    const end = unwrapExpression(call.callee);
    if (end.type !== 'MemberExpression' || !END_NAME.test(getPropertyName(end) ?? '') || text(end.object) !== receiver) return undefined;
    const passed = call.arguments.flatMap((argument, i) => {
      const value = unwrapExpression(argument);
      const at = path.child(argument, 'arguments', i);
      if (value.type !== 'ArrayExpression') return [at];
      return (argument.type === 'ArrayExpression' ? argument.elements : []).flatMap((element, j) => (element && element.type !== 'SpreadElement' ? [at.child(element, 'elements', j)] : []));
    });
    if (passed.some((argument) => keys.some((key) => isSameKey(key, argument, text)))) ends.push(path as NodePath<CallExpression>);
    return undefined;
  });
  return ends.length > 0 ? ends : null;
}

/** `const SUB_ID_CHECK = 'check'`: a name bound to a literal, a fixed key. */
function isConstantKey(at: NodePath, name: string): boolean {
  const binding = findBinding(at, name);
  const declaration = binding?.declaration;
  if (binding?.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return false;
  const init = unwrapExpression(declaration.init);
  return init.type === 'StringLiteral' || init.type === 'NumericLiteral' || (init.type === 'TemplateLiteral' && init.expressions.length === 0);
}

/** `a.b.c`, `this.x`, `ref.current`: a chain of plain member reads on a name or `this`. */
function isMemberChain(node: Node): boolean {
  let current = node;
  while (current.type === 'MemberExpression' && !current.computed) current = current.object;
  return current !== node && (current.type === 'Identifier' || current.type === 'ThisExpression');
}

/** The same variable (one binding, or two `const`s set from the same text), or the same member chain. */
function isSameKey(key: NodePath, other: NodePath, text: (path: NodePath | Node) => string): boolean {
  const a = unwrapExpression(key.node);
  const b = unwrapExpression(other.node);
  if (text(a) !== text(b)) return false;
  const root = (n: Node): Node => (n.type === 'MemberExpression' ? root(n.object) : n);
  const ra = root(a);
  const rb = root(b);
  if (ra.type === 'ThisExpression' || rb.type === 'ThisExpression') return ra.type === rb.type;
  if (ra.type !== 'Identifier' || rb.type !== 'Identifier') return false;
  const first = findBinding(key, ra.name);
  const second = findBinding(other, rb.name);
  if (!first || !second) return first === second;
  if (first.identifier === second.identifier) return true;
  // Case: `const subId = getSubId();` in the loader and in the cleanup: the same key, read again.
  const init = (binding: typeof first): Node | null => (binding.kind === 'const' && binding.declaration.type === 'VariableDeclarator' && binding.declaration.id === binding.identifier ? (binding.declaration.init ?? null) : null);
  const ia = init(first);
  const ib = init(second);
  return ia !== null && ib !== null && text(ia) === text(ib);
}
