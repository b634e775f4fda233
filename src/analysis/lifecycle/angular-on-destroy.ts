/**
 * What a TypeScript Angular class needs besides the `ngOnDestroy()` method itself: `OnDestroy`
 * in its `implements` clause and in the `@angular/core` import. Idempotent: nothing is added
 * twice.
 */
import type { Class, Program } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import type { TextEdit } from '../../core/finding';
import { addImport } from '../edits/add-import';
import type { EditContext } from '../edits/statement-edits';

export function buildAngularOnDestroyEdits(classPath: NodePath<Class>, program: Program, ctx: EditContext): TextEdit[] | null {
  if (ctx.language === 'js') return [];
  const node = classPath.node;
  const implemented = node.implements ?? [];
  const alreadyImplements = implemented.some(
    (clause) => clause.type === 'TSExpressionWithTypeArguments' && clause.expression.type === 'Identifier' && clause.expression.name === 'OnDestroy',
  );
  if (alreadyImplements) return [];
  const imported = addImport({ program, source: ctx.source, style: ctx.style, filename: ctx.filename }, { module: '@angular/core', name: 'OnDestroy', type: true });
  const edits = [...imported.edits];
  const last = implemented[implemented.length - 1];
  if (last) {
    // Case: `implements OnInit` -> `implements OnInit, OnDestroy`
    edits.push({ start: last.end!, end: last.end!, text: `, ${imported.local}` });
  } else {
    // Case: `class A extends B<T>` / `class A<T>` / `class A` -> `... implements OnDestroy`
    const after = node.superTypeParameters ?? node.superClass ?? node.typeParameters ?? node.id;
    if (!after) return null;
    edits.push({ start: after.end!, end: after.end!, text: ` implements ${imported.local}` });
  }
  return edits;
}
