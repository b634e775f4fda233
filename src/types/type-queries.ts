/**
 * The checker's answers for one file (`TypeQueries`), over a built program. Babel nodes of the
 * rule's file are found in the TypeScript source file by their offsets, so the answers hold
 * only while the text the rule sees is the text the program read: the caller checks that.
 * No ts-morph or TypeScript type leaves this module.
 */
import path from 'node:path';
import type { Node } from '@babel/types';
import type * as TsMorph from 'ts-morph';
import type { CheckedCallSite, PromiseLikeKind, TypeQueries } from '../core/rule';
import type { TypeProgram } from './programs';

type ts = typeof TsMorph.ts;
type TsNode = TsMorph.ts.Node;
type TsType = TsMorph.ts.Type;

/**
 * Where the rule's text starts in the program's text (1 past a BOM the rule's text lacks), or
 * `null` when they are not the same text: then node offsets do not line up and no answer holds.
 */
export function programTextOffset(programText: string, text: string): number | null {
  const offset = programText.startsWith('\uFEFF') && !text.startsWith('\uFEFF') ? 1 : 0;
  return programText.length - offset === text.length && programText.endsWith(text) ? offset : null;
}

export function createTypeQueries(typed: TypeProgram, sourceFile: TsMorph.ts.SourceFile, offset: number): TypeQueries {
  const { ts, checker } = typed;
  /** The outermost node of the source file at exactly this range. */
  const nodeAt = (node: Node, loose = false): TsNode | null => {
    if (node.start == null || node.end == null) return null;
    return findNode(ts, sourceFile, node.start + offset, node.end + offset, loose);
  };
  const guard = <T>(answer: () => T): T | null => {
    try {
      return answer();
    } catch {
      // The checker failed on this node (a broken declaration file, …): unknown.
      return null;
    }
  };
  const promiseLike = (expression: Node): PromiseLikeKind | null =>
    guard(() => {
      const found = nodeAt(expression);
      if (!found) return null;
      // Case: `registration?.update()`, `sub?.unsubscribe()`: the chain's short-circuit adds the
      // `undefined` of `Promise<void> | undefined`, where there is nothing to handle; whenever the
      // call runs, its value is what the signature returns (a `.catch` appended to the chain is
      // skipped with it). A signature that returns `… | undefined` itself stays a union.
      if (ts.isCallExpression(found) && ts.isOptionalChain(found)) {
        const returned = getChainedCallReturnType(ts, checker, found);
        if (returned) return classifyPromiseLike(ts, checker, returned);
      }
      return classifyPromiseLike(ts, checker, checker.getTypeAtLocation(found));
    });
  return {
    promiseLike,
    isPromiseLike(expression) {
      const kind = promiseLike(expression);
      return kind === null ? null : kind !== 'none';
    },
    hasMethod(expression, name, argumentCount = 0) {
      return guard(() => {
        const found = nodeAt(expression);
        if (!found) return null;
        const at = checker.getTypeAtLocation(found);
        // Case: `a?.b().then(f)`: a call appended to an optional chain joins it (`a?.b().then(f).catch(h)`), so the chain's `undefined` is not asked about
        const type = ts.isOptionalChain(found) ? checker.getNonNullableType(at) : at;
        if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return null;
        return members(type).every((part) => hasCallableProperty(checker, part, name, argumentCount));
      });
    },
    callSites(fn) {
      return guard(() => {
        const found = nodeAt(fn, true);
        const name = found ? functionName(ts, found) : null;
        return name ? findCallSites(typed, name) : null;
      });
    },
    parameterType(fn, index) {
      return guard(() => {
        const found = nodeAt(fn, true);
        if (!found || !ts.isFunctionLike(found)) return null;
        const parameter = found.parameters[index];
        return parameter ? checker.typeToString(checker.getTypeAtLocation(parameter), parameter) : null;
      });
    },
  };
}

/**
 * The deepest node of the source file at exactly this range (so the call, not a statement of
 * the same range). `loose`: else the deepest node that ends there and starts before, for
 * declarations whose TypeScript range includes modifiers (`export`, decorators) Babel's lacks.
 */
