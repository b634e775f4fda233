import { describe, expect, it } from 'vitest';
import type { Class } from '@babel/types';
import { editSnippet } from '../../../test/helpers/edit-context';
import type { NodePath } from '../../core/traverse';
import { resolveClassOwner } from '../lifecycle/class-owner';
import { buildClassFieldEdit, buildClassReleaseEdits } from './class-release-edits';

const release = (code: string, acquiringName: string, returnType = '') => {
  const s = editSnippet(code, 'ts');
  const classPath = s.find((node) => node.type === 'ClassDeclaration') as NodePath<Class>;
  const owner = resolveClassOwner(classPath);
  const member = s.find((node) => (node.type === 'ClassMethod' || node.type === 'ClassProperty') && (node.key as { name?: string }).name === acquiringName).node;
  return s.apply(buildClassReleaseEdits({ owner, acquiringMember: member, statements: ['stop()'], returnType }, s.ctx));
};

describe('buildClassReleaseEdits', () => {
  it('appends to an existing release method', () => {
    expect(release('class A {\n  start() {}\n  dispose() {\n    log();\n  }\n}\n', 'start')).toBe('class A {\n  start() {}\n  dispose() {\n    log();\n    stop();\n  }\n}\n');
    expect(release('class A {\n  start() {}\n  close = () => log();\n}\n', 'start')).toBe('class A {\n  start() {}\n  close = () => {\n    log();\n    stop();\n  };\n}\n');
  });

  it('creates the release method after the acquire hook, like it is written', () => {
    const lit = 'class A extends LitElement {\n  override connectedCallback(): void {\n    super.connectedCallback();\n  }\n\n  tick() {}\n}\n';
    expect(release(lit, 'tick')).toBe(
      'class A extends LitElement {\n  override connectedCallback(): void {\n    super.connectedCallback();\n  }\n\n  override disconnectedCallback(): void {\n    super.disconnectedCallback();\n    stop();\n  }\n\n  tick() {}\n}\n',
    );
    expect(release('class A extends HTMLElement {\n  connectedCallback() {}\n}\n', 'connectedCallback')).toBe(
      'class A extends HTMLElement {\n  connectedCallback() {}\n\n  disconnectedCallback() {\n    stop();\n  }\n}\n',
    );
  });

  it('creates dispose() after the acquiring method, or at the end for field initialisers', () => {
    expect(release('class A {\n  run() {}\n  other() {}\n}\n', 'run')).toBe('class A {\n  run() {}\n\n  dispose() {\n    stop();\n  }\n  other() {}\n}\n');
    expect(release('class A {\n  t = go();\n  other() {}\n}\n', 't')).toBe('class A {\n  t = go();\n  other() {}\n\n  dispose() {\n    stop();\n  }\n}\n');
    expect(release('@Component({})\nclass A {\n  ngOnInit() {}\n}\n', 'ngOnInit', ': void')).toBe('@Component({})\nclass A {\n  ngOnInit() {}\n\n  ngOnDestroy(): void {\n    stop();\n  }\n}\n');
  });
});

describe('buildClassFieldEdit', () => {
  it('puts the field before the member, its comments and decorators', () => {
    const s = editSnippet('class A {\n  x = 1;\n\n  /** Starts. */\n  @bound\n  start() {}\n}\n', 'ts');
    const start = s.find((node) => node.type === 'ClassMethod').node;
    expect(s.apply([buildClassFieldEdit(start, 'intervalId', 'number', s.ctx)])).toBe(
      'class A {\n  x = 1;\n\n  private intervalId?: number;\n\n  /** Starts. */\n  @bound\n  start() {}\n}\n',
    );
  });

  it('writes a #private field in JavaScript, with a semicolon only where needed', () => {
    const s = editSnippet('class A {\n  [Symbol.iterator]() {}\n}\n', 'js');
    const member = s.find((node) => node.type === 'ClassMethod').node;
    expect(s.apply([buildClassFieldEdit(member, '#intervalId', null, s.ctx)])).toBe('class A {\n  #intervalId;\n  [Symbol.iterator]() {}\n}\n');
  });
});
