import { describe, expect, it } from 'vitest';
import type { Class } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { parseSnippet } from '../../../test/helpers/ast';
import { resolveClassRelatives } from './class-relatives';

function relativesOf(code: string, name: string) {
  const classes = parseSnippet(code).findAll((node) => node.type === 'ClassDeclaration' || node.type === 'ClassExpression') as NodePath<Class>[];
  const nameOf = (path: NodePath<Class>) => path.node.id?.name ?? (path.parentPath?.node as { id?: { name?: string } }).id?.name ?? '?';
  const found = resolveClassRelatives(classes.find((path) => nameOf(path) === name)!);
  return { relatives: found.relatives.map(nameOf).sort(), extendsOutside: found.extendsOutside };
}

describe('resolveClassRelatives', () => {
  it('finds the bases and subclasses the file declares', () => {
    const code = 'class A {} class B extends A {} const C = class extends B {}; class D extends C {} class E extends A {} class F {}';
    expect(relativesOf(code, 'B')).toEqual({ relatives: ['A', 'C', 'D'], extendsOutside: false });
    expect(relativesOf(code, 'A')).toEqual({ relatives: ['B', 'C', 'D', 'E'], extendsOutside: false });
    expect(relativesOf(code, 'F')).toEqual({ relatives: [], extendsOutside: false });
  });

  it('tells a base of another file that may be the project\'s from a framework\'s or the platform\'s', () => {
    expect(relativesOf("import { BaseTabComponent } from 'tabby-core'; class Split extends BaseTabComponent {}", 'Split').extendsOutside).toBe(true);
    expect(relativesOf("import { Base } from './base'; class A extends Base {} class B extends A {}", 'B')).toEqual({ relatives: ['A'], extendsOutside: true });
    expect(relativesOf("import * as lib from './lib'; class A extends lib.Base {}", 'A').extendsOutside).toBe(true);
    expect(relativesOf("class A extends mixin(Base) {}", 'A').extendsOutside).toBe(true);
    expect(relativesOf("import React from 'react'; class A extends React.Component {}", 'A').extendsOutside).toBe(false);
    expect(relativesOf("import { Component } from '@angular/core'; class A extends Component {}", 'A').extendsOutside).toBe(false);
    expect(relativesOf("import { EventEmitter } from 'node:events'; class A extends EventEmitter {}", 'A').extendsOutside).toBe(false);
    expect(relativesOf('class A extends HTMLElement {}', 'A').extendsOutside).toBe(false);
    // A class a framework makes from options, not from classes.
    expect(relativesOf("import Vue from 'vue'; const Base = Vue.extend({ props: {} }); class A extends Base {}", 'A').extendsOutside).toBe(false);
    expect(relativesOf("import Vue from 'vue'; class A extends Vue.extend({ props: {} }) {}", 'A').extendsOutside).toBe(false);
    expect(relativesOf("import { Mixins } from 'vue-property-decorator'; import { Paged } from './paged'; class A extends Mixins(Paged) {}", 'A').extendsOutside).toBe(true);
  });
});
