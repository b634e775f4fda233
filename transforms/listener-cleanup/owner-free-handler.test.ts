import { describe, expect, it } from 'vitest';
import type { Class, Node } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveListenerCall } from './listener-call';
import { getUnboundMethodHandler, isOwnerFreeHandler } from './owner-free-handler';
import { createParseView } from '../../src/core/script-blocks';

/** isOwnerFreeHandler for the handler of the first registration in `code`. */
function free(code: string): boolean {
  const s = parseSnippet(code, 'ts');
  const add = s.findAll((node: Node) => node.type === 'CallExpression').map(resolveListenerCall).find((c) => c?.role === 'add');
  if (!add?.handler) throw new Error('no registration');
  return isOwnerFreeHandler(add.handler);
}

describe('isOwnerFreeHandler', () => {
  it('accepts a function that uses its own this, its own names, module names and globals', () => {
    expect(free("const LIMIT = 3; class A { start(bar: any) { bar.on('enter', function (this: any, e: any) { const n = LIMIT; this.mark(e, n, document.title); }); } }")).toBe(true);
    expect(free("class A { start(bar: any) { bar.on('enter', (e: any) => { console.log(e.type); }); } }")).toBe(true);
    expect(free("class A { start(bar: any) { bar.on('enter', function (this: any) { [1].forEach(() => this.mark()); }); } }")).toBe(true);
  });

  it("rejects a handler that reads the owner's this or a variable of the code around it", () => {
    expect(free("class A { start(bar: any) { bar.on('enter', () => { this.mark(); }); } mark() {} }")).toBe(false);
    expect(free("class A { start(bar: any) { const self = this; bar.on('enter', function () { self.mark(); }); } mark() {} }")).toBe(false);
    expect(free("class A { start(bar: any) { bar.on('enter', function () { bar.mark(); }); } }")).toBe(false);
    expect(free("class A { start(bar: any) { const onEnter = () => {}; bar.on('enter', onEnter); } }")).toBe(false);
  });
});

describe('isOwnerFreeHandler in a component instance script', () => {
  /** The same, for the first registration in the `<script setup>` of a `.vue` file (with a module `<script>` before it). */
  function freeInSetup(moduleCode: string, setupCode: string): boolean {
    const text = `<script lang="ts">\n${moduleCode}\n</script>\n<script setup lang="ts">\n${setupCode}\n</script>\n<template><div /></template>\n`;
    const view = createParseView(text, { language: 'ts', sourceType: 'module', container: 'vue' });
    const s = parseSnippet(view.text, 'ts');
    const add = s.findAll((node: Node) => node.type === 'CallExpression').map(resolveListenerCall).find((c) => c?.role === 'add');
    if (!add?.handler) throw new Error('no registration');
    return isOwnerFreeHandler(add.handler, { kind: 'vue', blocks: view.blocks!, markup: view.markup });
  }

  it("takes a top-level name of `<script setup>` (made per instance) for the owner's", () => {
    expect(freeInSetup('', "import { ref } from 'vue';\nconst shown = ref(false);\nfunction f(el: any) { el.on('scroll', () => { shown.value = true; }); }")).toBe(false);
  });

  it("takes an import, a global or a name of the module `<script>` for the module's", () => {
    expect(freeInSetup('export const LIMIT = 3;', "import { log } from './log';\nfunction f(el: any) { el.on('scroll', () => { log(LIMIT, document.title); }); }")).toBe(true);
  });
});

describe('getUnboundMethodHandler', () => {
  /** getUnboundMethodHandler for the handler of the first registration in `code`, in its class. */
  function unbound(code: string): string | null {
    const s = parseSnippet(code, 'ts');
    const add = s.findAll((node: Node) => node.type === 'CallExpression').map(resolveListenerCall).find((c) => c?.role === 'add');
    const classPath = s.findAll((node: Node) => node.type === 'ClassDeclaration')[0];
    if (!add?.handler || !classPath) throw new Error('no registration in a class');
    return getUnboundMethodHandler(add.handler, classPath.node as Class);
  }

  it('names a plain prototype method handed over unbound', () => {
    expect(unbound("class A { constructor() { app.on('will-quit', this.destroy); } destroy() {} }")).toBe('destroy');
    expect(unbound("class A { start() { window.addEventListener('resize', this.onResize); } onResize() {} }")).toBe('onResize');
  });

  it('rejects a bound, arrow, decorated, static or unknown method and any other handler', () => {
    expect(unbound("class A { constructor() { this.destroy = this.destroy.bind(this); app.on('will-quit', this.destroy); } destroy() {} }")).toBeNull();
    expect(unbound("class A { constructor() { app.on('will-quit', this.destroy); } destroy = () => {}; }")).toBeNull();
    expect(unbound("class A { constructor() { app.on('will-quit', this.destroy); } @bound destroy() {} }")).toBeNull();
    expect(unbound("class A { constructor() { app.on('will-quit', this.destroy); } static destroy() {} }")).toBeNull();
    expect(unbound("class A { constructor() { app.on('will-quit', this.destroy); } }")).toBeNull();
    expect(unbound("class A { constructor() { app.on('will-quit', this.destroy.bind(this)); } destroy() {} }")).toBeNull();
    expect(unbound("class A { constructor() { app.on('will-quit', () => this.destroy()); } destroy() {} }")).toBeNull();
  });
});
