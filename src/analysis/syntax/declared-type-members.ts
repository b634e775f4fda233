/**
 * The members the declared type of an expression lists, read from the code's type annotations
 * without a type checker:
 *
 *   export type TitleBarProps = { ipc: RendererContext<Config>['ipc'] };   // TitleBar.tsx
 *   export const TitleBar = (props: TitleBarProps) => { … props.ipc.on('x', f) … };
 *
 *   export interface RendererContext<C> {                                   // types/contexts.ts
 *     ipc: { on: (event: string, listener: CallableFunction) => void; removeAllListeners: (event: string) => void };
 *   }
 *
 * `props.ipc` -> `{ on, removeAllListeners }`: no `off`. The walk follows a variable's or
 * parameter's annotation (also a destructured parameter's property), then each member of the
 * expression through type literals, interfaces and type aliases of the file, indexed access
 * types (`T['ipc']`), and into a project module (`ProjectQueries.getTypeMembers`: relative and
 * tsconfig-alias specifiers) when the type is imported. `null` whenever the code does not say
 * everything: a package's type, an interface that extends another, an index signature, a type
 * parameter, a union, a method-signature member. An interface that extends another lists only
 * its own members: a member it declares is followed, its list of names is unknown.
 */
import type { Node, Program, Statement } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { unwrapPath } from '../../core/node-helpers';
import type { ProjectQueries } from '../../core/rule';
import { findBinding } from './scope';

/** What a type resolves to: its member signatures, a type of another module, or unknown (`null`). */
type Resolved = { kind: 'members'; members: readonly Node[]; complete: boolean } | { kind: 'imported'; specifier: string; exportName: string; path: string[] } | null;

/** How many type aliases / interfaces deep a name is followed. */
const MAX_DEPTH = 6;

/** The top-level declaration (or import) of the type `name` in `program`. */
function findTypeDeclaration(program: Program, name: string): Node | null {
  for (const statement of program.body as Statement[]) {
    const declaration = statement.type === 'ExportNamedDeclaration' && statement.declaration ? statement.declaration : statement;
    if ((declaration.type === 'TSInterfaceDeclaration' || declaration.type === 'TSTypeAliasDeclaration') && declaration.id.name === name) return declaration;
    if (statement.type === 'ImportDeclaration') {
      for (const specifier of statement.specifiers) if (specifier.local.name === name) return specifier;
    }
  }
  return null;
}

/** The import declaration `specifier` (an import specifier) belongs to. */
function findImportOf(program: Program, specifier: Node): { source: string; imported: string } | null {
  for (const statement of program.body as Statement[]) {
    if (statement.type !== 'ImportDeclaration' || !(statement.specifiers as Node[]).includes(specifier)) continue;
    if (specifier.type === 'ImportDefaultSpecifier') return { source: statement.source.value, imported: 'default' };
    if (specifier.type === 'ImportSpecifier') return { source: statement.source.value, imported: specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value };
  }
  return null;
}

/** What the type node `type` of `program` resolves to. */
export function resolveTypeNode(program: Program, type: Node | null | undefined, depth = 0): Resolved {
  if (!type || depth > MAX_DEPTH) return null;
  switch (type.type) {
    case 'TSTypeAnnotation':
    case 'TSParenthesizedType':
      return resolveTypeNode(program, type.typeAnnotation, depth);
    case 'TSTypeLiteral':
      return { kind: 'members', members: type.members, complete: true };
    case 'TSUnionType': {
      // Case: `T | undefined`, `T | null`: the one type that has members.
      const named = type.types.filter((member) => member.type !== 'TSNullKeyword' && member.type !== 'TSUndefinedKeyword');
      return named.length === 1 ? resolveTypeNode(program, named[0], depth) : null;
    }
    case 'TSIndexedAccessType': {
      const index = type.indexType;
      if (index.type !== 'TSLiteralType' || index.literal.type !== 'StringLiteral') return null;
      return resolveMember(program, resolveTypeNode(program, type.objectType, depth + 1), index.literal.value, depth + 1);
    }
    case 'TSTypeReference':
      return type.typeName.type === 'Identifier' ? resolveTypeName(program, type.typeName.name, depth + 1) : null;
    default:
      return null;
  }
}

/** What the type named `name` at the top level of `program` resolves to. */
export function resolveTypeName(program: Program, name: string, depth = 0): Resolved {
  const declaration = findTypeDeclaration(program, name);
  if (!declaration) return null;
  // An interface that extends another has more members than it lists (`complete: false`), but its own are what it says.
  if (declaration.type === 'TSInterfaceDeclaration') return { kind: 'members', members: declaration.body.body, complete: !declaration.extends || declaration.extends.length === 0 };
  if (declaration.type === 'TSTypeAliasDeclaration') return resolveTypeNode(program, declaration.typeAnnotation, depth);
  const imported = findImportOf(program, declaration);
  return imported ? { kind: 'imported', specifier: imported.source, exportName: imported.imported, path: [] } : null;
}

