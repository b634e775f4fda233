import { describe, expect, it } from 'vitest';
import type { Class } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { parseSnippet } from '../../../test/helpers/ast';
import { createNameReservations } from './name-reservations';
import { getUniqueMemberName } from './unique-member-name';

const classOf = (code: string, name?: string) =>
  parseSnippet(code).find((node) => (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') && (name === undefined || node.id?.name === name)) as NodePath<Class>;

describe('getUniqueMemberName', () => {
  it('gives a private or public name that no member declares or uses', () => {
    expect(getUniqueMemberName({ classPath: classOf('class A { run() {} }'), base: 'intervalId', isPrivate: true })).toBe('#intervalId');
    expect(getUniqueMemberName({ classPath: classOf('class A { run() {} }'), base: 'intervalId', isPrivate: false })).toBe('intervalId');
    expect(getUniqueMemberName({ classPath: classOf('class A { #intervalId; }'), base: 'intervalId', isPrivate: true })).toBe('#intervalId2');
    expect(getUniqueMemberName({ classPath: classOf('class A { m() { this.intervalId = 1; } }'), base: 'intervalId', isPrivate: false })).toBe('intervalId2');
    expect(getUniqueMemberName({ classPath: classOf('class A { constructor(private intervalId: number) {} }'), base: 'intervalId', isPrivate: false })).toBe('intervalId2');
    expect(getUniqueMemberName({ classPath: classOf('class A { intervalId() {} }'), base: 'intervalId', isPrivate: true })).toBe('#intervalId2');
  });

  it('remembers what it handed out', () => {
    const reserved = createNameReservations();
    const classPath = classOf('class A {}');
    expect(getUniqueMemberName({ classPath, base: 'timeoutId', isPrivate: true, reserved })).toBe('#timeoutId');
    expect(getUniqueMemberName({ classPath, base: 'timeoutId', isPrivate: true, reserved })).toBe('#timeoutId2');
  });

  it('keeps a public or TypeScript private name free along the chain of classes the file declares', () => {
    const code = 'class Base { private subscription?: S; } class Tab extends Base { } class Split extends Tab { m() { this.subscription2 = 1; } }';
    expect(getUniqueMemberName({ classPath: classOf(code, 'Tab'), base: 'subscription', isPrivate: false })).toBe('subscription3');
    // A base sees its subclasses' names too.
    expect(getUniqueMemberName({ classPath: classOf('class Base {} class Tab extends Base { private subscription?: S; }', 'Base'), base: 'subscription', isPrivate: false })).toBe('subscription2');
    // ... and the names other fixes of this pass gave them.
    const reserved = createNameReservations();
    const chain = parseSnippet('class Base { a() {} } class Tab extends Base { b() {} }');
    const [base, tab] = chain.findAll((node) => node.type === 'ClassDeclaration') as NodePath<Class>[];
    expect(getUniqueMemberName({ classPath: base!, base: 'subscription', isPrivate: false, reserved })).toBe('subscription');
    expect(getUniqueMemberName({ classPath: tab!, base: 'subscription', isPrivate: false, reserved })).toBe('subscription2');
    expect(getUniqueMemberName({ classPath: base!, base: 'subscription', isPrivate: false, reserved })).toBe('subscription3');
    // `#private` names are each class's own.
    expect(getUniqueMemberName({ classPath: classOf('class Base { #timer; } class Tab extends Base {}', 'Tab'), base: 'timer', isPrivate: true })).toBe('#timer');
  });

  it('makes the name the class\'s own when it extends a class of another file', () => {
    const imported = "import { BaseTabComponent } from 'tabby-core'; export class SplitTabComponent extends BaseTabComponent {}";
    expect(getUniqueMemberName({ classPath: classOf(imported), base: 'subscription', isPrivate: false })).toBe('splitTabComponentSubscription');
    expect(getUniqueMemberName({ classPath: classOf("import { Base } from './base'; class URLLoader extends Base {}"), base: 'handler', isPrivate: false })).toBe('urlLoaderHandler');
    // Through a base of the file that extends one of another file.
    expect(getUniqueMemberName({ classPath: classOf("import { Session } from './session'; class Shell extends Session {} class Ssh extends Shell {}", 'Ssh'), base: 'subscription', isPrivate: false })).toBe('sshSubscription');
    // A framework's or the platform's base gets no member from unleak.
    expect(getUniqueMemberName({ classPath: classOf("import React from 'react'; class Clock extends React.Component {}"), base: 'intervalId', isPrivate: false })).toBe('intervalId');
    expect(getUniqueMemberName({ classPath: classOf("import { Component } from 'react'; class Clock extends Component {}"), base: 'intervalId', isPrivate: false })).toBe('intervalId');
    expect(getUniqueMemberName({ classPath: classOf('class Menu extends HTMLElement {}'), base: 'handler', isPrivate: false })).toBe('handler');
    expect(getUniqueMemberName({ classPath: classOf("import { LitElement } from 'lit'; class Menu extends LitElement {}"), base: 'handler', isPrivate: false })).toBe('handler');
    // A JavaScript `#private` name needs none of this.
    expect(getUniqueMemberName({ classPath: classOf(imported), base: 'subscription', isPrivate: true })).toBe('#subscription');
    // No name is provably the class's own: none.
    expect(getUniqueMemberName({ classPath: classOf("import { Base } from './base'; export default class extends Base {}"), base: 'subscription', isPrivate: false })).toBeNull();
    expect(getUniqueMemberName({ classPath: classOf("import { Base } from './base'; const Shell = class extends Base {}"), base: 'subscription', isPrivate: false })).toBe('shellSubscription');
  });

  it("makes the name the class's own in an exported abstract class, which other files extend", () => {
    expect(getUniqueMemberName({ classPath: classOf('export abstract class FieldBase {}'), base: 'destroyRef', isPrivate: false })).toBe('fieldBaseDestroyRef');
    expect(getUniqueMemberName({ classPath: classOf('abstract class FieldBase {} export { FieldBase };'), base: 'destroyRef', isPrivate: false })).toBe('fieldBaseDestroyRef');
    // Not exported: every subclass is in the file, and the chain check covers it; not abstract: the plain name.
    expect(getUniqueMemberName({ classPath: classOf('abstract class FieldBase {}'), base: 'destroyRef', isPrivate: false })).toBe('destroyRef');
    expect(getUniqueMemberName({ classPath: classOf('export class Field {}'), base: 'destroyRef', isPrivate: false })).toBe('destroyRef');
    expect(getUniqueMemberName({ classPath: classOf('export abstract class FieldBase {}'), base: 'destroyRef', isPrivate: true })).toBe('#destroyRef');
  });
});
