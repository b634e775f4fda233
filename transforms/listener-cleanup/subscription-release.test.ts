import { describe, expect, it } from 'vitest';
import type { AssignmentExpression, ExpressionStatement, Program } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import type { AcquisitionHandle } from '../../src/analysis/resources/acquisition-handle';
import { readSubscribeSource, readSubscriptionReleaseMethod } from './subscription-release';

/** readSubscriptionReleaseMethod for a handle kept in `this.<field>` (`this.<field> = ….subscribe(…)`; or dropped, `field` null: the first `.subscribe(…)`) in `code`. */
function method(code: string, field: string | null): ReturnType<typeof readSubscriptionReleaseMethod> {
  const parsed = parseSnippet(code, 'ts');
  const program = parsed.ast.program as Program;
  const handle = (field === null ? { kind: 'discarded' } : { kind: 'member', member: { root: 'this', properties: [field], text: `this.${field}` } }) as unknown as AcquisitionHandle;
  const subscribe =
    field === null
      ? parsed.find((node) => readSubscribeSource(node) !== null)!.node
      : (parsed.find((node) => node.type === 'AssignmentExpression' && code.slice(node.left.start!, node.left.end!) === `this.${field}`)!.node as AssignmentExpression).right;
  return readSubscriptionReleaseMethod(program, handle, subscribe);
}

describe('readSubscriptionReleaseMethod', () => {
  it('reads dispose from the field type or from another handle of the file ended with dispose()', () => {
    expect(method('class A { _sub?: Rx.IDisposable; mount() { this._sub = src.subscribe(f); } }', '_sub')).toBe('dispose');
    expect(method('class A { _sub: IDisposable | null = null; mount() { this._sub = src.subscribe(f); } }', '_sub')).toBe('dispose');
    expect(method('class A { mount() { this.a = src.subscribe(f); this.b = src.subscribe(g); } unmount() { this.b && this.b.dispose(); } }', 'a')).toBe('dispose');
    expect(method('function f() { const sub = src.subscribe(g); return () => sub.dispose(); } class A { mount() { this.a = src.subscribe(f); } }', 'a')).toBe('dispose');
  });

  it('reads unsubscribe from a Subscription type or another handle ended with unsubscribe()', () => {
    expect(method('class A { sub?: Subscription; mount() { this.sub = src.subscribe(f); } }', 'sub')).toBe('unsubscribe');
    expect(method('class A { mount() { this.a = src.subscribe(f); this.b = src.subscribe(g); } unmount() { this.b?.unsubscribe(); } }', 'a')).toBe('unsubscribe');
  });

  it('is null when the file does not tell, or tells both', () => {
    expect(method('class A { mount() { this.a = src.subscribe(f); } }', 'a')).toBeNull();
    expect(method('class A { a: any; mount() { this.a = src.subscribe(f); } }', 'a')).toBeNull();
    // `dispose()` on something that is no subscribe handle (a chart) says nothing about subscriptions
    expect(method('class A { mount() { this.a = src.subscribe(f); this.chart = make(); } unmount() { this.chart.dispose(); } }', 'a')).toBeNull();
    expect(method('class A { mount() { this.a = src.subscribe(f); this.b = src.subscribe(g); this.c = src.subscribe(g); } unmount() { this.b.dispose(); this.c.unsubscribe(); } }', 'a')).toBeNull();
    expect(method('src.subscribe(f);', null)).toBeNull();
  });

  it('borrows the method only from a handle subscribed on the same source', () => {
    // A Knockout `vm.name` subscription ended with dispose() says nothing of what `store.changes.subscribe(…)` returns
    expect(method('class A { constructor(store, vm) { this.ko = vm.name.subscribe(f); this.changes = store.changes.subscribe(g); } dispose() { this.ko.dispose(); } }', 'changes')).toBeNull();
    expect(method('class A { constructor(store, vm) { this.ko = vm.name.subscribe(f); this.age = vm.age.subscribe(g); } dispose() { this.ko.dispose(); } }', 'age')).toBe('dispose');
    expect(method('class A { mount() { this.a = this.props.a.subscribe(f); this.b = this.props.b.subscribe(g); this.c = this.store.c.subscribe(g); } unmount() { this.b.dispose(); } }', 'a')).toBe('dispose');
    expect(method('class A { mount() { this.a = this.props.a.subscribe(f); this.b = this.props.b.subscribe(g); this.c = this.store.c.subscribe(g); } unmount() { this.b.dispose(); } }', 'c')).toBeNull();
  });
});

describe('readSubscribeSource', () => {
  const source = (code: string): string | null => readSubscribeSource((parseSnippet(code, 'ts').find((node) => node.type === 'ExpressionStatement')!.node as ExpressionStatement).expression);
  it('is the receiver without its last member (at least its root, or this and its first member)', () => {
    expect(source('vm.name.subscribe(f);')).toBe('vm');
    expect(source('source.pipe(map(f)).subscribe(g);')).toBe('source');
    expect(source('this.props.source.subscribe(f);')).toBe('this.props');
    expect(source('class A { #store; m() { this.#store.changes.subscribe(f); } }')).toBe('this.#store');
    expect(source('getStore().subscribe(f);')).toBe('getStore');
    expect(source('this[key].subscribe(f);')).toBeNull();
    expect(source('vm.name.observe(f);')).toBeNull();
    // A bag of parameters: the receiver without its last member, not the bag
    expect(source('deps.vm.name.subscribe(f);')).toBe('deps.vm');
    expect(source('deps.store.changes.subscribe(f);')).toBe('deps.store');
    expect(source('this.sub.subscribe(f);')).toBe('this.sub');
  });
});