function findNode(ts: ts, sourceFile: TsMorph.ts.SourceFile, start: number, end: number, loose = false): TsNode | null {
  let current: TsNode = sourceFile;
  let exact: TsNode | null = null;
  let containing: TsNode | null = null;
  for (;;) {
    let next: TsNode | undefined;
    ts.forEachChild(current, (child) => {
      if (next) return true;
      if (child.getStart(sourceFile) <= start && child.end >= end) next = child;
      return undefined;
    });
    if (!next) break;
    if (next.getStart(sourceFile) === start && next.end === end) exact = next;
    else if (exact) break;
    else if (next.end === end) containing = next;
    current = next;
  }
  return exact ?? (loose ? containing : null);
}

/**
 * What a call of an optional chain returns when it runs: the return type of the signature it
 * resolves to as declared (the resolved signature of a chain carries the chain's `undefined`).
 * `null` when the checker has no declaration to read (then the chain's type answers).
 */
function getChainedCallReturnType(ts: ts, checker: TsMorph.ts.TypeChecker, call: TsMorph.ts.CallExpression): TsType | null {
  const declaration = checker.getResolvedSignature(call)?.getDeclaration();
  if (!declaration || ts.isJSDocSignature(declaration)) return null;
  const declared = checker.getSignatureFromDeclaration(declaration);
  return declared ? checker.getReturnTypeOfSignature(declared) : null;
}

/** Every member of the type (a union's members; the type itself otherwise). */
function members(type: TsType): readonly TsType[] {
  return type.isUnion() ? type.types : [type];
}

/** `null` for `any`/`unknown` (also what an unresolved import gives): the checker cannot tell. */
export function classifyPromiseLike(ts: ts, checker: TsMorph.ts.TypeChecker, type: TsType): PromiseLikeKind | null {
  if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return null;
  const parts = members(type);
  // Case: Cypress's `cy.get(…)` chains have a `then`, but are queued commands, not promises.
  const thenable = parts.filter((part) => hasCallableProperty(checker, part, 'then') && !isCypressChainable(ts, part));
  if (thenable.length === 0) return 'none';
  if (thenable.length < parts.length) return 'maybe';
  return thenable.every((part) => isNativePromise(ts, part)) ? 'promise' : 'thenable';
}

/** `type` has a method `name`; with `argumentCount`, one of its signatures takes that many arguments (declared or rest parameters). */
function hasCallableProperty(checker: TsMorph.ts.TypeChecker, type: TsType, name: string, argumentCount = 0): boolean {
  const property = type.getProperty(name) ?? checker.getApparentType(type).getProperty(name);
  const declaration = property?.valueDeclaration ?? property?.declarations?.[0];
  if (!property || !declaration) return false;
  const signatures = checker.getTypeOfSymbolAtLocation(property, declaration).getCallSignatures();
  return signatures.some((signature) => {
    const parameters = signature.getParameters();
    if (parameters.length >= argumentCount) return true;
    // Case: `then(...callbacks: unknown[])`
    const last = parameters.at(-1)?.valueDeclaration as (TsNode & { dotDotDotToken?: unknown }) | undefined;
    return last?.dotDotDotToken !== undefined;
  });
}

/**
 * Cypress's `Chainable` (declared in `declare namespace Cypress`): a command queued on the test's
 * command queue. It has a `then`, but no rejection to observe: a failed command fails the test.
 */
function isCypressChainable(ts: ts, type: TsType): boolean {
  const symbol = type.getSymbol() ?? type.aliasSymbol;
  if (!symbol || symbol.getName() !== 'Chainable') return false;
  return (symbol.declarations ?? []).some((declaration) => {
    for (let parent = declaration.parent; parent; parent = parent.parent) {
      if (ts.isModuleDeclaration(parent) && parent.name.getText() === 'Cypress') return true;
    }
    return false;
  });
}

/** The global `Promise` of the standard library (declared in a `lib.*.d.ts`). */
function isNativePromise(ts: ts, type: TsType): boolean {
  const symbol = type.getSymbol() ?? type.aliasSymbol;
  if (!symbol || symbol.getName() !== 'Promise') return false;
  return (symbol.declarations ?? []).some((declaration) => {
    const file = declaration.getSourceFile().fileName;
    return /(^|\/)lib\.[\w.]+\.d\.ts$/.test(file) && ts.isInterfaceDeclaration(declaration);
  });
}

