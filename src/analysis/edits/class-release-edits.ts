/**
 * Edits that put release statements into a class's release method — appended to an existing
 * one (`componentWillUnmount`, `ngOnDestroy`, `disconnectedCallback`, `dispose`, ...), or a new
 * method written after the member that acquires (calling `super.disconnectedCallback()` first
 * for Lit and other bases that have one, with `override` where the class uses it) — and the
 * field declaration a handle moves into.
 */
import type { ArrowFunctionExpression, ClassBody, ClassMethod, ClassProperty, Node } from '@babel/types';
import type { TextEdit } from '../../core/finding';
import { getClassMemberName, type ClassOwner } from '../lifecycle/class-owner';
import { unwrapExpression } from '../syntax/expressions';
import { appendStatementsToBlock, convertExpressionBody, fitToWidth, formatBlock, getStatementEnd, getStatementStart, indentText, type EditContext } from './statement-edits';
import { openParameters } from '../../core/code-style';

/** Appends to an existing method or function-valued property. */
function extendMember(member: ClassMethod | ClassProperty, statements: readonly string[], ctx: EditContext): TextEdit | null {
  if (member.type === 'ClassMethod') return member.body.body ? appendStatementsToBlock(member.body, statements, ctx) : null;
  const value = member.value ? unwrapExpression(member.value) : null;
  if (!value || (value.type !== 'ArrowFunctionExpression' && value.type !== 'FunctionExpression') || value.async) return null;
  if (value.body.type === 'BlockStatement') return appendStatementsToBlock(value.body, statements, ctx);
  return convertExpressionBody(value as ArrowFunctionExpression, statements, ctx);
}

export interface ClassReleaseRequest {
  owner: ClassOwner;
  /** The member that acquires: a new release method goes after it (or after the last member for fields). */
  acquiringMember: Node;
  statements: readonly string[];
  /** Return type annotation for a created method in TypeScript (`: void`), or empty. */
  returnType?: string;
}

export function buildClassReleaseEdits({ owner, acquiringMember, statements, returnType = '' }: ClassReleaseRequest, ctx: EditContext): TextEdit[] | null {
  if (owner.existingRelease) {
    const edit = extendMember(owner.existingRelease.node, statements, ctx);
    return edit ? [edit] : null;
  }
  const body = owner.classPath.node.body as ClassBody;
  // The new method goes after the owner's acquire hook (`componentDidMount`, `ngOnInit`,
  // `connectedCallback`), else after the acquiring method, else at the end of the class.
  const lifecycle = owner.acquireMembers
    ? [...body.body].reverse().find((member) => member.type === 'ClassMethod' && owner.acquireMembers!.has(getClassMemberName(member) ?? ''))
    : undefined;
  const isMethod = acquiringMember.type === 'ClassMethod' || acquiringMember.type === 'ClassPrivateMethod';
  const anchor = lifecycle ?? (isMethod ? acquiringMember : body.body[body.body.length - 1]);
  if (!anchor) return null;
  const indent = ctx.source.indentAt(anchor.start!);
  const superCall = owner.superRelease ? [`super.${owner.releaseMethod}()`] : [];
  // With `noImplicitOverride`, a method the base class declares needs `override` (the class's own members show whether it is on).
  const overridesBase = owner.kind === 'react-class' || owner.superRelease;
  const override = owner.usesOverride && overridesBase ? 'override ' : '';
  // Written like the lifecycle method it pairs with: `connectedCallback(): void` -> `disconnectedCallback(): void`,
  // `public componentDidMount(): void` -> `public componentWillUnmount(): void`; without one, like
  // every method of the class when they all say `public` and their return type.
  const lifecycleReturnType = lifecycle?.type === 'ClassMethod' && lifecycle.returnType ? ctx.source.slice(lifecycle.returnType.start!, lifecycle.returnType.end!) : '';
  const methods = body.body.filter((member): member is ClassMethod => member.type === 'ClassMethod' && member.kind === 'method' && !member.static);
  const allMethods = (test: (method: ClassMethod) => boolean) => methods.length > 0 && methods.every(test);
  const isPublic = lifecycle?.type === 'ClassMethod' ? lifecycle.accessibility === 'public' : allMethods((method) => method.accessibility === 'public' || method.accessibility === 'private' || method.accessibility === 'protected');
  const classReturnType = !lifecycle && ctx.language !== 'js' && allMethods((method) => method.returnType != null) ? ': void' : '';
  const accessibility = isPublic ? 'public ' : '';
  const method = `${accessibility}${override}${openParameters(owner.releaseMethod, ctx.style)})${returnType || lifecycleReturnType || classReturnType} ${formatBlock([...superCall, ...statements], ctx)}`;
  const at = getStatementEnd(anchor, ctx);
  return [{ start: at, end: at, text: fitToWidth(`\n\n${indent}${indentText(method, indent)}`, ctx) }];
}

/**
 * A field declaration placed among the class's fields (buildNewFieldEdit), `member` the one that
 * uses it: `#intervalId;` in JavaScript, `private intervalId?: T;` in TypeScript.
 */
