import { describe, expect, it } from 'vitest';
import type { Node, Program } from '@babel/types';
import { parseSnippet } from '../../../test/helpers/ast';
import { findBinding } from './scope';
import { findTypeDeclaration, findTypeMember, getAnnotationType, getBindingAnnotation, getNonNullableType, getTypeMemberKey, getTypeReferenceName } from './type-annotation';

/** The type annotation of the first `let x: …` of `code`. */
function annotationOf(code: string): Node {
  const snippet = parseSnippet(code);
  return (snippet.identifier('x').node as { typeAnnotation: Node }).typeAnnotation;
}

/** The name `getNonNullableType` leaves of `let x: <type>` (its reference name, or its node type). */
function peeled(type: string): string | null {
  const stated = getNonNullableType(annotationOf(`let x: ${type};`));
  return stated ? (getTypeReferenceName(stated) ?? stated.type) : null;
}

/** What `getBindingAnnotation` says of the binding `name` seen from its last mention in `code`. */
function bindingAnnotation(code: string, name: string): string | { type: string; key: string } | null {
  const snippet = parseSnippet(code);
  const uses = snippet.findAll((node) => node.type === 'Identifier' && node.name === name);
  const binding = findBinding(uses[uses.length - 1]!, name);
  const declared = binding ? getBindingAnnotation(binding) : null;
  if (!declared) return null;
  if ('own' in declared) return code.slice(declared.own.start!, declared.own.end!);
  return { type: code.slice(declared.patternType.start!, declared.patternType.end!), key: declared.key };
}

function programOf(code: string): Program {
  return parseSnippet(code).ast.program;
}

describe('getAnnotationType', () => {
  it('is the type under the `:`', () => {
    expect(getAnnotationType(annotationOf('let x: Socket | null;'))?.type).toBe('TSUnionType');
    expect(getAnnotationType(null)).toBeNull();
    expect(getAnnotationType(getAnnotationType(annotationOf('let x: Socket;')))).toBeNull();
  });
});

describe('getNonNullableType', () => {
  it('peels the annotation, parentheses and `| null` / `| undefined`', () => {
    expect(peeled('Socket')).toBe('Socket');
    expect(peeled('Socket | null')).toBe('Socket');
    expect(peeled('undefined | (Socket) | null')).toBe('Socket');
    expect(peeled('(Socket | undefined)')).toBe('Socket');
    expect(peeled('{ on(): void } | null')).toBe('TSTypeLiteral');
  });

  it('leaves arrays, intersections and generic arguments as they are, and is unknown for a union of two types', () => {
    expect(peeled('Socket[]')).toBe('TSArrayType');
    expect(peeled('Socket & Extra')).toBe('TSIntersectionType');
    expect(peeled('Ref<Socket>')).toBe('Ref');
    expect(peeled('Socket | Window')).toBeNull();
    expect(peeled('null')).toBe('TSNullKeyword');
    expect(getNonNullableType(null)).toBeNull();
  });
});

describe('getTypeReferenceName', () => {
  it('is the name of an unqualified reference', () => {
    expect(getTypeReferenceName(getAnnotationType(annotationOf('let x: Socket;')))).toBe('Socket');
    expect(getTypeReferenceName(getAnnotationType(annotationOf('let x: dom.Element;')))).toBeNull();
    expect(getTypeReferenceName(getAnnotationType(annotationOf('let x: string;')))).toBeNull();
    expect(getTypeReferenceName(null)).toBeNull();
  });
});

describe('getTypeMemberKey / findTypeMember', () => {
  it('keys property and method signatures by name or quoted name, not computed ones', () => {
    const literal = getAnnotationType(annotationOf("let x: { on(): void; 'off': () => void; [k]: number; [i: string]: unknown; new (): X };"));
    const members = (literal as { members: Node[] }).members;
    expect(members.map(getTypeMemberKey)).toEqual(['on', 'off', null, null, null]);
    expect(findTypeMember(members, 'off')?.type).toBe('TSPropertySignature');
    expect(findTypeMember(members, 'on')?.type).toBe('TSMethodSignature');
    expect(findTypeMember(members, 'k')).toBeNull();
  });
});

describe('findTypeDeclaration', () => {
  it('finds an interface, a type alias, exported or not', () => {
    const program = programOf('interface A { a: 1 } interface A { b: 1 } export type B = A; export interface C {}');
    const first = findTypeDeclaration(program, 'A');
    expect(first?.type).toBe('TSInterfaceDeclaration');
    expect(first).toBe(program.body[0]);
    expect(findTypeDeclaration(program, 'B')?.type).toBe('TSTypeAliasDeclaration');
    expect(findTypeDeclaration(program, 'C')?.type).toBe('TSInterfaceDeclaration');
    expect(findTypeDeclaration(program, 'D')).toBeNull();
  });

  it('names the module and export an imported type comes from; a namespace import is unknown', () => {
    const program = programOf("import type { Options as Opts, 'quoted' as Q } from './types'; import Bus from './bus'; import * as ns from './ns';");
    expect(findTypeDeclaration(program, 'Opts')).toMatchObject({ type: 'ImportedTypeName', source: './types', imported: 'Options', specifier: { type: 'ImportSpecifier' } });
    expect(findTypeDeclaration(program, 'Q')).toMatchObject({ source: './types', imported: 'quoted' });
    expect(findTypeDeclaration(program, 'Bus')).toMatchObject({ source: './bus', imported: 'default', specifier: { type: 'ImportDefaultSpecifier' } });
    expect(findTypeDeclaration(program, 'ns')).toBeNull();
    expect(findTypeDeclaration(program, 'Options')).toBeNull();
  });
});

describe('getBindingAnnotation', () => {
  it("reads a parameter's, a variable's and a parameter property's own annotation", () => {
    expect(bindingAnnotation('function f(socket: WebSocket | null) { socket; }', 'socket')).toBe(': WebSocket | null');
    expect(bindingAnnotation('function f(socket?: WebSocket) { socket; }', 'socket')).toBe(': WebSocket');
    expect(bindingAnnotation('function f(socket: WebSocket = make()) { socket; }', 'socket')).toBe(': WebSocket');
    expect(bindingAnnotation('var socket: WebSocket; socket;', 'socket')).toBe(': WebSocket');
    expect(bindingAnnotation('class C { constructor(private socket: WebSocket) { socket; } }', 'socket')).toBe(': WebSocket');
  });

  it("gives a destructured parameter's pattern type and the property's key", () => {
    expect(bindingAnnotation('function f({ socket }: Props) { socket; }', 'socket')).toEqual({ type: 'Props', key: 'socket' });
    expect(bindingAnnotation('function f(a: A, { ws: socket }: { ws: WebSocket }) { socket; }', 'socket')).toEqual({ type: '{ ws: WebSocket }', key: 'ws' });
  });

  it('is unknown without an annotation, for a computed key, a default, a nested pattern or a destructured variable', () => {
    expect(bindingAnnotation('function f(socket) { socket; }', 'socket')).toBeNull();
    expect(bindingAnnotation('function f({ [k]: socket }: Props) { socket; }', 'socket')).toBeNull();
    expect(bindingAnnotation('function f({ socket = x }: Props) { socket; }', 'socket')).toBeNull();
    expect(bindingAnnotation('function f({ a: { socket } }: Props) { socket; }', 'socket')).toBeNull();
    expect(bindingAnnotation('function f({ socket }: Props = {}) { socket; }', 'socket')).toBeNull();
    expect(bindingAnnotation('const { socket }: Props = p; socket;', 'socket')).toBeNull();
  });
});
