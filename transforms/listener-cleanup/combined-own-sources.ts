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
 * Only a combination imported from `rxjs`, every source written in place (no spread, no array
 * variable), piped through plain operators that subscribe to nothing else; one source that is
 * not so (an injected service's stream, an `@Input` form) keeps it a finding.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import { unwrapPath } from '../../src/core/node-helpers';
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
    sources.push(argument);
  }
  return sources;
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
