import { describe, expect, it } from 'vitest';
import type { Class } from '@babel/types';
import { editSnippet } from '../../../test/helpers/edit-context';
import type { NodePath } from '../../core/traverse';
import { buildAngularOnDestroyEdits } from './angular-on-destroy';

const onDestroy = (code: string, language: 'ts' | 'js' = 'ts') => {
  const s = editSnippet(code, language);
  const classPath = s.find((node) => node.type === 'ClassDeclaration') as NodePath<Class>;
  const edits = buildAngularOnDestroyEdits(classPath, s.ast.program, s.ctx);
  return edits && edits.length > 0 ? s.apply(edits) : edits === null ? null : code;
};

describe('buildAngularOnDestroyEdits', () => {
  it('adds OnDestroy to implements and to the @angular/core import', () => {
    expect(onDestroy("import { Component, OnInit } from '@angular/core';\nclass A implements OnInit {}\n")).toBe(
      "import { Component, OnInit, OnDestroy } from '@angular/core';\nclass A implements OnInit, OnDestroy {}\n",
    );
    expect(onDestroy("import { Component } from '@angular/core';\nclass A<T> extends Base<T> {}\n")).toBe(
      "import { Component, OnDestroy } from '@angular/core';\nclass A<T> extends Base<T> implements OnDestroy {}\n",
    );
    expect(onDestroy("import { x } from './x';\nclass A {}\n")).toBe("import { x } from './x';\nimport { OnDestroy } from '@angular/core';\nclass A implements OnDestroy {}\n");
  });

  it('changes nothing when the class already implements it, or in JavaScript', () => {
    const code = "import { OnDestroy } from '@angular/core';\nclass A implements OnDestroy {}\n";
    expect(onDestroy(code)).toBe(code);
    expect(onDestroy('class A {}\n', 'js')).toBe('class A {}\n');
  });
});
