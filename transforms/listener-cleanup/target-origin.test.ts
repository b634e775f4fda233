import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { createParseView } from '../../src/core/script-blocks';
import type { SingleFileComponent } from '../../src/core/rule';
import { resolveTargetOrigin } from './target-origin';

/** The origin of the object `.on(...)` is called on (the `nth` such call) in a `.vue` / `.svelte` file. */
function originIn(kind: 'vue' | 'svelte', text: string, nth = 0): string {
  const view = createParseView(text, { language: 'ts', sourceType: 'module', container: kind });
  const sfc: SingleFileComponent = { kind, blocks: view.blocks!, markup: view.markup };
  const snippet = parseSnippet(view.text);
  const calls = snippet.findAll((node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'on');
  const call = calls[nth]!.node as Node & { callee: { object: Node } };
  return resolveTargetOrigin(snippet.find((node) => node === call.callee.object), sfc);
}

const vueSetup = (code: string): string => `<script setup lang="ts">\n${code}\n</script>\n<template><div /></template>\n`;

describe('resolveTargetOrigin: top-level bindings of a component instance script', () => {
  it('an object `<script setup>` makes at its top level is the instance\'s own', () => {
    expect(originIn('vue', vueSetup("import { ref } from 'vue';\nconst chart = ref(null);\nfunction f() { chart.value.on('click', g); }"))).toBe('own');
    expect(originIn('vue', vueSetup("import { Editor } from './editor';\nconst editor = new Editor();\nfunction f() { editor.on('change', g); }"))).toBe('own');
    expect(originIn('vue', vueSetup("import * as d3 from 'd3';\nconst sim = d3.forceSimulation(nodes);\nfunction f() { sim.on('tick', g); }"))).toBe('own');
    expect(originIn('vue', vueSetup("import mitt from 'mitt';\nconst events = mitt();\nfunction f() { events.on('x', g); }"))).toBe('own');
    expect(originIn('vue', vueSetup("let map;\nfunction f() { map.on('load', g); }"))).toBe('own');
  });

  it('an import, an alias of a global, a shared accessor\'s result stay module-level', () => {
    expect(originIn('vue', vueSetup("import bus from './bus';\nfunction f() { bus.on('x', g); }"))).toBe('module');
    expect(originIn('vue', vueSetup("const ipc = window.ipc;\nfunction f() { ipc.on('x', g); }"))).toBe('module');
    expect(originIn('vue', vueSetup("import { useStore } from './store';\nconst store = useStore();\nfunction f() { store.on('x', g); }"))).toBe('module');
    expect(originIn('vue', vueSetup("import { inject } from 'vue';\nconst bus = inject('bus');\nfunction f() { bus.on('x', g); }"))).toBe('module');
    expect(originIn('vue', vueSetup("import mitt from 'mitt';\nconst events = mitt(window);\nfunction f() { events.on('x', g); }"))).toBe('module');
  });

  it('a `<script>` (not setup) block of a `.vue` file is module code', () => {
    const text = "<script lang=\"ts\">\nimport mitt from 'mitt';\nexport const shared = mitt();\n</script>\n<script setup lang=\"ts\">\nfunction f() { shared.on('x', g); }\n</script>\n";
    expect(originIn('vue', text)).toBe('module');
  });

  it('a Svelte instance script is per instance, its `context="module"` script is not', () => {
    const text = "<script context=\"module\" lang=\"ts\">\nimport { createHub } from './hub';\nexport const sharedHub = createHub();\n</script>\n<script lang=\"ts\">\nconst ownHub = createHub();\nfunction f() { ownHub.on('x', g); sharedHub.on('x', g); }\n</script>\n<p />\n";
    expect(originIn('svelte', text, 0)).toBe('own');
    expect(originIn('svelte', text, 1)).toBe('module');
  });

  it('without the component\'s blocks (a plain module) a top-level binding is module-level', () => {
    const snippet = parseSnippet("import { ref } from 'vue';\nconst chart = ref(null);\nfunction f() { chart.on('click', g); }");
    const call = snippet.find((node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression').node as Node & { callee: { object: Node } };
    expect(resolveTargetOrigin(snippet.find((node) => node === call.callee.object))).toBe('module');
  });
});

describe('resolveTargetOrigin: a call of a module namespace\'s function', () => {
  function origin(code: string): string {
    const snippet = parseSnippet(code);
    const calls = snippet.findAll((node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'on');
    const call = calls[0]!.node as Node & { callee: { object: Node } };
    return resolveTargetOrigin(snippet.find((node) => node === call.callee.object));
  }

  it('makes a new object, unless it is given a global or imported one', () => {
    expect(origin("import * as d3 from 'd3';\nexport function f() { d3.forceSimulation(nodes).on('tick', g); }")).toBe('unknown');
    expect(origin("import * as d3 from 'd3';\nexport function f() { d3.select(window).on('resize', g); }")).toBe('global');
    expect(origin("import * as d3 from 'd3';\nimport { root } from './root';\nexport function f() { d3.select(root).on('resize', g); }")).toBe('module');
    expect(origin("import { store } from './store';\nexport function f() { store.select(s).on('x', g); }")).toBe('module');
    expect(origin("import * as Rx from 'rxjs';\nexport function f() { Rx.fromEvent(document.body, 'click').on('x', g); }")).toBe('global');
    expect(origin("import * as api from './api';\nexport function f() { api.getBus().on('x', g); }")).toBe('module');
  });
});

describe('resolveTargetOrigin: a field a base class of the file stores from its constructor', () => {
  /** The origin of the object of the first `.on(...)` call in plain TypeScript. */
  function origin(code: string): string {
    const snippet = parseSnippet(code);
    const call = snippet.find((node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'on').node as Node & { callee: { object: Node } };
    return resolveTargetOrigin(snippet.find((node) => node === call.callee.object));
  }

  it('is injected when the subclass hands its constructor parameter to super(), or has no constructor', () => {
    const base = 'class Base { constructor(realm) { this.realm = realm; } }\n';
    expect(origin(base + 'class A extends Base { constructor(realm, frame) { super(realm); } init() { this.realm.on("x", h); } }')).toBe('injected');
    expect(origin(base + 'class A extends Base { init() { this.realm.on("x", h); } }')).toBe('injected');
    expect(origin('class Base { constructor(private realm: R) {} }\nclass Mid extends Base {}\nclass A extends Mid { init() { this.realm.on("x", h); } }')).toBe('injected');
  });

  it('is own when the subclass hands super() something it made, or the base does not store a parameter', () => {
    expect(origin('class Base { constructor(realm) { this.realm = realm; } }\nclass A extends Base { constructor() { super(new Realm()); } init() { this.realm.on("x", h); } }')).toBe('own');
    expect(origin('class Base { constructor() { this.realm = new Realm(); } }\nclass A extends Base { init() { this.realm.on("x", h); } }')).toBe('own');
  });

  it('is not injected when the subclass writes its parameter before handing it to super()', () => {
    expect(origin('class Base { constructor(bus) { this.bus = bus; } }\nclass A extends Base { constructor(bus) { bus = globalBus; super(bus); } init() { this.bus.on("x", h); } }')).not.toBe('injected');
  });
});
