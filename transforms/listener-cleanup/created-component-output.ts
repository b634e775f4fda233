/**
 * An output of a component instance the code itself just created: `child.onSaved.subscribe(…)`
 * where `child` is what a call handed a component class returned — `const [modal, child] = await
 * this.modalService.openViewRef(ExportComponent, this.exportRef)`, `const comp = await
 * this.openModal(this.yubikeyRef, YubiKeyComponent)` — or the `instance` of a component
 * reference such a call made (`const ref = this.container.createComponent(ChildComponent);
 * ref.instance.closed.subscribe(…)`). The component's emitter holds the subscription, and the
 * component goes when its modal or view is destroyed: the subscription goes with it (policy: *an
 * object the owner creates ... dies with it*). Bitwarden's desktop and web vaults subscribe to
 * the outputs of each modal they open this way (17 findings).
 *
 * Only when the component stays with the code: the variable is a `const` every use of which
 * reads a member of it (`child.onSaved`, `ref.instance`) — not handed to a call, stored,
 * returned or assigned — and the class given is named as a component (`…Component`, Angular's
 * naming). Only one step from the instance, and not a `$`-suffixed stream (a service's
 * observable the child only passes on outlives it), as for an output of a view child
 * (view-child-output.ts); piped only through operators that keep completion.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { unwrapPath } from '../../src/core/node-helpers';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { stripPipes } from '../../src/analysis/lifecycle/angular-http-request';
import { findBinding, type Binding } from '../../src/analysis/syntax/scope';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';

const COMPONENT_CLASS = /^[A-Z]\w*Component$/;

const isMember = (node: Node): node is Node & { type: 'MemberExpression' | 'OptionalMemberExpression'; object: Node; computed: boolean } =>
  node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression';

export function isCreatedComponentOutput(source: NodePath): boolean {
  const at = unwrapPath(source);
  const root = stripPipes(at.node, true);
  if (!root || !isMember(root) || root.computed) return false;
  const output = getPropertyName(root);
  if (output === null || output.endsWith('$')) return false;
  let instance = unwrapExpression(root.object);
  // Case: `ref.instance.closed` of `const ref = vcr.createComponent(ChildComponent)`
  let viaReference = false;
  if (isMember(instance) && !instance.computed && getPropertyName(instance) === 'instance') {
    instance = unwrapExpression(instance.object);
    viaReference = true;
  }
  if (instance.type !== 'Identifier') return false;
  const binding = findBinding(at, instance.name);
  if (!binding || binding.kind !== 'const' || binding.declaration.type !== 'VariableDeclarator') return false;
  const init = binding.declaration.init;
  if (!init || !isComponentCreation(init)) return false;
  // `const ref = createComponent(C)`: the reference itself; `const [modal, child] = …`: an element of what it returned
  const id = binding.declaration.id;
  if (viaReference ? id !== binding.identifier : id !== binding.identifier && id.type !== 'ArrayPattern') return false;
  return staysHere(at, binding);
}

/** `await? <call>(…, SomeComponent, …)`: a call handed a component class. */
function isComponentCreation(init: Node): boolean {
  let node = unwrapExpression(init);
  if (node.type === 'AwaitExpression') node = unwrapExpression(node.argument);
  if (node.type !== 'CallExpression') return false;
  return node.arguments.some((argument) => argument.type === 'Identifier' && COMPONENT_CLASS.test(argument.name));
}

/** Every use of the variable reads a member of it: nothing hands the component out. */
function staysHere(at: NodePath, binding: Binding): boolean {
  const references = findBindingReferences(at, binding);
  return references.length > 0 && references.every((reference) => {
    const parent = reference.parentPath?.node;
    return parent !== undefined && isMember(parent) && parent.object === reference.node;
  });
}
