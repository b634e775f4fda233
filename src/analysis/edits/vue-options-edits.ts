/**
 * Edits to a Vue Options-API component's options object: a new member placed among the
 * others with the object's commas and blank-line spacing, and release statements written into
 * the component's release hook — appended to an existing `beforeUnmount() {}` /
 * `beforeUnmount: function () {}` / `beforeUnmount: () => {}` (see vue-options-owner.ts for
 * when an arrow may take them), or a new hook placed after the lifecycle hooks that run
 * before it (`deactivated` right after `activated`).
 */
import type { ArrowFunctionExpression, Node, ObjectExpression } from '@babel/types';
import type { TextEdit } from '../../core/finding';
import { unwrapExpression } from '../syntax/expressions';
import { appendStatementsToBlock, convertExpressionBody, fitToWidth, formatBlock, getStatementStart, indentText, type EditContext } from './statement-edits';
import { findLineEndAfter, skipTrivia } from '../syntax/trivia';
import { getOptionsMemberFunction, getOptionsMemberName } from '../lifecycle/vue-options-component';
import type { VueOptionsOwner } from '../lifecycle/vue-options-owner';
import { openParameters } from '../../core/code-style';

/** Hooks that run before the unmount hooks: a new `beforeUnmount` / `beforeDestroy` goes after the last of them. */
const HOOKS_BEFORE_UNMOUNT = new Set(['beforeCreate', 'created', 'beforeMount', 'mounted', 'beforeUpdate', 'updated', 'activated', 'deactivated']);

/** A blank line separates the members around `member` (before it, or after it). */
function usesBlankLines(object: ObjectExpression, member: Node, ctx: EditContext): boolean {
  const line = ctx.source.positionAt(getStatementStart(member, ctx)).line;
  if (line > 1 && ctx.source.lineText(line - 1).trim() === '' && object.properties.indexOf(member as never) > 0) return true;
  const next = object.properties[object.properties.indexOf(member as never) + 1];
  if (!next) return false;
  const nextLine = ctx.source.positionAt(getStatementStart(next, ctx)).line;
  return nextLine > 1 && ctx.source.lineText(nextLine - 1).trim() === '';
}

/**
 * Inserts `text` (a member without its comma; lines after the first indented relative to the
 * first) as a new member of `object` right after `after` (the last member when `null`).
 */
export function insertOptionsMemberAfter(object: ObjectExpression, after: Node | null, text: string, ctx: EditContext): TextEdit[] {
  const anchor = after ?? object.properties[object.properties.length - 1];
  const source = ctx.source;
  // Case: `{}` -> `{\n  text,\n}`
  if (!anchor) {
    const indent = source.indentAt(object.start!);
    const inner = indent + ctx.style.indentUnit;
    return [{ start: object.start!, end: object.end!, text: `{\n${fitToWidth(`${inner}${indentText(text, inner)}${ctx.style.trailingComma ? ',' : ''}`, ctx)}\n${indent}}` }];
  }
  const indent = source.indentAt(anchor.start!);
  const member = fitToWidth(`${indent}${indentText(text, indent)}`, ctx).slice(indent.length);
  const separator = usesBlankLines(object, anchor, ctx) ? '\n' : '';
  const close = object.end! - 1;
  const afterAnchor = skipTrivia(source.text, anchor.end!, close);
  // Case: `mounted() {},` -> a new line after the comma (and after a comment on that line)
  if (source.text[afterAnchor] === ',') {
    const at = findLineEndAfter(source, afterAnchor + 1) ?? afterAnchor + 1;
    return [{ start: at, end: at, text: `\n${separator}${indent}${member},` }];
  }
  // Case: `{ a() {} }` on one line: `, text` after the last member.
  if (source.positionAt(close).line === source.positionAt(anchor.end!).line) return [{ start: anchor.end!, end: anchor.end!, text: `, ${member}` }];
  // Case: the last member without a trailing comma: the comma goes right after it.
  const at = findLineEndAfter(source, anchor.end!) ?? anchor.end!;
  if (at === anchor.end!) return [{ start: at, end: at, text: `,\n${separator}${indent}${member}` }];
  return [
    { start: anchor.end!, end: anchor.end!, text: ',' },
    { start: at, end: at, text: `\n${separator}${indent}${member}` },
  ];
}

