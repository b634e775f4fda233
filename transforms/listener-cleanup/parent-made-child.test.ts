import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveListenerCall, type ListenerCall } from './listener-call';
import { isParentMadeChild } from './parent-made-child';

/** The registrations of `code`, in source order. */
function registrations(code: string): ListenerCall[] {
  const snippet = parseSnippet(code, 'js');
  return snippet
    .findAll((node: Node) => node.type === 'CallExpression')
    .map(resolveListenerCall)
    .filter((call): call is ListenerCall => call !== null && call.role === 'add');
}

/** Whether the target of the `index`-th registration of `code` is a child made with `this`. */
function child(code: string, index = 0): boolean {
  return isParentMadeChild(registrations(code)[index]!.target);
}

describe('isParentMadeChild', () => {
  it('matches a child made with this or a function bound to this, parts of it, and a field always made so', () => {
    expect(child('class C { make(t) { const page = Page.from(this, t); page.emitter.on("close", () => this.drop(t)); } }')).toBe(true);
    expect(child('class C { make(s) { const w = new Worker(s, this.onError.bind(this)); w.on("console", (m) => this.log(m)); } }')).toBe(true);
    expect(child('class C { make() { this.realm = Realm.create(this); this.realm.on("worker", (r) => this.add(r)); } reset() { this.realm = null; } }')).toBe(true);
  });

  it('does not match a child made without this, a field also set from elsewhere, or code outside a class', () => {
    expect(child('class C { make(t) { const page = Page.from(t); page.emitter.on("close", () => this.drop(t)); } }')).toBe(false);
    expect(child('class C { make() { this.realm = Realm.create(this); this.realm.on("worker", f); } adopt(r) { this.realm = r; } }')).toBe(false);
    expect(child('function make(parent) { const page = Page.from(this, parent); page.on("close", f); }')).toBe(false);
  });
});
