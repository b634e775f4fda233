/**
 * A subscription to an RxJS combination of sources that each need no release by themselves:
 * `merge(this.sort.sortChange, this.paginator.page).pipe(tap(load)).subscribe()` with
 * `@ViewChild(MatSort) sort` and `@ViewChild(MatPaginator) paginator` (the Angular Material
 * data-table recipe), or `combineLatest([this.form.get('a').valueChanges, this.form.get('b')
 * .valueChanges])` of a form the class made. `merge` / `combineLatest` / `zip` / `race` /
 * `concat` / `forkJoin` subscribe to each source and hold nothing else: when every source
 * is an output of a child in the class's own view, a subject or form the class made and keeps,
 * or an observable that completes on its own, the combination goes with them, as a direct
 * subscription to any one of them would.
 *
 * Only a combination imported from `rxjs`, every source written in place (no spread), piped
 * through plain operators that subscribe to nothing else; one source that is not so (an
 * injected service's stream, an `@Input` form) keeps it a finding. An array variable the
 * function fills itself counts as written in place: `const apis = [save(model)];
 * apis.push(upload(cover)); forkJoin(apis)` has the sources of its initialiser and of its
 * `push(…)` statements, when the variable is used for nothing else (handed on, reassigned or
 * filled another way, other code could add to it: it stays a finding).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import { findAncestorPath, unwrapPath } from '../../src/core/node-helpers';
import { findBindingReferences } from '../../src/analysis/syntax/binding-references';
import { findDescendantPath } from '../../src/analysis/syntax/descendants';
import { findBinding } from '../../src/analysis/syntax/scope';
import { isPlainPipe } from './owner-made-source';

const COMBINING = new Set(['merge', 'combineLatest', 'zip', 'race', 'concat', 'forkJoin']);

/** The combination's sources as paths: its arguments, or the items of one array or object argument; `null` when one is not written in place. */
function getSourcePaths(call: NodePath): NodePath[] | null {
  const args = (call.node as { arguments: Node[] }).arguments;
  const sources: NodePath[] = [];
  for (let i = 0; i < args.length; i++) {
    const argument = call.child(args[i]!, 'arguments', i);
    const value = unwrapPath(argument);
    if (value.node.type === 'SpreadElement') return null;
    if (value.node.type === 'ArrayExpression') {
      const elements = value.node.elements;
      for (let j = 0; j < elements.length; j++) {
        const element = elements[j];
        if (!element || element.type === 'SpreadElement') return null;
        sources.push(value.child(element, 'elements', j));
      }
      continue;
    }
    if (value.node.type === 'ObjectExpression') {
      const properties = value.node.properties;
      for (let j = 0; j < properties.length; j++) {
        const property = properties[j]!;
        if (property.type !== 'ObjectProperty') return null;
        sources.push(value.child(property, 'properties', j).child(property.value as Node, 'value'));
      }
      continue;
    }
    // Case: `forkJoin(apis)` of `const apis = [save(model)]; apis.push(upload(cover));`
    if (value.node.type === 'Identifier' && args.length === 1) {
      const filled = getFilledArraySources(value);
      if (filled) {
        sources.push(...filled);
        continue;
      }
    }
    sources.push(argument);
  }
  return sources;
}

/**
 * The items of a local array variable that only its initialiser and `name.push(…)` statements
 * fill (`const apis = []; … apis.push(this.upload(cover)); forkJoin(apis)`), its one other use
 * being `reference` itself; `null` when it is anything else, or used any other way (handed on,
 * reassigned, spliced, indexed, spread: then other code may put other sources in it).
 */
function getFilledArraySources(reference: NodePath): NodePath[] | null {
  const name = (reference.node as { name: string }).name;
  const binding = findBinding(reference, name);
  const declaration = binding?.declaration;
  if (!binding || (binding.kind !== 'const' && binding.kind !== 'let') || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier) return null;
  const init = declaration.init ? unwrapExpression(declaration.init) : null;
  if (init?.type !== 'ArrayExpression') return null;
  const scope = findAncestorPath(reference, binding.scope);
  const initPath = scope ? findDescendantPath(scope, init) : null;
  if (!initPath) return null;
  const items: NodePath[] = [];
  for (let j = 0; j < init.elements.length; j++) {
    const element = init.elements[j];
    if (!element || element.type === 'SpreadElement') return null;
    items.push(initPath.child(element, 'elements', j));
  }
  for (const use of findBindingReferences(reference, binding)) {
    if (use.node === reference.node) continue;
    // Case: `apis.push(request);` as a statement: each argument is one more source.
    const member = use.parentPath;
    const call = member?.parentPath;
    if (!member || !call || member.node.type !== 'MemberExpression' || use.key !== 'object' || getPropertyName(member.node) !== 'push') return null;
    if (call.node.type !== 'CallExpression' || member.key !== 'callee' || call.parent?.type !== 'ExpressionStatement') return null;
    const pushed = call.node.arguments;
    for (let j = 0; j < pushed.length; j++) {
      const item = pushed[j]!;
      if (item.type === 'SpreadElement') return null;
      items.push(call.child(item, 'arguments', j));
    }
  }
  return items;
}

/**
 * Whether `source` (what `.subscribe` is called on) is an rxjs combination, after plain pipes,
 * whose every source `isReleaseFree` accepts.
 */
export function isCombinationOfReleaseFreeSources(source: NodePath, isReleaseFree: (part: NodePath) => boolean): boolean {
  let path = unwrapPath(source);
  for (;;) {
    const node = path.node;
    if (node.type !== 'CallExpression') return false;
    const callee = unwrapExpression(node.callee);
    // Case: `merge(a, b).pipe(tap(load))`: plain operators only.
    if (callee.type === 'MemberExpression' && getPropertyName(callee) === 'pipe') {
      if (!isPlainPipe(path)) return false;
      const calleePath = unwrapPath(path.child(node.callee, 'callee'));
      path = unwrapPath(calleePath.child((calleePath.node as { object: Node }).object, 'object'));
      continue;
    }
    if (callee.type !== 'Identifier') return false;
    const reference = resolveModuleReference(path, callee.name);
    if (!reference || reference.source !== 'rxjs' || !COMBINING.has(reference.imported)) return false;
    const sources = getSourcePaths(path);
    return sources !== null && sources.length > 0 && sources.every(isReleaseFree);
  }
}
