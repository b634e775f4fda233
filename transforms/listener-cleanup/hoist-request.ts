/**
 * What a value hoist is asked and what it returns, shared by the plain, Vue class and Vue
 * Options hoists, and how each replaces the value (in its own module so that they do not import
 * each other).
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import type { TextEdit } from '../../src/core/finding';
import type { ReleasePlace } from '../../src/analysis/lifecycle/release-place';
import type { SourceText } from '../../src/core/source-text';

export interface HoistRequest {
  place: ReleasePlace;
  /** The value as written in the acquisition (a handler, a target). */
  value: NodePath;
  /** Base name of the new `const` or field (`handleResize`, `mediaQuery`). */
  baseName: string;
  /** Names taken by other fixes of this pass, per declaring scope or class node. */
  reserved: (scope: Node) => Set<string>;
  /**
   * Evaluating the value earlier, right before its statement, keeps the meaning (nothing
   * before it in the statement has side effects). Functions may always move.
   */
  movable: boolean;
  /** The type of an untyped first parameter, when the value is a function (`WindowEventMap['resize']`). */
  parameterType?: string | null;
}

export interface HoistedValue {
  /** How code at the release place reads the value: `handleResize`, `this.handleResize`. */
  text: string;
  edits: TextEdit[];
  /** In TypeScript, nothing the call typed is left for a person to check (a `function`'s own `this` is). */
  typed: boolean;
}

/**
 * The value's text replaced by the name it is kept under; the parentheses around it go too when
 * nothing but spaces is inside them (`(page.querySelector('#save') as HTMLButtonElement).on…`
 * becomes `save.on…`, not `(save).on…`).
 */
export function replaceValue(value: NodePath, text: string, source: SourceText): TextEdit {
  const node = value.node;
  const parenStart = (node.extra as { parenthesized?: boolean; parenStart?: number } | undefined)?.parenthesized ? (node.extra as { parenStart?: number }).parenStart : undefined;
  if (parenStart !== undefined && /^[\w$#.]+$/.test(text)) {
    const before = source.slice(parenStart + 1, node.start!);
    const after = /^\s*\)/.exec(source.slice(node.end!, node.end! + 200));
    if (/^\s*$/.test(before) && after) return { start: parenStart, end: node.end! + after[0].length, text };
  }
  // Case: `window\n  .matchMedia(query)\n  .removeEventListener(…)` becomes `mediaQuery.removeEventListener(…)`,
  // not `mediaQuery\n  .removeEventListener(…)`: a chain broken over lines for a long receiver joins its short name
  const parent = value.parent;
  if ((parent?.type === 'MemberExpression' || parent?.type === 'OptionalMemberExpression') && parent.object === node && !parent.computed && /^[\w$]+$/.test(text)) {
    const gap = /^\s*\n\s*(?=\??\.)/.exec(source.slice(node.end!, parent.property.start!));
    if (gap) return { start: node.start!, end: node.end! + gap[0].length, text };
  }
  return { start: node.start!, end: node.end!, text };
}
