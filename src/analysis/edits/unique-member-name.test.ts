import { describe, expect, it } from 'vitest';
import type { Class } from '@babel/types';
import { parseSnippet } from '../../../test/helpers/ast';
import { getUniqueMemberName } from './unique-member-name';

const classOf = (code: string) => parseSnippet(code).find((node) => node.type === 'ClassDeclaration').node as Class;

describe('getUniqueMemberName', () => {
  it('gives a private or public name that no member declares or uses', () => {
    expect(getUniqueMemberName({ classNode: classOf('class A { run() {} }'), base: 'intervalId', isPrivate: true })).toBe('#intervalId');
    expect(getUniqueMemberName({ classNode: classOf('class A { run() {} }'), base: 'intervalId', isPrivate: false })).toBe('intervalId');
    expect(getUniqueMemberName({ classNode: classOf('class A { #intervalId; }'), base: 'intervalId', isPrivate: true })).toBe('#intervalId2');
    expect(getUniqueMemberName({ classNode: classOf('class A { m() { this.intervalId = 1; } }'), base: 'intervalId', isPrivate: false })).toBe('intervalId2');
    expect(getUniqueMemberName({ classNode: classOf('class A { constructor(private intervalId: number) {} }'), base: 'intervalId', isPrivate: false })).toBe('intervalId2');
    expect(getUniqueMemberName({ classNode: classOf('class A { intervalId() {} }'), base: 'intervalId', isPrivate: true })).toBe('#intervalId2');
  });

  it('remembers what it handed out', () => {
    const reserved = new Set<string>();
    const classNode = classOf('class A {}');
    expect(getUniqueMemberName({ classNode, base: 'timeoutId', isPrivate: true, reserved })).toBe('#timeoutId');
    expect(getUniqueMemberName({ classNode, base: 'timeoutId', isPrivate: true, reserved })).toBe('#timeoutId2');
  });
});
