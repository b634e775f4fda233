import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { isLookupInUnseenTemplate } from './unseen-template-element';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';

const IMPORT = "import { Component, Injectable } from '@angular/core';\n";

/** Whether the target of the first `<target>.addEventListener(...)` call is an id lookup in a component whose template is in another file. */
function unseen(code: string): boolean {
  const s = parseSnippet(IMPORT + code);
  const call = s.find((node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'addEventListener');
  const callee = call.child((call.node as unknown as { callee: Node }).callee, 'callee');
  const target = callee.child((callee.node as unknown as { object: Node }).object, 'object');
  return isLookupInUnseenTemplate(target, resolveOwnerScope(call, { sfc: null }));
}

describe('isLookupInUnseenTemplate', () => {
  it('matches a document lookup by id in a component with a templateUrl', () => {
    expect(unseen("@Component({ selector: 'x', templateUrl: './x.html' }) class X { ngOnInit() { document.querySelector('#w').addEventListener('s', (e) => this.go(e)); } }")).toBe(true);
    expect(unseen("@Component({ selector: 'x', templateUrl: './x.html' }) class X { ngOnInit() { const w = document.getElementById('w'); w.addEventListener('s', (e) => this.go(e)); } }")).toBe(true);
  });

  it('does not match an inline template, a lookup by class, the window, or a service', () => {
    expect(unseen("@Component({ selector: 'x', template: '<p></p>' }) class X { ngOnInit() { document.querySelector('#w').addEventListener('s', (e) => this.go(e)); } }")).toBe(false);
    expect(unseen("@Component({ selector: 'x', templateUrl: './x.html' }) class X { ngOnInit() { document.querySelector('.w').addEventListener('s', (e) => this.go(e)); } }")).toBe(false);
    expect(unseen("@Component({ selector: 'x', templateUrl: './x.html' }) class X { ngOnInit() { window.addEventListener('s', (e) => this.go(e)); } }")).toBe(false);
    expect(unseen("@Injectable() class X { start() { document.querySelector('#w').addEventListener('s', (e) => this.go(e)); } }")).toBe(false);
  });
});
