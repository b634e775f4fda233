import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { isModuleInitCode } from './module-init-code';

function atInit(code: string): boolean {
  return isModuleInitCode(parseSnippet(code).call('target'));
}

describe('isModuleInitCode', () => {
  it('matches code in immediately invoked functions at module level, nested too', () => {
    expect(atInit('(() => { target(); })();')).toBe(true);
    expect(atInit('const f = ((a) => ((b) => { target(); return 1; })(a))(x);')).toBe(true);
    expect(atInit('!function () { target(); }();')).toBe(true);
    expect(atInit('(function () { target(); }).call(this);')).toBe(true);
  });

  it('matches a synchronous array-iteration callback called in module top-level code; not one inside a function or an async one', () => {
    expect(atInit("['exit', 'SIGINT'].forEach((event) => { target(event); });")).toBe(true);
    expect(atInit('const events = list();\nfor (const group of groups) group.map((e) => target(e));')).toBe(true);
    expect(atInit('function setUp() { events.forEach((e) => { target(e); }); }')).toBe(false);
    expect(atInit('events.forEach(async (e) => { target(e); });')).toBe(false);
    expect(atInit('events.some((e) => target(e));')).toBe(false);
    expect(atInit('el.onclick = () => events.forEach((e) => target(e));')).toBe(false);
  });

  it("matches the connect callback of Node's net.connect / tls.connect (a once('connect') listener); not another module's connect", () => {
    expect(atInit("const net = require('net');\nconst s = net.connect(9000, () => { target(); });")).toBe(true);
    expect(atInit("import * as tls from 'node:tls';\nconst s = tls.connect({ port: 1 }, function () { target(); });")).toBe(true);
    expect(atInit("import net from 'net';\nnet.createConnection({ path: p }, () => { target(); });")).toBe(true);
    expect(atInit("const db = require('./db');\ndb.connect(9000, () => { target(); });")).toBe(false);
    expect(atInit("const net = require('net');\nnet.connect(() => { target(); });")).toBe(false);
    expect(atInit("const net = require('net');\nfunction dial() { net.connect(9000, () => { target(); }); }")).toBe(false);
  });

  it("does not match a pinia setup store's function: once per app, or again after a $dispose() the file cannot see (still reported, shown-repetition.ts reads it as no evidence of repetition)", () => {
    expect(atInit("import { defineStore } from 'pinia';\nexport const useS = defineStore('s', () => { target(); });")).toBe(false);
    expect(atInit("export const useS = defineStore('s', () => { target(); });")).toBe(false);
  });
  it("matches a Nuxt plugin's setup (once per app), auto-imported or from #app / #imports; not a local defineNuxtPlugin", () => {
    expect(atInit('export default defineNuxtPlugin(() => { target(); });')).toBe(true);
    expect(atInit("import { defineNuxtPlugin } from '#app';\nexport default defineNuxtPlugin(() => { target(); });")).toBe(true);
    expect(atInit('const defineNuxtPlugin = (f) => f;\nexport default defineNuxtPlugin(() => { target(); });')).toBe(false);
    expect(atInit('export default defineNuxtPlugin(() => { items.forEach(() => { target(); }); });')).toBe(false);
  });

  it('matches an AngularJS service recipe or run/config block (the injector runs it once: services are singletons); not a controller or another module API', () => {
    expect(atInit("angular.module('app', []).factory('Clock', function () { target(); });")).toBe(true);
    expect(atInit("angular.module('app').service('Clock', function () { target(); }).factory('Other', f);")).toBe(true);
    expect(atInit("angular.module('app').run(['$rootScope', function ($rootScope) { target(); }]);")).toBe(true);
    expect(atInit("import angular from 'angular';\nconst app = angular.module('app', []);\napp.config(() => { target(); });")).toBe(true);
    expect(atInit("angular.module('app').controller('ClockCtrl', function () { target(); });")).toBe(false);
    expect(atInit("angular.module('app').run(['$rootScope', function ($rootScope) { target(); }, extra]);")).toBe(false);
    expect(atInit("tasks.run(function () { target(); });")).toBe(false);
    expect(atInit("const angular = makeFake();\nangular.module('app').run(() => { target(); });")).toBe(false);
  });

  it('matches an AMD module factory and a top-level AMD require callback (the loader runs each once); not a CommonJS require or a local define', () => {
    expect(atInit("define('page/a', ['dep'], function (dep) { target(); });")).toBe(true);
    expect(atInit("define(['dep'], (dep) => { target(); });")).toBe(true);
    expect(atInit('define(function () { target(); });')).toBe(true);
    expect(atInit("require(['dep'], (dep) => { target(); });")).toBe(true);
    expect(atInit("define('page/a', ['dep'], function (dep) { return { init() { target(); } }; });")).toBe(false);
    expect(atInit("require('dep', () => { target(); });")).toBe(false);
    expect(atInit("function define(id, f) { f(); f(); }\ndefine('page/a', () => { target(); });")).toBe(false);
    expect(atInit("define('page/a', ['dep'], function (dep) { target(); }, extra);")).toBe(false);
  });

  it("matches a callback handed to the file's own ready helper, which runs it once; not one a helper may run many times", () => {
    const ready = "function docReady(fn) { if (document.readyState !== 'loading') setTimeout(fn, 1); else document.addEventListener('DOMContentLoaded', fn); }\n";
    expect(atInit(`${ready}docReady(() => { target(); });`)).toBe(true);
    expect(atInit(`${ready}const whenReady = (cb) => docReady(cb);\nwhenReady(() => { target(); });`)).toBe(true);
    expect(atInit("function onResize(fn) { window.addEventListener('resize', fn); }\nonResize(() => { target(); });")).toBe(false);
    expect(atInit("function twice(fn) { setTimeout(fn, 1); document.addEventListener('DOMContentLoaded', fn); }\ntwice(() => { target(); });")).toBe(false);
    expect(atInit('function keep(fn) { handlers.push(fn); }\nkeep(() => { target(); });')).toBe(false);
  });

  it('does not match plain module code (the module owner), functions, callbacks or loops', () => {
    expect(atInit('target();')).toBe(false);
    expect(atInit('function f() { target(); }')).toBe(false);
    expect(atInit('(() => { setInterval(() => target()); })();')).toBe(false);
    expect(atInit("(() => { button.addEventListener('click', () => target()); })();")).toBe(false);
    expect(atInit('(() => { function g() { target(); } g(); })();')).toBe(false);
    expect(atInit('for (const x of y) (() => { target(); })();')).toBe(false);
    expect(atInit('class A { m() { (() => { target(); })(); } }')).toBe(false);
  });
});

