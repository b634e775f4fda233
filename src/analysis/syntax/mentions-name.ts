/**
 * Whether a name is read as a value inside a piece of code — not as a member name (`x.name`) or
 * a property key (`{ name: 1 }`), but as the shorthand `{ name }`; types are not looked at. One
 * answer for the rules that ask "does this test, callback or block use that binding"
 * (unsettled-promise's `resolve` / `reject`, timer-cleanup's module-level handle tested as a flag).
 */
import type { Node } from '@babel/types';
import { forEachNode } from '../../core/traverse';

/** Whether `name` is read as a value anywhere inside `root` (not as a property key or member name). */
export function mentionsName(root: Node, name: string): boolean {
  let found = false;
  forEachNode(root, (node, parent, key) => {
    if (found) return false;
    if (key === 'typeAnnotation' || key === 'typeParameters' || key === 'returnType') return false;
    if (node.type !== 'Identifier' || node.name !== name) return undefined;
    if (parent && (parent.type === 'MemberExpression' || parent.type === 'OptionalMemberExpression') && key === 'property' && !parent.computed) return undefined;
    if (parent && (parent.type === 'ObjectProperty' || parent.type === 'ObjectMethod') && key === 'key' && !parent.computed) {
      // Case: `{ resolve }` shorthand still reads it
      if (!(parent.type === 'ObjectProperty' && parent.shorthand)) return undefined;
    }
    found = true;
    return false;
  });
  return found;
}