/** Inserts `text` as a new member of `object` right before `before` (and its own-line comments). */
export function insertOptionsMemberBefore(object: ObjectExpression, before: Node, text: string, ctx: EditContext): TextEdit[] {
  const at = getStatementStart(before, ctx);
  const indent = ctx.source.indentAt(at);
  // Case: `{ mounted() {} }` on one line: `text, ` in front of the member.
  if (ctx.source.slice(ctx.source.lineStart(ctx.source.positionAt(at).line), at).trim() !== '') return [{ start: at, end: at, text: `${fitToWidth(indentText(text, indent), ctx, ctx.source.slice(ctx.source.lineStart(ctx.source.positionAt(at).line), at))}, ` }];
  const separator = usesBlankLines(object, before, ctx) ? '\n' : '';
  return [{ start: at, end: at, text: `${fitToWidth(indentText(text, indent), ctx, indent)},\n${separator}${indent}` }];
}

/** Where a new release hook goes: after the last hook that runs before it, else after the acquiring hook. */
function getReleaseAnchor(vue: VueOptionsOwner): Node {
  const object = vue.component.object.node;
  if (vue.release.hook === 'deactivated') return vue.hook.node;
  const hooks = object.properties.filter((member) => HOOKS_BEFORE_UNMOUNT.has(getOptionsMemberName(member) ?? '') && getOptionsMemberFunction(member));
  return hooks[hooks.length - 1] ?? vue.hook.node;
}

/** `: void` when the acquiring hook is written `mounted(): void`, so the pair looks alike. */
function getHookReturnType(vue: VueOptionsOwner, ctx: EditContext): string {
  const fn = getOptionsMemberFunction(vue.hook.node) as { returnType?: Node | null } | null;
  return fn?.returnType ? ctx.source.slice(fn.returnType.start!, fn.returnType.end!) : '';
}

/** Appends to an existing release hook (a method, a `function` or an arrow property). */
function extendReleaseHook(member: Node, statements: readonly string[], ctx: EditContext): TextEdit | null {
  const fn = getOptionsMemberFunction(member);
  if (!fn || (fn.type !== 'ObjectMethod' && fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression')) return null;
  // Statements after an `await` would run only once it settles (Vue does not wait for hooks).
  if (fn.async || fn.generator) return null;
  if (fn.body.type === 'BlockStatement') return appendStatementsToBlock(fn.body, statements, ctx);
  return convertExpressionBody(fn as ArrowFunctionExpression, statements, ctx);
}

/** Edits that put `statements` into the component's release hook, creating it when missing. */
export function buildOptionsReleaseEdits(vue: VueOptionsOwner, statements: readonly string[], ctx: EditContext): TextEdit[] | null {
  const { release } = vue;
  if (release.existing) {
    // Case: `beforeUnmount: () => { ... }`: `this` there is not the instance.
    if (release.existingIsArrow && statements.some((statement) => /\bthis\b/.test(statement))) return null;
    const edit = extendReleaseHook(release.existing.node, statements, ctx);
    return edit ? [edit] : null;
  }
  const object = vue.component.object.node;
  const hook = `${openParameters(release.hook, ctx.style)})${getHookReturnType(vue, ctx)} ${formatBlock(statements, ctx)}`;
  return insertOptionsMemberAfter(object, getReleaseAnchor(vue), hook, ctx);
}

/** The object literal a member's value is (`methods: { ... }`), or `null`. */
export function getObjectValue(member: Node | null | undefined): ObjectExpression | null {
  if (!member || member.type !== 'ObjectProperty') return null;
  const value = unwrapExpression(member.value);
  return value.type === 'ObjectExpression' ? value : null;
}