export function buildClassFieldEdit(classBody: ClassBody, member: Node, name: string, type: string | null, ctx: EditContext): TextEdit {
  const declaration = name.startsWith('#') || !type ? `${name}${type ? `?: ${type}` : ''}` : `private ${name}?: ${type}`;
  return buildNewFieldEdit(classBody, member, declaration, ctx);
}

/**
 * A new field placed among the class's fields, the way its author declares them: after the last
 * field of those that open the class body (before its constructor and methods; a property
 * holding a function counts as a method), or at the top of the body when none does (a blank line
 * after it when the class sets its members apart by blank lines) — with the file's semicolons,
 * indented like the fields, and a blank line before it when the last field stands apart by one.
 * `user` is the member whose code reads the new field: initialisers run in declaration order,
 * so a field that reads it in its own initialiser keeps the new one before it. `declaration` is
 * the field's text without the final semicolon.
 */
export function buildNewFieldEdit(classBody: ClassBody, user: Node, declaration: string, ctx: EditContext): TextEdit {
  const members = classBody.body;
  const leadingFields: Node[] = [];
  for (const member of members) {
    if (!isDataField(member)) break;
    leadingFields.push(member);
  }
  const anchor = leadingFields[leadingFields.length - 1];
  // Case: `sub = a$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe()`: before its reader
  if (leadingFields.includes(user)) return buildClassMemberEdit(user, declaration, ctx);
  // Case: no field opens the class: at the top of its body, set apart from the methods when they are set apart
  if (!anchor) return buildClassMemberEdit(members[0] ?? user, declaration, ctx, 'field', separatesMembers(members, ctx) || undefined);
  // Case: `a = 1;\n  b = 2;\n\n  constructor()` -> `…b = 2;\n  private readonly destroyRef = …;\n\n  constructor()`
  const anchorStart = Math.min(getStatementStart(anchor, ctx), getDecoratorStart(anchor));
  const indent = ctx.source.indentAt(anchorStart);
  const line = ctx.source.positionAt(anchorStart).line;
  const separator = line > 1 && ctx.source.lineText(line - 1).trim() === '' ? '\n' : '';
  const following = members[leadingFields.length];
  const next = following ? ctx.source.slice(getDecoratorStart(following), getDecoratorStart(following) + 1) : '';
  const needsSemicolon = ctx.style.semicolons || next === '[' || next === '*' || next === '(';
  const at = getStatementEnd(anchor, ctx);
  return { start: at, end: at, text: fitToWidth(`\n${separator}${indent}${indentText(declaration, indent)}${needsSemicolon ? ';' : ''}`, ctx, indent) };
}

/** A field that holds data (`a = 1`, `@Input() b!: T`, `#c`), not a function written as a property. */
function isDataField(member: Node): boolean {
  if (member.type === 'TSIndexSignature') return true;
  if (member.type !== 'ClassProperty' && member.type !== 'ClassPrivateProperty' && member.type !== 'ClassAccessorProperty') return false;
  const value = member.value ? unwrapExpression(member.value) : null;
  return value?.type !== 'ArrowFunctionExpression' && value?.type !== 'FunctionExpression';
}

/** Some members of the class stand apart by a blank line (its comments and decorators go with the member below). */
function separatesMembers(members: readonly Node[], ctx: EditContext): boolean {
  for (let i = 1; i < members.length; i++) {
    const gap = ctx.source.slice(members[i - 1]!.end!, Math.min(getStatementStart(members[i]!, ctx), getDecoratorStart(members[i]!)));
    if (/\n[ \t]*\r?\n/.test(gap)) return true;
  }
  return false;
}

function getDecoratorStart(member: Node): number {
  return (member as { decorators?: Node[] | null }).decorators?.[0]?.start ?? member.start!;
}

/**
 * A class member written before `member` (and its decorators and comments), with the file's
 * semicolons and the blank-line spacing of the class (or a blank line after it when
 * `blankLineAfter` says so): `declaration` is its text without the
 * final semicolon (`private readonly onResize = () => {...}`, or a method's whole text), lines
 * after the first indented relative to the member.
 */
export function buildClassMemberEdit(member: Node, declaration: string, ctx: EditContext, kind: 'field' | 'method' = 'field', blankLineAfter?: boolean): TextEdit {
  const start = Math.min(getStatementStart(member, ctx), getDecoratorStart(member));
  const indent = ctx.source.indentAt(start);
  const next = ctx.source.slice(start, start + 1);
  // A method ends with its `}`: no semicolon after it.
  const needsSemicolon = kind === 'field' && (ctx.style.semicolons || next === '[' || next === '*' || next === '(');
  // Members separated by blank lines get one after the new field too.
  const line = ctx.source.positionAt(start).line;
  const separator = (blankLineAfter ?? (line > 1 && ctx.source.lineText(line - 1).trim() === '')) ? '\n' : '';
  return { start, end: start, text: fitToWidth(`${indentText(declaration, indent)}${needsSemicolon ? ';' : ''}\n${separator}${indent}`, ctx, indent) };
}
