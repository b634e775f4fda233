import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { findMaybeUnsetParts, findUnsettingStatement, isAssignedOnlyConditionally } from './member-may-be-unset';

/** The texts of the parts of the first `<target>.on(...)` call's target that may be unset. */
function unsetParts(code: string, language: 'ts' | 'js' = 'ts'): string[] {
  const s = parseSnippet(code, language);
  const call = s.find((node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && code.slice(node.callee.property.start!, node.callee.property.end!) === 'on');
  const callee = call.child((call.node as unknown as { callee: Node }).callee, 'callee');
  const target = callee.child((callee.node as unknown as { object: Node }).object, 'object');
  const classPath = s.find((node) => node.type === 'ClassDeclaration');
  return findMaybeUnsetParts(target, classPath, language).map((part) => code.slice(part.node.start!, part.node.end!));
}

const CLASS = (fields: string, start: string, other = '') => `class A {\n${fields}\n  start() {\n${start}\n  }\n  stop() {\n${other}\n  }\n}`;

describe('findMaybeUnsetParts', () => {
  it('reads TypeScript field declarations', () => {
    expect(unsetParts(CLASS('  private bus?: Bus;', "this.bus.on('x', f);"))).toEqual(['this.bus']);
    expect(unsetParts(CLASS('  private bus: Bus | null = null;', "this.bus.on('x', f);"))).toEqual(['this.bus']);
    expect(unsetParts(CLASS('  private bus: Bus;', "this.bus.on('x', f);"))).toEqual([]);
  });

  it('reads what the class does with the chain: ?., tests, null assignments', () => {
    expect(unsetParts(CLASS('', "this.bus.on('x', f);", 'this.bus?.flush();'), 'js')).toEqual(['this.bus']);
    expect(unsetParts(CLASS('', "if (this.bus) this.bus.on('x', f);"), 'js')).toEqual(['this.bus']);
    expect(unsetParts(CLASS('', "this.bus.on('x', f);", 'this.bus = null;'), 'js')).toEqual(['this.bus']);
    expect(unsetParts(CLASS('', "this.bus.on('x', f);", 'if (!this.bus) return;'), 'js')).toEqual(['this.bus']);
    expect(unsetParts(CLASS('', "this.bus.on('x', f);", 'if (this.bus !== undefined) go();'), 'js')).toEqual(['this.bus']);
  });

  it('finds the part of a longer chain that may be unset', () => {
    expect(unsetParts(CLASS('', "this.room.bus.on('x', f);", 'log(this.room.bus?.id);'), 'js')).toEqual(['this.room.bus']);
    expect(unsetParts(CLASS('  room?: Room;', "this.room.bus.on('x', f);"))).toEqual(['this.room']);
  });

  it('ignores uses that say nothing, and other chains', () => {
    expect(unsetParts(CLASS('', "this.bus.on('x', f);", 'this.bus.flush();\nthis.other?.flush();\nthis.bus = make();'), 'js')).toEqual([]);
    expect(unsetParts(CLASS('', "this.bus.on('x', f);", 'if (this.bus.ready) go();'), 'js')).toEqual([]);
  });
});

describe('findUnsettingStatement', () => {
  function unsetting(code: string): string | null {
    const s = parseSnippet(code, 'js');
    const call = s.find((node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && code.slice(node.callee.property.start!, node.callee.property.end!) === 'on');
    const callee = call.child((call.node as unknown as { callee: Node }).callee, 'callee');
    const target = callee.child((callee.node as unknown as { object: Node }).object, 'object');
    const method = s.find((node) => node.type === 'ClassMethod' && node.key.type === 'Identifier' && node.key.name === 'stop');
    const statement = findUnsettingStatement(method, target);
    return statement ? code.slice(statement.start!, statement.end!) : null;
  }

  it('finds the statement that sets the target or a part of it to null or undefined', () => {
    expect(unsetting(CLASS('', "this.bus.on('x', f);", 'flush();\nthis.bus = null;'))).toBe('this.bus = null;');
    expect(unsetting(CLASS('', "this.room.bus.on('x', f);", 'if (done) {\n  this.room = undefined;\n}'))).toBe('if (done) {\n  this.room = undefined;\n}');
    expect(unsetting(CLASS('', "this.bus.on('x', f);", 'this.bus = other;\nthis.count = null;'))).toBeNull();
  });
});

describe('isAssignedOnlyConditionally', () => {
  function conditional(code: string, name = 'sub'): boolean {
    const s = parseSnippet(code, 'ts');
    return isAssignedOnlyConditionally(name, s.find((node) => node.type === 'ClassDeclaration'));
  }

  it('is true when every assignment sits in a branch, a loop, a catch or a callback', () => {
    expect(conditional('class A {\n  sub: S;\n  init() { if (this.on) { this.sub = s.subscribe(f); } }\n}')).toBe(true);
    expect(conditional('class A {\n  sub: S;\n  init() { this.on ? (this.sub = s.subscribe(f)) : null; }\n}')).toBe(true);
    expect(conditional('class A {\n  sub: S;\n  init() { load().then(() => { this.sub = s.subscribe(f); }); }\n}')).toBe(true);
    expect(conditional('class A {\n  sub: S;\n  init() { try { go(); } catch { this.sub = s.subscribe(f); } }\n}')).toBe(true);
    expect(conditional('class A {\n  #sub: S;\n  init() { for (const x of xs) this.#sub = s.subscribe(f); }\n}', '#sub')).toBe(true);
  });

  it('is true when every assignment follows an await of its async method (a start that failed or was aborted leaves it unset)', () => {
    expect(conditional('class A {\n  #sub!: S;\n  async start() { await open(); this.#sub = s.subscribe(f); }\n}', '#sub')).toBe(true);
    expect(conditional('class A {\n  sub: S;\n  start = async () => { for await (const x of xs) go(x); this.sub = s.subscribe(f); };\n}')).toBe(true);
    expect(conditional('class A {\n  sub: S;\n  async start() { this.sub = s.subscribe(f); await open(); }\n}')).toBe(false);
    expect(conditional('class A {\n  sub: S;\n  async start() { const later = async () => { await x; }; this.sub = s.subscribe(f); }\n}')).toBe(false);
    expect(conditional('class A {\n  sub: S;\n  async start() { await open(); this.sub = s.subscribe(f); }\n  reset() { this.sub = s.subscribe(f); }\n}')).toBe(false);
  });

  it('is false when the field is initialized, never assigned, or assigned plainly in some method', () => {
    expect(conditional('class A {\n  sub = s.subscribe(f);\n  init() { if (this.on) this.sub = s.subscribe(f); }\n}')).toBe(false);
    expect(conditional('class A {\n  constructor(private sub: S) {}\n  init() { if (this.on) this.sub = s.subscribe(f); }\n}')).toBe(false);
    expect(conditional('class A {\n  sub: S;\n}')).toBe(false);
    expect(conditional('class A {\n  sub: S;\n  init() { this.sub = s.subscribe(f); }\n  again() { if (this.on) this.sub = s.subscribe(f); }\n}')).toBe(false);
    expect(conditional('class A {\n  sub: S;\n  init = () => { this.sub = s.subscribe(f); };\n}')).toBe(false);
    expect(conditional('class A {\n  sub: S;\n  init() { if (this.on) go(); this.sub = s.subscribe(f); }\n}')).toBe(false);
  });
});
