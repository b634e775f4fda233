import { describe, expect, it } from 'vitest';
import type { Program } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import type { AcquisitionHandle } from '../../src/analysis/resources/acquisition-handle';
import { readSubscriptionReleaseMethod } from './subscription-release';

/** readSubscriptionReleaseMethod for a handle kept in `this.<field>` (or dropped, `field` null) in `code`. */
function method(code: string, field: string | null): ReturnType<typeof readSubscriptionReleaseMethod> {
  const program = parseSnippet(code, 'ts').ast.program as Program;
  const handle = (field === null ? { kind: 'discarded' } : { kind: 'member', member: { root: 'this', properties: [field], text: `this.${field}` } }) as unknown as AcquisitionHandle;
  return readSubscriptionReleaseMethod(program, handle);
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
});