/** The name node of a function: its declaration's, or the name it is assigned to. */
function functionName(ts: ts, node: TsNode): TsNode | null {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node) || ts.isFunctionExpression(node)) && node.name) return node.name;
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    const parent = node.parent;
    if ((ts.isVariableDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertyAssignment(parent)) && parent.initializer === node) return parent.name;
  }
  if (ts.isVariableDeclaration(node) || ts.isPropertyDeclaration(node) || ts.isPropertyAssignment(node)) return node.name;
  return null;
}

function findCallSites(typed: TypeProgram, name: TsNode): CheckedCallSite[] | null {
  const { ts, program } = typed;
  // Case: a program without a language service (typescript-eslint's): where a function is called is unknown
  if (!typed.languageService) return null;
  const sourceFile = name.getSourceFile();
  const references = typed.languageService().findReferences(sourceFile.fileName, name.getStart(sourceFile)) ?? [];
  const sites: CheckedCallSite[] = [];
  const seen = new Set<string>();
  // Case: a method: references through the member it overrides or implements (an interface's,
  // a base class's) or through a subclass's override come in the groups of those declarations.
  const method = ts.isMethodDeclaration(name.parent) && name.parent.name === name;
  const isOwnGroup = (group: TsMorph.ts.ReferencedSymbol): boolean =>
    path.resolve(group.definition.fileName) === path.resolve(sourceFile.fileName) && group.definition.textSpan.start === name.getStart(sourceFile);
  for (const group of references) {
    const related = method && !isOwnGroup(group);
    for (const reference of group.references) {
      const file = program.getSourceFile(reference.fileName);
      if (!file) continue;
      const node = findNode(ts, file, reference.textSpan.start, reference.textSpan.start + reference.textSpan.length);
      const call = callOf(ts, node);
      if (!call) {
        // Case: `run(poll)`, `export default poll`… a value use; not its declaration, an import
        // or export specifier, or a type position (`typeof poll`).
        if (node && !reference.isDefinition && isValueUse(ts, node)) {
          const position = file.getLineAndCharacterOfPosition(reference.textSpan.start);
          sites.push({ file: path.resolve(file.fileName), start: reference.textSpan.start, end: reference.textSpan.start + reference.textSpan.length, line: position.line + 1, column: position.character, value: true, ...(related ? { related: true as const } : {}) });
        }
        continue;
      }
      const key = `${file.fileName}:${call.getStart(file)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const start = call.getStart(file);
      const position = file.getLineAndCharacterOfPosition(start);
      sites.push({ file: path.resolve(file.fileName), start, end: call.end, line: position.line + 1, column: position.character, ...(related ? { related: true as const } : {}) });
    }
  }
  return sites.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start));
}

/** A reference that uses the function as a value: not in an import/export, a type query or a declaration. */
function isValueUse(ts: ts, reference: TsNode): boolean {
  const parent = reference.parent;
  if (!parent) return false;
  if (ts.isImportSpecifier(parent) || ts.isImportClause(parent) || ts.isNamespaceImport(parent) || ts.isExportSpecifier(parent) || ts.isImportEqualsDeclaration(parent)) return false;
  if (ts.isExportAssignment(parent)) return false;
  for (let node: TsNode | undefined = reference; node; node = node.parent) {
    if (ts.isTypeQueryNode(node) || ts.isTypeReferenceNode(node)) return false;
    if (ts.isStatement(node) || ts.isSourceFile(node)) break;
  }
  // Case: the name of an overload signature or of the declaration itself (or of an interface's
  // member a method implements: `interface Job { run(): … }`)
  if ((ts.isFunctionDeclaration(parent) || ts.isVariableDeclaration(parent) || ts.isMethodDeclaration(parent) || ts.isPropertyDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isMethodSignature(parent) || ts.isPropertySignature(parent)) && parent.name === reference) return false;
  return true;
}

/** The call whose callee is this reference (`f()`, `obj.f()`, `new F()`), or `null`. */
function callOf(ts: ts, reference: TsNode | null): TsNode | null {
  if (!reference) return null;
  let callee: TsNode = reference;
  const parent = reference.parent;
  if (parent && (ts.isPropertyAccessExpression(parent) || ts.isPropertyAccessChain?.(parent)) && parent.name === reference) callee = parent;
  const call = callee.parent;
  if (call && (ts.isCallExpression(call) || ts.isNewExpression(call)) && call.expression === callee) return call;
  return null;
}
