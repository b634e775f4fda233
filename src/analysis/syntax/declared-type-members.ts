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
import type { Node, Program } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { getProgram, unwrapPath } from '../../core/node-helpers';
import type { ProjectQueries } from '../../core/rule';
import { findBinding } from './scope';
import { findTypeDeclaration, findTypeMember, getBindingAnnotation, getNonNullableType, getTypeMemberKey, getTypeReferenceName } from './type-annotation';

/** What a type resolves to: its member signatures, a type of another module, or unknown (`null`). */
type Resolved = { kind: 'members'; members: readonly Node[]; complete: boolean } | { kind: 'imported'; specifier: string; exportName: string; path: string[] } | null;

/** How many type aliases / interfaces deep a name is followed. */
const MAX_DEPTH = 6;

/** What the type node `type` of `program` resolves to. */
export function resolveTypeNode(program: Program, type: Node | null | undefined, depth = 0): Resolved {
  if (depth > MAX_DEPTH) return null;
  // Case: `T | undefined`, `T | null`, `(T)`: the one type that has members.
  const stated = getNonNullableType(type);
  if (!stated) return null;
  switch (stated.type) {
    case 'TSTypeLiteral':
      return { kind: 'members', members: stated.members, complete: true };
    case 'TSIndexedAccessType': {
      const index = stated.indexType;
      if (index.type !== 'TSLiteralType' || index.literal.type !== 'StringLiteral') return null;
      return resolveMember(program, resolveTypeNode(program, stated.objectType, depth + 1), index.literal.value, depth + 1);
    }
    case 'TSTypeReference': {
      const name = getTypeReferenceName(stated);
      return name === null ? null : resolveTypeName(program, name, depth + 1);
    }
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
  return { kind: 'imported', specifier: declaration.source, exportName: declaration.imported, path: [] };
}

/** What the member `name` of `resolved` resolves to. */
export function resolveMember(program: Program, resolved: Resolved, name: string, depth = 0): Resolved {
  if (!resolved) return null;
  if (resolved.kind === 'imported') return { ...resolved, path: [...resolved.path, name] };
  const member = findTypeMember(resolved.members, name);
  return member?.type === 'TSPropertySignature' ? resolveTypeNode(program, member.typeAnnotation, depth) : null;
}

/** The names of `members`, or `null` when an index signature lets it have any. */
export function listMemberNames(members: readonly Node[]): Set<string> | null {
  const names = new Set<string>();
  for (const member of members) {
    if (member.type === 'TSIndexSignature') return null;
    const key = getTypeMemberKey(member);
    if (key !== null) names.add(key);
  }
  return names;
}

/** The annotation a parameter or variable `name` is declared with, as seen from `path`. */
function findDeclaredAnnotation(path: NodePath, name: string): Node | null {
  const binding = findBinding(path, name);
  if (!binding || (binding.kind !== 'param' && binding.kind !== 'const' && binding.kind !== 'let')) return null;
  const declared = getBindingAnnotation(binding);
  if (!declared) return null;
  if ('own' in declared) return declared.own;
  // Case: `({ ipc }: Props) => …`: the property `ipc` of the pattern's annotation.
  return { type: 'TSIndexedAccessType', objectType: declared.patternType, indexType: { type: 'TSLiteralType', literal: { type: 'StringLiteral', value: declared.key } } } as unknown as Node;
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
  const program = getProgram(path);
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
