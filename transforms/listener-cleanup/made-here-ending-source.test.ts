import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { isMadeHereEndingSource } from './made-here-ending-source';

function check(code: string, callee: string): boolean {
  const call = parseSnippet(code).call(callee);
  const member = call.child((call.node as unknown as { callee: never }).callee, 'callee');
  return isMadeHereEndingSource(member.child((member.node as unknown as { object: never }).object, 'object'));
}

describe('isMadeHereEndingSource', () => {
  it('sees the end-of-life observable of an object made here', () => {
    expect(check('function f(tab) { const observer = new CompletionObserver(tab); observer.destroyed$.subscribe(() => stop(tab)); }', 'observer.destroyed$.subscribe')).toBe(true);
    expect(check('function f(tab) { new CompletionObserver(tab).closed$.subscribe(() => stop(tab)); }', 'new CompletionObserver(tab).closed$.subscribe')).toBe(true);
    const angular = 'class S { create(type) { const factory = this.resolver.resolveComponentFactory(type); const ref = factory.create(this.injector); const tab = ref.instance; tab.destroyed$.subscribe(() => ref.destroy()); return tab; } }';
    expect(check(angular, 'tab.destroyed$.subscribe')).toBe(true);
    expect(check('class S { open() { const ref = this.vcr.createComponent(Dialog); ref.instance.closed.subscribe(() => ref.destroy()); } }', 'ref.instance.closed.subscribe')).toBe(true);
  });

  it('leaves objects handed in, other observables and other factories', () => {
    expect(check('function f(tab) { tab.destroyed$.subscribe(() => stop(tab)); }', 'tab.destroyed$.subscribe')).toBe(false);
    expect(check('function f(tab) { const observer = new CompletionObserver(tab); observer.done$.subscribe(() => stop(tab)); }', 'observer.done$.subscribe')).toBe(false);
    expect(check('function f(tab) { const observer = registry.get(tab); observer.destroyed$.subscribe(() => stop(tab)); }', 'observer.destroyed$.subscribe')).toBe(false);
    expect(check('class S { f() { const ref = this.service.create(this.injector); ref.instance.destroyed$.subscribe(() => 1); } }', 'ref.instance.destroyed$.subscribe')).toBe(false);
    expect(check('class S { f() { this.tab.destroyed$.subscribe(() => 1); } }', 'this.tab.destroyed$.subscribe')).toBe(false);
  });
});
