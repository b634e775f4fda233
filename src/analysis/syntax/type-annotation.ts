/**
 * What the code's own type annotations say, read without a type checker. The annotation a
 * binding is declared with (`socket: WebSocket`, a parameter property, a destructured
 * parameter's property `{ el }: Props`), the type under it with parentheses and `| null` /
 * `| undefined` peeled off, the name a type reference gives, a member of a type literal or
 * interface by its key, and the top-level interface, type alias or import that declares a type
 * name in a module. One reading for the members a declared type lists (declared-type-members),
 * the DOM interface a listener's target has (listener-cleanup's event-target-type) and the
 * options type a signal is added to (signal-parameter); each decides what a form means for it
 * (an interface that extends another, an alias of something else than an object type, an import
 * it cannot follow). Arrays, intersections, generic arguments and `this.x` fields are not read.
 */
import type {
  ImportDefaultSpecifier,
  ImportSpecifier,
  Node,
  Program,
  Statement,
  TSInterfaceDeclaration,
  TSMethodSignature,
  TSPropertySignature,
  TSType,
  TSTypeAliasDeclaration,
} from '@babel/types';
import type { Binding } from './scope';

/** The type under an annotation's `:` (`TSTypeAnnotation`); `null` for none or a Flow annotation. */
export function getAnnotationType(annotation: Node | null | undefined): TSType | null {
  return annotation?.type === 'TSTypeAnnotation' ? annotation.typeAnnotation : null;
}

/**
 * An annotation or type with what leaves its members as they are peeled off: the `:`,
 * parentheses, and the `null` / `undefined` of a union (`(Socket) | null` -> `Socket`).
 * `null` for a union of two or more other types; any other node as it is.
 */
export function getNonNullableType(type: Node | null | undefined): Node | null {
  let current = type ?? null;
  while (current) {
    if (current.type === 'TSTypeAnnotation' || current.type === 'TSParenthesizedType') current = current.typeAnnotation;
    else if (current.type === 'TSUnionType') {
      const named = current.types.filter((member) => member.type !== 'TSNullKeyword' && member.type !== 'TSUndefinedKeyword');
      if (named.length !== 1) return null;
      current = named[0]!;
    } else return current;
  }
  return null;
}

/** The name a type reference gives (`Socket`, also `Ref<T>` -> `Ref`); `null` for a qualified name (`dom.Element`) or another type. */
export function getTypeReferenceName(type: Node | null | undefined): string | null {
  return type?.type === 'TSTypeReference' && type.typeName.type === 'Identifier' ? type.typeName.name : null;
}

/** The key of a property or method signature (`ipc`, `'ipc'`); `null` for a computed key or another member. */
export function getTypeMemberKey(member: Node): string | null {
  if ((member.type !== 'TSPropertySignature' && member.type !== 'TSMethodSignature') || member.computed) return null;
  if (member.key.type === 'Identifier') return member.key.name;
  return member.key.type === 'StringLiteral' ? member.key.value : null;
}

/** The first property or method signature of a type literal's or interface's `members` keyed `name`. */
export function findTypeMember(members: readonly Node[], name: string): TSPropertySignature | TSMethodSignature | null {
  return (members.find((member) => getTypeMemberKey(member) === name) as TSPropertySignature | TSMethodSignature | undefined) ?? null;
}

/** A type name a module imports: from `source`, exported as `imported` (`default` for a default import). */
export interface ImportedTypeName {
  type: 'ImportedTypeName';
  source: string;
  imported: string;
  specifier: ImportSpecifier | ImportDefaultSpecifier;
}

/**
 * What declares the type `name` at the top level of `program` (exported or not): an interface
 * (the first, of merged ones), a type alias, or the import it comes from. `null` when none
 * does, and for a namespace import.
 */
export function findTypeDeclaration(program: Program, name: string): TSInterfaceDeclaration | TSTypeAliasDeclaration | ImportedTypeName | null {
  for (const statement of program.body as Statement[]) {
    const declaration = statement.type === 'ExportNamedDeclaration' && statement.declaration ? statement.declaration : statement;
    if ((declaration.type === 'TSInterfaceDeclaration' || declaration.type === 'TSTypeAliasDeclaration') && declaration.id.name === name) return declaration;
    if (statement.type !== 'ImportDeclaration') continue;
    const specifier = statement.specifiers.find((candidate) => candidate.local.name === name);
    if (!specifier) continue;
    if (specifier.type === 'ImportNamespaceSpecifier') return null;
    const imported = specifier.type === 'ImportDefaultSpecifier' ? 'default' : specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
    return { type: 'ImportedTypeName', source: statement.source.value, imported, specifier };
  }
  return null;
}

/**
 * The annotation a binding is declared with: its own (`(socket: WebSocket)`, `const el: X`,
 * `constructor(private x: X)`, the raw annotation node), or for a property of a destructured
 * parameter (`({ el }: Props)`, not renamed by a computed key nor given a default) the
 * pattern's type and the property's key. `null` when the code states neither.
 */
export function getBindingAnnotation(binding: Binding): { own: Node } | { patternType: TSType; key: string } | null {
  const own = (binding.identifier as { typeAnnotation?: Node | null }).typeAnnotation;
  if (own) return { own };
  if (binding.kind !== 'param') return null;
  for (const param of (binding.declaration as { params?: Node[] }).params ?? []) {
    if (param.type !== 'ObjectPattern') continue;
    const patternType = getAnnotationType(param.typeAnnotation);
    if (!patternType) continue;
    const property = param.properties.find((candidate) => candidate.type === 'ObjectProperty' && candidate.value === binding.identifier);
    if (property?.type !== 'ObjectProperty' || property.computed || property.key.type !== 'Identifier') continue;
    return { patternType, key: property.key.name };
  }
  return null;
}