/** The key of a member signature (`ipc`, `'ipc'`), not computed. */
function memberKey(member: Node): string | null {
  if ((member.type !== 'TSPropertySignature' && member.type !== 'TSMethodSignature') || member.computed) return null;
  if (member.key.type === 'Identifier') return member.key.name;
  return member.key.type === 'StringLiteral' ? member.key.value : null;
}

/** What the member `name` of `resolved` resolves to. */
export function resolveMember(program: Program, resolved: Resolved, name: string, depth = 0): Resolved {
  if (!resolved) return null;
  if (resolved.kind === 'imported') return { ...resolved, path: [...resolved.path, name] };
  const member = resolved.members.find((candidate) => memberKey(candidate) === name);
  return member?.type === 'TSPropertySignature' ? resolveTypeNode(program, member.typeAnnotation, depth) : null;
}

/** The names of `members`, or `null` when an index signature lets it have any. */
export function listMemberNames(members: readonly Node[]): Set<string> | null {
  const names = new Set<string>();
  for (const member of members) {
    if (member.type === 'TSIndexSignature') return null;
    const key = memberKey(member);
    if (key !== null) names.add(key);
  }
  return names;
}

/** The annotation a parameter or variable `name` is declared with, as seen from `path`. */
function findDeclaredAnnotation(path: NodePath, name: string): Node | null {
  const binding = findBinding(path, name);
  if (!binding || (binding.kind !== 'param' && binding.kind !== 'const' && binding.kind !== 'let')) return null;
  const own = (binding.identifier as { typeAnnotation?: Node | null }).typeAnnotation;
  if (own) return own;
  // Case: `({ ipc }: Props) => …`: the property `ipc` of the pattern's annotation.
  if (binding.kind !== 'param') return null;
  for (const param of (binding.declaration as { params?: Node[] }).params ?? []) {
    if (param.type !== 'ObjectPattern' || !param.typeAnnotation || param.typeAnnotation.type !== 'TSTypeAnnotation') continue;
    const property = param.properties.find((p) => p.type === 'ObjectProperty' && p.value === binding.identifier);
    if (property?.type !== 'ObjectProperty' || property.computed || property.key.type !== 'Identifier') continue;
    return { type: 'TSIndexedAccessType', objectType: param.typeAnnotation.typeAnnotation, indexType: { type: 'TSLiteralType', literal: { type: 'StringLiteral', value: property.key.name } } } as unknown as Node;
  }
  return null;
}

function programOf(path: NodePath): Program | null {
  let current: NodePath = path;
  while (current.parentPath) current = current.parentPath;
  if (current.node.type === 'File') return current.node.program;
  return current.node.type === 'Program' ? current.node : null;
}

/** What the declared type of the expression at `path` resolves to. */
function resolveExpression(path: NodePath, program: Program): Resolved {
  const node = unwrapPath(path).node;
  if (node.type === 'Identifier') return resolveTypeNode(program, findDeclaredAnnotation(path, node.name));
  if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && !node.computed && node.property.type === 'Identifier') {
    const object = resolveExpression(unwrapPath(path).child(node.object, 'object'), program);
    return resolveMember(program, object, node.property.name);
  }
  return null;
}

/**
 * The member names the declared type of the expression at `path` lists (see the module
 * comment), or `null` when the code does not say them all.
 */
export function getDeclaredTypeMembers(path: NodePath, project: Pick<ProjectQueries, 'getTypeMembers'>): ReadonlySet<string> | null {
  const program = programOf(path);
  const resolved = program ? resolveExpression(path, program) : null;
  if (!resolved) return null;
  if (resolved.kind === 'members') return resolved.complete ? listMemberNames(resolved.members) : null;
  return project.getTypeMembers(resolved.specifier, resolved.exportName, resolved.path);
}

/**
 * The member names of the type `exportName` of `program` after following `path` (a module's
 * side of `ProjectQueries.getTypeMembers`): `null` when unknown, also when the type is itself
 * imported from a further module.
 */
export function getExportedTypeMembers(program: Program, exportName: string, path: readonly string[]): ReadonlySet<string> | null {
  let resolved = resolveTypeName(program, exportName);
  for (const name of path) resolved = resolveMember(program, resolved, name);
  return resolved?.kind === 'members' && resolved.complete ? listMemberNames(resolved.members) : null;
}
