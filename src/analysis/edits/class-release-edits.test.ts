import { describe, expect, it } from 'vitest';
import type { Class, ClassBody } from '@babel/types';
import { editSnippet } from '../../../test/helpers/edit-context';
import type { NodePath } from '../../core/traverse';
import { resolveClassOwner } from '../lifecycle/class-owner';
import { buildClassFieldEdit, buildClassReleaseEdits, buildNewFieldEdit } from './class-release-edits';

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
  const field = (code: string, language: 'ts' | 'js', name: string, type: string | null) => {
    const s = editSnippet(code, language);
    const body = s.find((node) => node.type === 'ClassBody').node as ClassBody;
    const user = s.find((node) => node.type === 'ClassMethod').node;
    return s.apply([buildClassFieldEdit(body, user, name, type, s.ctx)]);
  };

  it('puts the field after the fields that open the class, before its comments and decorators of the methods', () => {
    expect(field('class A {\n  x = 1;\n\n  /** Starts. */\n  @bound\n  start() {}\n}\n', 'ts', 'intervalId', 'number')).toBe(
      'class A {\n  x = 1;\n  private intervalId?: number;\n\n  /** Starts. */\n  @bound\n  start() {}\n}\n',
    );
  });

  it('writes a #private field in JavaScript, with a semicolon only where needed', () => {
    expect(field('class A {\n  [Symbol.iterator]() {}\n}\n', 'js', '#intervalId', null)).toBe('class A {\n  #intervalId;\n  [Symbol.iterator]() {}\n}\n');
  });
});

describe('buildNewFieldEdit', () => {
  const add = (code: string, userName: string) => {
    const s = editSnippet(code, 'ts');
    const body = s.find((node) => node.type === 'ClassBody').node as ClassBody;
    const user = body.body.find((member) => (member as { key?: { name?: string } }).key?.name === userName)!;
    return s.apply([buildNewFieldEdit(body, user, 'private readonly destroyRef = inject(DestroyRef)', s.ctx)]);
  };

  it('goes after the last field before the constructor and methods, not after the constructor (Kavita review-card)', () => {
    const code = 'class A {\n  private readonly accountService = inject(AccountService);\n\n  @Input() review!: Review;\n\n  isMine = false;\n\n  constructor(private readonly cdRef: ChangeDetectorRef) {}\n\n  ngOnInit() {}\n}\n';
    expect(add(code, 'ngOnInit')).toBe(
      'class A {\n  private readonly accountService = inject(AccountService);\n\n  @Input() review!: Review;\n\n  isMine = false;\n\n  private readonly destroyRef = inject(DestroyRef);\n\n  constructor(private readonly cdRef: ChangeDetectorRef) {}\n\n  ngOnInit() {}\n}\n',
    );
  });

  it('stops at the first method, a property holding a function counting as one', () => {
    const code = 'class A {\n\ta = 1;\n\tonClick = () => {};\n\tb = 2;\n\tstart() {}\n}\n';
    expect(add(code, 'start')).toBe('class A {\n\ta = 1;\n\tprivate readonly destroyRef = inject(DestroyRef);\n\tonClick = () => {};\n\tb = 2;\n\tstart() {}\n}\n');
  });

  it('goes at the top of the class body when no field opens it, set apart as the class sets its members apart', () => {
    expect(add('class A {\n  constructor() {}\n\n  start() {}\n}\n', 'constructor')).toBe('class A {\n  private readonly destroyRef = inject(DestroyRef);\n\n  constructor() {}\n\n  start() {}\n}\n');
    expect(add('class A {\n  constructor() {}\n  start() {}\n}\n', 'constructor')).toBe('class A {\n  private readonly destroyRef = inject(DestroyRef);\n  constructor() {}\n  start() {}\n}\n');
  });

  it('stays before a field whose initialiser reads it', () => {
    const code = 'class A {\n  a = 1;\n  sub = this.x$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe();\n  b = 2;\n}\n';
    expect(add(code, 'sub')).toBe('class A {\n  a = 1;\n  private readonly destroyRef = inject(DestroyRef);\n  sub = this.x$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe();\n  b = 2;\n}\n');
  });
});
