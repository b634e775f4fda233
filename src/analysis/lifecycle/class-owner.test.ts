import { describe, expect, it } from 'vitest';
import type { Class } from '@babel/types';
import { parseSnippet } from '../../../test/helpers/ast';
import type { NodePath } from '../../core/traverse';
import { getClassMemberName, resolveClassOwner } from './class-owner';

const ownerOf = (code: string) => {
  const s = parseSnippet(code, 'tsx');
  const classPath = s.find((node) => node.type === 'ClassDeclaration' || node.type === 'ClassExpression') as NodePath<Class>;
  const owner = resolveClassOwner(classPath);
  return {
    kind: owner.kind,
    release: owner.releaseMethod,
    existing: owner.existingRelease !== null,
    superRelease: owner.superRelease,
    override: owner.usesOverride,
    destroyRef: owner.destroyRef,
    acquire: owner.acquireMembers ? [...owner.acquireMembers] : null,
  };
};

describe('resolveClassOwner', () => {
  it('recognises React class components', () => {
    expect(ownerOf("import React from 'react'; class A extends React.Component { componentDidMount() {} }")).toMatchObject({
      kind: 'react-class',
      release: 'componentWillUnmount',
      existing: false,
      acquire: ['componentDidMount'],
    });
    expect(ownerOf("import { PureComponent } from 'react'; class A extends PureComponent { componentWillUnmount() {} }")).toMatchObject({ kind: 'react-class', existing: true });
    expect(ownerOf('class A extends Base { componentDidMount() {} render() {} }').kind).toBe('react-class');
  });

  it('recognises Angular classes and an injected DestroyRef', () => {
    expect(ownerOf('@Component({}) class A { ngOnInit() {} }')).toMatchObject({ kind: 'angular', release: 'ngOnDestroy', destroyRef: null });
    expect(ownerOf('@Injectable() class A { private readonly ref = inject(DestroyRef); }').destroyRef).toBe('ref');
    expect(ownerOf('@Directive({}) class A { constructor(private destroyRef: DestroyRef) {} }').destroyRef).toBe('destroyRef');
    expect(ownerOf('@Pipe({}) class A { #d = inject(DestroyRef); }').destroyRef).toBe('#d');
  });

  it('recognises custom elements and whether the base has lifecycle callbacks', () => {
    expect(ownerOf('class A extends HTMLElement { connectedCallback() {} }')).toMatchObject({ kind: 'custom-element', release: 'disconnectedCallback', superRelease: false });
    expect(ownerOf('class A extends HTMLButtonElement {}')).toMatchObject({ kind: 'custom-element', superRelease: false });
    expect(ownerOf("import { LitElement } from 'lit'; class A extends LitElement { override connectedCallback() { super.connectedCallback(); } }")).toMatchObject({
      kind: 'custom-element',
      superRelease: true,
      override: true,
    });
    expect(ownerOf('class A extends Base { connectedCallback() { super.connectedCallback(); } }')).toMatchObject({ kind: 'custom-element', superRelease: true });
    expect(ownerOf('class A extends Base { connectedCallback() {} }')).toMatchObject({ kind: 'custom-element', superRelease: false });
  });

  it('recognises disposal methods, in order of preference', () => {
    expect(ownerOf('class A { close() {} dispose() {} }')).toMatchObject({ kind: 'disposable-class', release: 'dispose', existing: true });
    expect(ownerOf('class A { [Symbol.asyncDispose]() {} }').release).toBe('[Symbol.asyncDispose]');
    expect(ownerOf('class A { stop = () => {}; }')).toMatchObject({ kind: 'disposable-class', release: 'stop' });
    expect(ownerOf('class A { static dispose() {} }').kind).toBe('plain-class');
    expect(ownerOf('class A { dispose = 1; }').kind).toBe('plain-class');
    expect(ownerOf('class A { run() {} }')).toMatchObject({ kind: 'plain-class', release: 'dispose', existing: false, acquire: null });
  });

  it('names members the way code refers to them', () => {
    const s = parseSnippet('class A { a() {} #b() {} "c"() {} [Symbol.dispose]() {} [key]() {} d = 1; }');
    const names = s.findAll((node) => /^Class(Private)?(Method|Property)$/.test(node.type)).map((path) => getClassMemberName(path.node));
    expect(names).toEqual(['a', '#b', 'c', '[Symbol.dispose]', null, 'd']);
  });
});
