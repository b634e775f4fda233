import { describe, expect, it } from 'vitest';
import type { CallExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { editSnippet } from '../../test/helpers/edit-context';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { buildTakeUntilDestroyedEdits } from './take-until-destroyed';

const pipe = (code: string, language: 'ts' | 'js' = 'ts') => {
  const s = editSnippet(code, language);
  const subscribe = s.find((node: Node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && (node.callee.property as { name?: string }).name === 'subscribe') as NodePath<CallExpression>;
  const owner = resolveOwnerScope(subscribe);
  const reserved = new Map<Node, Set<string>>();
  const edits = buildTakeUntilDestroyedEdits({ subscribe, classOwner: owner.classOwner!, reserved: (scope) => reserved.get(scope) ?? reserved.set(scope, new Set()).get(scope)! }, s.ctx);
  return edits && s.apply(edits);
};

const COMPONENT = (imports: string, body: string) =>
  `import { Component, ${imports} } from '@angular/core';\n\n@Component({ selector: 'x', template: '' })\nexport class X {\n${body}\n}\n`;

describe('buildTakeUntilDestroyedEdits', () => {
  it("pipes the chain through takeUntilDestroyed with the class's DestroyRef", () => {
    const code = COMPONENT('DestroyRef, inject', '  private readonly destroyRef = inject(DestroyRef);\n\n  ngOnInit(): void {\n    this.items$.subscribe((items) => (this.items = items));\n  }');
    expect(pipe(code)).toBe(
      `${COMPONENT('DestroyRef, inject', '  private readonly destroyRef = inject(DestroyRef);\n\n  ngOnInit(): void {\n    this.items$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((items) => (this.items = items));\n  }')}`.replace(
        "from '@angular/core';\n",
        "from '@angular/core';\nimport { takeUntilDestroyed } from '@angular/core/rxjs-interop';\n",
      ),
    );
  });

  it('adds the operator to an existing pipe', () => {
    const code = `import { takeUntilDestroyed } from '@angular/core/rxjs-interop';\n${COMPONENT('Inject', '  constructor(private destroyRef: DestroyRef) {}\n\n  ngOnInit(): void {\n    this.items$.pipe(map(f)).subscribe((x) => g(x));\n  }')}`;
    expect(pipe(code)).toContain('this.items$.pipe(map(f), takeUntilDestroyed(this.destroyRef)).subscribe((x) => g(x));');
  });

  it('injects a DestroyRef in a field only where the file shows Angular 16 or later', () => {
    const withInterop = `import { takeUntilDestroyed } from '@angular/core/rxjs-interop';\n${COMPONENT('OnInit', '  ngOnInit(): void {\n    this.items$.subscribe((x) => g(x));\n  }')}`;
    const result = pipe(withInterop)!;
    expect(result).toContain("import { Component, OnInit, DestroyRef, inject } from '@angular/core';");
    expect(result).toContain('  private readonly destroyRef = inject(DestroyRef);\n  ngOnInit(): void {\n    this.items$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((x) => g(x));');
    expect(pipe(COMPONENT('OnInit', '  ngOnInit(): void {\n    this.items$.subscribe((x) => g(x));\n  }'))).toBeNull();
    // Signal-era APIs say Angular 16 or later too.
    expect(pipe(COMPONENT('OnInit, input', "  readonly nav = input<string[]>([]);\n\n  ngOnInit(): void {\n    this.items$.subscribe((x) => g(x));\n  }"))).toContain('this.items$.pipe(takeUntilDestroyed(this.destroyRef))');
    expect(pipe(COMPONENT('OnInit, inject', '  ngOnInit(): void {\n    this.items$.subscribe((x) => g(x));\n  }'))).toBeNull();
  });

  it('leaves subscriptions with a complete callback (completion would call it) to ngOnDestroy', () => {
    const body = (args: string) => COMPONENT('DestroyRef, inject', `  private readonly destroyRef = inject(DestroyRef);\n\n  ngOnInit(): void {\n    this.items$.subscribe(${args});\n  }`);
    expect(pipe(body('{ next: f, complete: g }'))).toBeNull();
    expect(pipe(body('f, e, g'))).toBeNull();
    expect(pipe(body('observer'))).toBeNull();
    expect(pipe(body('{ next: f, error: e }'))).not.toBeNull();
  });
});