describe('isModuleInitCode: callbacks that run once', () => {
  it('matches promise reactions and one-time listeners registered while the module initialises', () => {
    expect(atInit("window.addEventListener('load', () => { sw.register('./sw.js').then((reg) => { target(); }); });")).toBe(true);
    expect(atInit('ready.then(() => target());')).toBe(true);
    // A global one-shot scheduler's callback (trilium's ws.js: `setTimeout(() => { …; setInterval(sendPing, 1000); }, 0)`)
    expect(atInit('setTimeout(() => { target(); }, 0);')).toBe(true);
    expect(atInit('queueMicrotask(() => target());')).toBe(true);
    expect(atInit('requestAnimationFrame(function () { target(); });')).toBe(true);
    expect(atInit('process.nextTick(() => target());')).toBe(true);
    expect(atInit('function setTimeout(f) { f(); f(); }\nsetTimeout(() => target());')).toBe(false);
    expect(atInit('setTimeout(tick, 0, () => target());')).toBe(false);
    expect(atInit("emitter.once('ready', () => target());")).toBe(true);
    expect(atInit("document.addEventListener('DOMContentLoaded', function () { target(); });")).toBe(true);
    expect(atInit("button.addEventListener('click', () => target(), { once: true });")).toBe(true);
    // jQuery's ready shorthand (SillyTavern's `jQuery(async function () { … })`), global or imported
    expect(atInit('jQuery(async function () { target(); });')).toBe(true);
    expect(atInit("import $ from 'jquery';\n$(() => target());")).toBe(true);
    expect(atInit("const $ = require('jquery');\n$(() => target());")).toBe(true);
  });

  it("does not take another library's `$` for jQuery's ready shorthand", () => {
    expect(atInit("import { $ } from './query';\n$(() => target());")).toBe(false);
    expect(atInit('function $(f) { f(); f(); }\n$(() => target());')).toBe(false);
    expect(atInit("$('#save', () => target());")).toBe(false);
  });

  it('does not match callbacks that may run many times, or once-callbacks inside a function', () => {
    expect(atInit("window.addEventListener('resize', () => target());")).toBe(false);
    expect(atInit("emitter.on('ready', () => target());")).toBe(false);
    expect(atInit("function start() { ready.then(() => target()); }")).toBe(false);
    expect(atInit("list.forEach(() => ready.then(() => target()));")).toBe(false);
  });
});
