/**
 * Ends an RxJS subscription of an Angular class with the class (docs/catalog.md policy): the chain
 * gets `takeUntilDestroyed(this.destroyRef)` — in its last `.pipe(...)`, or a new
 * `.pipe(...)` before `.subscribe` — with `takeUntilDestroyed` imported from
 * `@angular/core/rxjs-interop`. Never the bare `takeUntilDestroyed()`, which needs an
 * injection context and throws NG0203 in `ngOnInit`.
 *
 * The `DestroyRef` is the class's own (`inject(DestroyRef)` field or constructor parameter);
 * a class without one gets `private readonly destroyRef = inject(DestroyRef)` (a field
 * initialiser runs in the injection context) when the project is on Angular 16 or later: the
 * project's `@angular/core` major (`RuntimeTarget.angularMajor`, read by the engine) decides;
 * when it is unknown, the file must show it (it already imports `DestroyRef`,
 * `@angular/core/rxjs-interop`, or an API of that era: `signal`, `input`, `viewChild`, ...).
 * Otherwise: `null`, and the caller releases in `ngOnDestroy`.
 *
 * Completing a chain runs its `complete` callback, which unsubscribing does not: a
 * subscription with a `complete` handler (or an observer this code cannot see into) gets
 * `null` too.
 */
import type { CallExpression, Node, Program } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import type { TextEdit } from '../../src/core/finding';
import { addImport, addImports } from '../../src/analysis/edits/add-import';
import { buildNewFieldEdit } from '../../src/analysis/edits/class-release-edits';
import { getClassMemberName } from '../../src/analysis/lifecycle/class-owner';
import { findObjectProperty, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findImportedNames } from '../../src/analysis/syntax/module-reference';
import type { ClassOwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { findBinding } from '../../src/analysis/syntax/scope';
import type { EditContext } from '../../src/analysis/edits/statement-edits';
import { getUniqueMemberName } from '../../src/analysis/edits/unique-member-name';

export interface TakeUntilDestroyedRequest {
  /** The `x.subscribe(...)` call. */
  subscribe: NodePath<CallExpression>;
  classOwner: ClassOwnerScope;
  /** Names taken by other fixes of this pass, per class node. */
  reserved: (scope: Node) => Set<string>;
  /** The project's `@angular/core` major (`RuntimeTarget.angularMajor`), when known. */
  angularMajor?: number | undefined;
}

/** A function, as far as this file shows: a function expression, a function binding, a method of the class. */
function isFunction(argument: Node, at: NodePath, classOwner: ClassOwnerScope): boolean {
  const node = unwrapExpression(argument);
  if (node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression') return true;
  // Case: `subscribe(render)` with `function render() {}` or `const render = () => {}`
  if (node.type === 'Identifier') {
    const declaration = findBinding(at, node.name)?.declaration;
    if (declaration?.type === 'FunctionDeclaration') return true;
    const init = declaration?.type === 'VariableDeclarator' && declaration.init ? unwrapExpression(declaration.init) : null;
    return init?.type === 'ArrowFunctionExpression' || init?.type === 'FunctionExpression';
  }
  // Case: `subscribe(this.render)` with a method `render() {}`
  if (node.type === 'MemberExpression' && node.object.type === 'ThisExpression') {
    const name = getPropertyName(node);
    return classOwner.classPath.node.body.body.some((member) => member.type === 'ClassMethod' && getClassMemberName(member) === name);
  }
  return false;
}

/** The subscriber has no `complete` callback: completing the chain calls nothing more than unsubscribing. */
function hasNoCompleteCallback(subscribe: NodePath<CallExpression>, classOwner: ClassOwnerScope): boolean {
  const [first, ...rest] = subscribe.node.arguments;
  if (!first) return true;
  const observer = unwrapExpression(first);
  // Case: `subscribe({ next, error })`
  if (observer.type === 'ObjectExpression') return rest.length === 0 && !observer.properties.some((p) => p.type === 'SpreadElement') && !findObjectProperty(observer, 'complete');
  // Case: `subscribe(next)`, `subscribe(next, error)`; a third argument is `complete`.
  return rest.length <= 1 && isFunction(first, subscribe, classOwner);
}

/** Where `.subscribe` starts (its `.` or `?.`), so a `.pipe(...)` can go right before it. */
function getMemberDotStart(ctx: EditContext, propertyStart: number): number {
  let at = propertyStart;
  while (at > 0 && /\s/.test(ctx.source.text[at - 1]!)) at--;
  if (ctx.source.text[at - 1] === '.') at--;
  if (ctx.source.text[at - 1] === '?') at--;
  return at;
}

/** `@angular/core` exports that came with Angular 16 or later: a file importing one can use `DestroyRef`. */
const ANGULAR_16_APIS = ['DestroyRef', 'signal', 'computed', 'effect', 'input', 'output', 'model', 'viewChild', 'viewChildren', 'contentChild', 'contentChildren', 'afterNextRender', 'afterRender'];

function importsModule(program: Program, module: string, name?: string): boolean {
  return name ? findImportedNames(program, module, name).length > 0 : program.body.some((statement) => statement.type === 'ImportDeclaration' && statement.source.value === module);
}

/** The project (when its version is known) or else the file is on Angular 16 or later. */
function hasAngular16(program: Program, angularMajor: number | undefined): boolean {
  if (angularMajor !== undefined) return angularMajor >= 16;
  return importsModule(program, '@angular/core/rxjs-interop') || ANGULAR_16_APIS.some((name) => importsModule(program, '@angular/core', name));
}

/**
 * The `destroyRef` member a pass has named for a class (its AST is new each pass). Every fix in
 * the class takes the same name: the fixes are applied in source order and their import edits
 * overlap, so the first applied is not always the first named, and a name per fix came out as
 * `destroyRef2` on a class with no `destroyRef` (PeerTube's video-edit component, `--unsafe`).
 */
const namedDestroyRefs = new WeakMap<Node, string>();

export function buildTakeUntilDestroyedEdits({ subscribe, classOwner, reserved, angularMajor }: TakeUntilDestroyedRequest, ctx: EditContext): TextEdit[] | null {
  const call = subscribe.node;
  if (!hasNoCompleteCallback(subscribe, classOwner) || !classOwner.thisIsInstance) return null;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return null;
  const program = ctx.ast.program;
  const importContext = { program, source: ctx.source, style: ctx.style, filename: ctx.filename };
  const edits: TextEdit[] = [];
  let destroyRef = classOwner.destroyRef;
  if (!destroyRef) {
    // Angular 16+ only: `DestroyRef` and `takeUntilDestroyed` came together (so did signals).
    if (!hasAngular16(program, angularMajor)) return null;
    const core = addImports(importContext, '@angular/core', [{ name: 'DestroyRef' }, { name: 'inject' }]);
    const classNode = classOwner.classPath.node;
    destroyRef = namedDestroyRefs.get(classNode) ?? getUniqueMemberName({ classPath: classOwner.classPath, base: 'destroyRef', isPrivate: ctx.language === 'js', reserved });
    if (!destroyRef) return null;
    namedDestroyRefs.set(classNode, destroyRef);
    const field = ctx.language === 'js' ? `${destroyRef} = ${core.locals[1]}(${core.locals[0]})` : `private readonly ${destroyRef} = ${core.locals[1]}(${core.locals[0]})`;
    edits.push(...core.edits, buildNewFieldEdit(classOwner.classPath.node.body, classOwner.member.node, field, ctx));
  }
  const operator = addImport(importContext, { module: '@angular/core/rxjs-interop', name: 'takeUntilDestroyed' });
  edits.push(...operator.edits);
  const take = `${operator.local}(this.${destroyRef})`;
  const source = unwrapExpression(callee.object);
  const sourceCallee = source.type === 'CallExpression' ? unwrapExpression(source.callee) : null;
  if (source.type === 'CallExpression' && sourceCallee && (sourceCallee.type === 'MemberExpression' || sourceCallee.type === 'OptionalMemberExpression') && getPropertyName(sourceCallee) === 'pipe') {
    // Case: `a$.pipe(map(f)).subscribe(...)` -> `a$.pipe(map(f), takeUntilDestroyed(this.destroyRef))`
    const last = source.arguments[source.arguments.length - 1];
    edits.push(last ? { start: last.end!, end: last.end!, text: `, ${take}` } : { start: source.end! - 1, end: source.end! - 1, text: take });
  } else {
    // Case: `a$.subscribe(...)` -> `a$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(...)`
    const at = getMemberDotStart(ctx, callee.property.start!);
    edits.push({ start: at, end: at, text: `.pipe(${take})` });
  }
  return edits;
}
