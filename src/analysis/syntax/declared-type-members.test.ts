import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSnippet } from '../../../test/helpers/ast';
import { getDeclaredTypeMembers, getExportedTypeMembers } from './declared-type-members';

/** The members of the declared type of the first member expression whose text is `expression`. */
function membersOf(code: string, expression: string, imported: Record<string, string[]> = {}): string[] | null {
  const snippet = parseSnippet(code, 'tsx');
  const text = (node: Node): string => code.slice(node.start!, node.end!);
  const path = snippet.find((node) => (node.type === 'MemberExpression' || node.type === 'Identifier') && text(node) === expression && node.start! > code.indexOf('=>'));
  const asked: string[] = [];
  const members = getDeclaredTypeMembers(path, {
    getTypeMembers: (specifier, exportName, memberPath) => {
      const key = `${specifier}:${exportName}:${memberPath.join('.')}`;
      asked.push(key);
      return imported[key] ? new Set(imported[key]) : null;
    },
  });
  return members ? [...members].sort() : null;
}

describe('getDeclaredTypeMembers', () => {
  it("follows a parameter's annotation through the file's type aliases, interfaces and indexed access types", () => {
    const code = `
      type Ipc = { on: (e: string, f: () => void) => void; removeAllListeners: (e: string) => void };
      interface Ctx { ipc: Ipc }
      type Props = { ipc: Ctx['ipc']; other?: boolean };
      export const Bar = (props: Props) => props.ipc.on('x', f);`;
    expect(membersOf(code, 'props.ipc')).toEqual(['on', 'removeAllListeners']);
    expect(membersOf(code, 'props')).toEqual(['ipc', 'other']);
  });

  it('asks the project for a type imported from another module, with the member path', () => {
    const code = `
      import type { RendererContext } from '@/types/contexts';
      export type Props = { ipc: RendererContext<Config>['ipc'] };
      export const Bar = (props: Props) => props.ipc.on('x', f);`;
    expect(membersOf(code, 'props.ipc', { '@/types/contexts:RendererContext:ipc': ['on', 'send'] })).toEqual(['on', 'send']);
    expect(membersOf(code, 'props.ipc')).toBeNull();
  });

  it("reads a destructured parameter's property", () => {
    const code = `
      type Props = { bus: { on(e: string, f: () => void): void; off(e: string, f: () => void): void } };
      export const Bar = ({ bus }: Props) => bus.on('x', f);`;
    expect(membersOf(code, 'bus')).toEqual(['off', 'on']);
  });

  it('is unknown when the code does not say every member', () => {
    // an interface that extends another, an index signature, a union, no annotation
    expect(membersOf(`interface A extends B { on(): void } export const f = (a: A) => a.on();`, 'a')).toBeNull();
    expect(membersOf(`type A = { [k: string]: unknown; on(): void }; export const f = (a: A) => a.on();`, 'a')).toBeNull();
    expect(membersOf(`type A = { on(): void } | { off(): void }; export const f = (a: A) => a.on();`, 'a')).toBeNull();
    expect(membersOf(`export const f = (a) => a.on();`, 'a')).toBeNull();
    expect(membersOf(`import { Emitter } from 'mitt'; export const f = (a: Emitter) => a.on();`, 'a')).toBeNull();
  });
});

describe('getDeclaredTypeMembers: the annotation forms it reads', () => {
  it('peels parentheses and `| null` / `| undefined`, reads quoted keys, variables and parameter properties', () => {
    const members = 'type Bus = { on(): void; off(): void };';
    expect(membersOf(`${members} export const f = (a: (Bus) | null) => a.on();`, 'a')).toEqual(['off', 'on']);
    expect(membersOf(`${members} export const f = (a?: Bus | undefined) => a.on();`, 'a')).toEqual(['off', 'on']);
    expect(membersOf(`type P = { 'bus': Bus }; ${members} export const f = (p: P) => p.bus.on();`, 'p.bus')).toEqual(['off', 'on']);
    expect(membersOf(`${members} export const f = () => { const a: Bus = make(); a.on(); };`, 'a')).toEqual(['off', 'on']);
    expect(membersOf(`${members} class C { constructor(private a: Bus) { const f = () => a.on(); } }`, 'a')).toEqual(['off', 'on']);
  });

  it('asks the project about a default import under the name `default`', () => {
    const code = `import Bus from './bus'; export const f = (a: Bus) => a.on();`;
    expect(membersOf(code, 'a', { './bus:default:': ['on'] })).toEqual(['on']);
  });

  it('is unknown for a var, a method-signature member, a namespace import, a computed key and a destructured default', () => {
    const members = 'type Bus = { on(): void; off(): void };';
    expect(membersOf(`${members} export const f = () => { var a: Bus = make(); a.on(); };`, 'a')).toBeNull();
    expect(membersOf(`type P = { bus(): Bus }; ${members} export const f = (p: P) => p.bus.on();`, 'p.bus')).toBeNull();
    expect(membersOf(`import * as Bus from './bus'; export const f = (a: Bus) => a.on();`, 'a', { './bus:*:': ['on'] })).toBeNull();
    expect(membersOf(`type P = { bus: Bus }; ${members} export const f = ({ [k]: bus }: P) => bus.on();`, 'bus')).toBeNull();
    expect(membersOf(`type P = { bus: Bus }; ${members} export const f = ({ bus = x }: P) => bus.on();`, 'bus')).toBeNull();
  });
});

describe('getExportedTypeMembers', () => {
  it('follows the member path from an exported interface or alias', () => {
    const program = parseSnippet(`
      export interface RendererContext<C> extends BaseContext<C> { ipc: { on: (e: string) => void; removeAllListeners: (e: string) => void } }
      export interface Plain { ipc: { on(e: string): void; off(e: string): void } }
      export type Alias = Plain;`).ast.program;
    expect(getExportedTypeMembers(program, 'Plain', ['ipc'])).toEqual(new Set(['on', 'off']));
    expect(getExportedTypeMembers(program, 'Alias', ['ipc'])).toEqual(new Set(['on', 'off']));
    expect(getExportedTypeMembers(program, 'Plain', [])).toEqual(new Set(['ipc']));
    expect(getExportedTypeMembers(program, 'Missing', ['ipc'])).toBeNull();
    // an interface that extends another: its own member is what it says; its names are not all
    expect(getExportedTypeMembers(program, 'RendererContext', ['ipc'])).toEqual(new Set(['on', 'removeAllListeners']));
    expect(getExportedTypeMembers(program, 'RendererContext', [])).toBeNull();
    expect(getExportedTypeMembers(program, 'RendererContext', ['getConfig'])).toBeNull();
  });
});
