import type { Class } from '@babel/types';
import { describe, expect, it } from 'vitest';
import type { NodePath } from '../../core/traverse';
import { parseSnippet } from '../../../test/helpers/ast';
import { resolveClassOwner } from './class-owner';
import { resolveVueClassComponent } from './vue-class-component';

function classPath(code: string): NodePath<Class> {
  return parseSnippet(code).find((node) => node.type === 'ClassDeclaration') as NodePath<Class>;
}

const check = (code: string) => resolveVueClassComponent(classPath(code));

describe('resolveVueClassComponent', () => {
  it('recognises class components by their decorator or base, with the Vue major the library says', () => {
    expect(check("import Component from 'vue-class-component';\n@Component class A {}")).toEqual({ major: 2 });
    expect(check("import { Component, Vue } from 'vue-property-decorator';\n@Component class A extends Vue {}")).toEqual({ major: 2 });
    expect(check("import { Options, Vue } from 'vue-class-component';\n@Options({}) class A extends Vue {}")).toEqual({ major: 3 });
    expect(check("import { Component, Vue } from 'vue-facing-decorator';\n@Component class A extends Vue {}")).toEqual({ major: 3 });
    expect(check("import Vue from 'vue';\nclass A extends Vue.extend({}) {}")).toEqual({ major: 2 });
    expect(check("import Vue from 'vue';\nclass A extends Vue {}")).toEqual({ major: 2 });
  });

  it('takes the major from the unmount hooks the class writes first, and gives none when nothing tells', () => {
    expect(check("import Component from 'vue-class-component';\n@Component class A { unmounted() {} }")).toEqual({ major: 3 });
    expect(check("import { mixins } from 'vue-class-component';\nclass A extends mixins(B) {}")).toEqual({ major: null });
    expect(check("import { Options, Vue } from 'vue-class-component';\nimport Component from 'vue-class-component';\n@Component @Options({}) class A extends Vue {}")).toEqual({ major: null });
  });

  it('leaves Angular components and other classes', () => {
    expect(check("import { Component } from '@angular/core';\n@Component({}) class A {}")).toBeNull();
    expect(check("import { Component } from './local';\n@Component class A {}")).toBeNull();
    expect(check('class A extends Vue {}')).toBeNull();
  });
});

describe('resolveClassOwner for Vue class components', () => {
  it('releases in beforeDestroy (Vue 2) or beforeUnmount (Vue 3), marked uncertain when the major is unknown', () => {
    const vue2 = resolveClassOwner(classPath("import Component from 'vue-class-component';\n@Component class A { mounted() {} }"));
    expect([vue2.kind, vue2.releaseMethod, vue2.releaseUncertain]).toEqual(['vue-class', 'beforeDestroy', undefined]);
    const vue3 = resolveClassOwner(classPath("import { Options, Vue } from 'vue-class-component';\n@Options({}) class A extends Vue {}"));
    expect([vue3.kind, vue3.releaseMethod]).toEqual(['vue-class', 'beforeUnmount']);
    const unknown = resolveClassOwner(classPath("import { mixins } from 'vue-class-component';\nclass A extends mixins(B) {}"));
    expect([unknown.kind, unknown.releaseMethod, unknown.releaseUncertain]).toEqual(['vue-class', 'beforeDestroy', true]);
  });
});
