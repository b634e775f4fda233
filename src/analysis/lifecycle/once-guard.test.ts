import type { AssignmentExpression, Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { getForeignOnceGuardFlag, getInstanceOnceFlag, getOnceGuardFlag, isFalsyLiteral, isResetIn } from './once-guard';

function flagOf(code: string): string | null {
  return getOnceGuardFlag(parseSnippet(code).call('target'));
}

describe('getOnceGuardFlag', () => {
  it('finds a module-wide flag set in the guarded block', () => {
    expect(flagOf('let bound = false; function bind() { if (!bound) { target(); bound = true; } }')).toBe('bound');
    expect(flagOf('let bound = false; function bind() { if (bound === false) { bound = true; target(); } }')).toBe('bound');
    expect(flagOf('class Tracer { static on = false; static init = () => { if (!Tracer.on) { target(); Tracer.on = true; } }; }')).toBe('Tracer.on');
    expect(flagOf('const state = { ready: false }; function init() { if (!state.ready) { state.ready = 1; target(); } }')).toBe('state.ready');
    expect(flagOf('function init() { if (!window.__bound) { window.__bound = true; target(); } }')).toBe('window.__bound');
  });

  it('takes a flag on this in a method of the one instance its file makes at module level, of a class it does not export', () => {
    const registry = (tail: string, head = 'class R') => flagOf(`${head} { bind() { if (this.bound) return; this.bound = true; target(); } }\n${tail}`);
    expect(registry('export const r = new R();')).toBe('this.bound');
    expect(registry('export default new R();')).toBe('this.bound');
    // Exported, made in a function, or made twice: a flag per instance.
    expect(registry('export const r = new R();', 'export class R')).toBeNull();
    expect(registry('export const make = () => new R();')).toBeNull();
    expect(registry('export const a = new R(); export const b = new R();')).toBeNull();
    expect(registry('export { R }; export const r = new R();')).toBeNull();
  });

  it('takes a flag on this in a method of an object literal a module-level const holds, used only through its members', () => {
    const dialog = (tail: string, init = 'init() { if (this.panel != null) return; this.panel = find(); target(); }') => flagOf(`const Dialog = { ${init} };\n${tail}`);
    expect(dialog('Dialog.init();')).toBe('this.panel');
    expect(dialog('export { Dialog }; globalThis.Dialog = Dialog; on(Dialog.hide.bind(Dialog));')).toBe('this.panel');
    expect(dialog('Dialog.init();', 'init: function () { if (this.panel !== undefined) return; this.panel = find(); target(); }')).toBe('this.panel');
    // Handed to something else, exported as the default, or a component's options: a `this` per instance.
    expect(dialog('export const make = () => Object.create(Dialog);')).toBeNull();
    expect(dialog('export default Dialog;')).toBeNull();
    expect(dialog('register(Dialog);')).toBeNull();
    expect(dialog('Dialog.init();', 'mounted() { if (this.panel != null) return; this.panel = find(); target(); }')).toBeNull();
    // An arrow's `this` is not the object's; a method read as a value runs with another `this`.
    expect(dialog('Dialog.init();', 'init: () => { if (this.panel != null) return; this.panel = find(); target(); }')).toBeNull();
    expect(dialog('el.addEventListener("click", Dialog.init);')).toBeNull();
  });

  it('finds a flag set by a plain statement right after the guarded `if`, in the same block', () => {
    expect(flagOf("if (typeof window !== 'undefined') { if (!window.__bound) { target(); } window.__bound = true; }")).toBe('window.__bound');
    expect(flagOf('let bound = false; function bind() { if (!bound) { target(); } const at = now(); log(at); bound = true; }')).toBe('bound');
    // Something between may leave the block first, or the flag is set back to nothing: not once.
    expect(flagOf('let bound = false; function bind(x) { if (!bound) { target(); } if (x) return; bound = true; }')).toBeNull();
    expect(flagOf('let bound = false; function bind() { if (!bound) { target(); } bound = false; }')).toBeNull();
    // A flag per instance stays per instance.
    expect(flagOf('class A { on() { if (!this.bound) { target(); } this.bound = true; } }')).toBeNull();
  });

  it('finds a flag declared in a function that runs once (after its retry gate), whatever how often the guarded code runs', () => {
    const polled = (before: string, call = 'start();') =>
      getOnceGuardFlag(parseSnippet(`const start = () => {\n${before}  const flags = { badge: false };\n  const setUp = () => {\n    if (!flags.badge) { target(); flags.badge = true; }\n  };\n  setUp();\n  setInterval(setUp, 1000);\n};\n${call}`).call('target'));
    expect(polled('')).toBe('flags.badge');
    expect(polled('  if (!window.require) { setTimeout(start, 500); return; }\n')).toBe('flags.badge');
    // The function runs at every click, or its retry runs it again past the flag: a flag per run.
    expect(polled('', "button.addEventListener('click', start);")).toBeNull();
    expect(polled('', 'start();\nstart();')).toBeNull();
    expect(polled('  if (!window.require) { setTimeout(start, 500); }\n')).toBeNull();
    expect(flagOf('function make() { let done = false; return () => { if (!done) { target(); done = true; } }; }')).toBeNull();
  });

  it('finds a private static method (or one of a class not exported) only called behind a static flag it sets', () => {
    const capturer = (modifier: string, extra = '', exported = 'export ') =>
      flagOf(`${exported}class Capturer {\n  private static isInitialized = false;\n  constructor() { if (!Capturer.isInitialized) { Capturer.initialize(); } }\n  ${modifier} initialize() { Capturer.isInitialized = true; target(); }\n${extra}}`);
    expect(capturer('private static')).toBe('Capturer.isInitialized');
    expect(capturer('static', '', '')).toBe('Capturer.isInitialized');
    expect(flagOf('export class C { static on = false; constructor() { if (!C.on) { C.#init(); } } static #init() { C.on = true; target(); } }')).toBe('C.on');
    // Public on an exported class: another file may call it again
    expect(capturer('public static')).toBeNull();
    // Also called without the guard, or the method does not set the flag
    expect(capturer('private static', '  reset() { Capturer.initialize(); }\n')).toBeNull();
    expect(flagOf('export class C { private static on = false; constructor() { if (!C.on) { C.init(); } } private static init() { target(); } }')).toBeNull();
    // An instance method: a flag per instance is not a once flag
    expect(flagOf('export class C { private on = false; constructor() { if (!this.on) { this.init(); } } private init() { this.on = true; target(); } }')).toBeNull();
  });

  it('finds a lazy singleton: the guarded block stores what the flag tests for', () => {
    expect(flagOf('let _obs; export function narrowObs() { if (!_obs) { const obs = make(); target(); _obs = obs; } return _obs; }')).toBe('_obs');
    expect(flagOf('let _input; export function open() { if (!_input) { _form = dom("form", _input = dom("input")); target(); } }')).toBe('_input');
    expect(flagOf('let _obs; export function narrowObs() { if (!_obs) { target(); _obs = null; } }')).toBeNull();
  });

  it('finds the early-return form with the flag as one operand of the `||` it stops on; not under `&&`', () => {
    expect(flagOf('let socket; function init(on) { if (!on || socket) return; socket = connect(); target(); }')).toBe('socket');
    expect(flagOf('let socket; function init(on, cloud) { if (!on || cloud || socket) { return; } socket = connect(); target(); }')).toBe('socket');
    expect(flagOf('let socket; function init(on) { if (on && socket) return; socket = connect(); target(); }')).toBeNull();
    expect(flagOf('let socket; function init(on) { if (!on || socket) return socket; socket = connect(); target(); }')).toBeNull();
    expect(flagOf('function init(on) { let socket; if (!on || socket) return; socket = connect(); target(); }')).toBeNull();
  });

  it('finds the early-return form', () => {
    expect(flagOf('let started = false; function start() { if (started) return; started = true; target(); }')).toBe('started');
    expect(flagOf('let started = false; function start() { if (started === true) { return; } target(); started = true; }')).toBe('started');
  });

  it('finds an early return that hands out a value, in a block of the function too', () => {
    expect(flagOf('let on = false; function f() { if (on) return cached; on = true; target(); }')).toBe('on');
    const lazy = (reset: string) =>
      flagOf(`let real; let host; function get() { if (real) return real; if (cluster) { if (host) { real = host; return real; } host = make(); if (child) { target(); } real = host; } return real; }${reset}`);
    expect(lazy('')).toBe('host');
    expect(lazy(' function reset() { real = null; }')).toBe('host');
    // Something sets them back to nothing: the next call makes another and acquires again
    expect(lazy(' function reset() { real = null; host = null; }')).toBeNull();
    // The guard is in another block than the acquisition's: it does not stop it
    expect(flagOf('let host; function get() { if (a) { if (host) return host; host = make(); } target(); }')).toBeNull();
  });

  it('finds a Vue 2 root-instance property set to the object it guards, and a block ending in the return', () => {
    expect(flagOf('export default { methods: { init() { if (this.$root.socket) { this.socket = this.$root.socket; return; } this.socket = io(); this.$root.socket = this.socket; target(); } } }')).toBe('this.$root.socket');
    expect(flagOf('function init() { if (window.__client) { log(); return; } window.__client = create(); target(); }')).toBe('window.__client');
    // Set back to nothing: not a once flag
    expect(flagOf('export default { methods: { init() { if (this.$root.socket) return; this.$root.socket = null; target(); } } }')).toBeNull();
    // A property of the component itself is per instance
    expect(flagOf('export default { methods: { init() { if (this.socket) return; this.socket = io(); target(); } } }')).toBeNull();
  });

  it('does not match a flag per instance, a local flag, a flag never set, a returned value or code in a callback', () => {
    expect(flagOf('class P { on = false; open() { if (!this.on) { target(); this.on = true; } } }')).toBeNull();
    expect(flagOf('function f() { let on = false; if (!on) { target(); on = true; } }')).toBeNull();
    expect(flagOf('let on = false; function f() { if (!on) { target(); } }')).toBeNull();
    expect(flagOf('let on = false; function f() { if (!on) { target(); on = false; } }')).toBeNull();
    expect(flagOf('let on = false; function f() { if (!on) { on = true; } target(); }')).toBeNull();
    expect(flagOf('let on = false; function f() { if (!on) { on = true; list.forEach(() => target()); } }')).toBeNull();
    expect(flagOf('function f(opts) { if (!opts.on) { opts.on = true; target(); } }')).toBeNull();
  });
});

describe('getOnceGuardFlag: guards by listener count and guarded callers', () => {
  const at = (code: string, callee = 'bus.on'): string | null => getOnceGuardFlag(parseSnippet(code).call(callee));

  it('takes a registration guarded by its own listener count on a module-wide emitter', () => {
    expect(at("import { bus } from './bus'; export function use() { if (bus.listeners('saved').length === 0) { bus.on('saved', onSaved); } }")).toBe("bus.listeners('saved')");
    expect(at("import { bus } from './bus'; export function use() { if (!bus.listenerCount('saved')) bus.on('saved', onSaved); }")).toBe("bus.listeners('saved')");
    // Another event, another emitter, a local emitter: not guarded
    expect(at("import { bus } from './bus'; export function use() { if (bus.listeners('saved').length === 0) bus.on('deleted', f); }")).toBeNull();
    expect(at("import { bus, other } from './bus'; export function use() { if (other.listeners('saved').length === 0) bus.on('saved', f); }")).toBeNull();
    expect(at("export function use(bus) { if (bus.listeners('saved').length === 0) bus.on('saved', f); }")).toBeNull();
  });

  it('takes a module-level function called only behind a once flag', () => {
    const code = (call: string, exported = '') =>
      `let ready = false;\n${exported}const setup = () => { window.on('message', f); };\nexport function use() { if (!ready) { ready = true; setup(); } ${call} }`;
    expect(at(code(''), 'window.on')).toBe('ready');
    // Also called outside the guard, exported, or passed as a value: not once
    expect(at(code('setup();'), 'window.on')).toBeNull();
    expect(at(code('', 'export '), 'window.on')).toBeNull();
    expect(at(code('list.forEach(setup);'), 'window.on')).toBeNull();
    expect(at(`${code('')}\nexport { setup };`, 'window.on')).toBeNull();
  });
});

describe('getInstanceOnceFlag', () => {
  const flagOf = (code: string): string | null => {
    const snippet = parseSnippet(code);
    const call = snippet.call('target');
    const method = call.findParent((path) => path.node.type === 'ClassMethod')!;
    return getInstanceOnceFlag(call, method);
  };

  it('finds `if (this.x) return;` before the statement, with `this.x` set in the method', () => {
    expect(flagOf('class A extends HTMLElement { connectedCallback() { if (this.__initialized) { return; } this.__initialized = true; if (loading) { target(); } } }')).toBe('this.__initialized');
    expect(flagOf('class A extends HTMLElement { connectedCallback() { if (this.ready) return; target(); this.ready = {}; } }')).toBe('this.ready');
  });

  it('finds the flag as one operand of an `||` the early return stops on', () => {
    expect(flagOf('class A { setUp() { const el = this.ref.current; if (!el || this._setUp) return; this._setUp = true; target(); } }')).toBe('this._setUp');
    expect(flagOf('class A { setUp() { if (!this.el || this._setUp) return; target(); } }')).toBeNull();
  });

  it('finds the block form `if (!this.x) { this.x = true; … }` around the statement', () => {
    expect(flagOf('class A extends HTMLElement { connectedCallback() { if (!this._ready) { this._ready = true; this.$ = {}; target(); } } }')).toBe('this._ready');
    expect(flagOf('class A extends HTMLElement { connectedCallback() { if (!this._ready) { if (x) { target(); } } this._ready = true; } }')).toBe('this._ready');
  });

  it('is null for the block form when the flag is never set, set falsy, or `at` is outside the block or in an else', () => {
    expect(flagOf('class A extends HTMLElement { connectedCallback() { if (!this._ready) { target(); } } }')).toBeNull();
    expect(flagOf('class A extends HTMLElement { connectedCallback() { if (!this._ready) { this._ready = false; target(); } } }')).toBeNull();
    expect(flagOf('class A extends HTMLElement { connectedCallback() { if (!this._ready) { this._ready = true; } target(); } }')).toBeNull();
    expect(flagOf('class A extends HTMLElement { connectedCallback() { if (!this._ready) { this._ready = true; } else { target(); } } }')).toBeNull();
  });

  it('is null without the early return, after the acquisition, or when the method never sets the flag', () => {
    expect(flagOf('class A extends HTMLElement { connectedCallback() { if (!this.isConnected) return; target(); } }')).toBeNull();
    expect(flagOf('class A extends HTMLElement { connectedCallback() { if (this.isConnected) return; target(); } }')).toBeNull();
    expect(flagOf('class A extends HTMLElement { connectedCallback() { target(); if (this.done) return; this.done = true; } }')).toBeNull();
    expect(flagOf('class A extends HTMLElement { connectedCallback() { if (this.done) return; this.done = false; target(); } }')).toBeNull();
    expect(flagOf('class A extends HTMLElement { connectedCallback() { if (this.done) { go(); } this.done = true; target(); } }')).toBeNull();
  });
});

describe('getForeignOnceGuardFlag', () => {
  const foreign = (code: string) => getForeignOnceGuardFlag(parseSnippet(code).call('target'));

  it("finds a flag of an imported object whose guarded block calls that object's method, around the call or every call of its function", () => {
    expect(foreign("import { Hub } from './hub'; export async function start() { if (!Hub.ready) { await Hub.init(); target(); } }")).toBe('Hub.ready');
    const jobs = (caller: string) =>
      foreign(`import { Hub } from './hub';\nexport class Jobs {\n  static async initJobs() { if (!Hub.ready) { await Hub.init(); } target(); }\n  static async count() { ${caller} }\n}`);
    expect(jobs('if (!Hub.ready) { await Hub.init(); await this.initJobs(); }')).toBe('Hub.ready');
    // Called once outside the guard: runs per call
    expect(jobs('if (!Hub.ready) { await Hub.init(); await this.initJobs(); } await Jobs.initJobs();')).toBeNull();
  });

  it('ignores a flag of this module, a block that does not call the object, and the other branch', () => {
    expect(foreign('const Hub = { ready: false }; function start() { if (!Hub.ready) { Hub.init(); target(); } }')).toBeNull();
    expect(foreign("import { Hub } from './hub'; function start() { if (!Hub.ready) { target(); } }")).toBeNull();
    expect(foreign("import { Hub } from './hub'; function start() { if (!Hub.ready) { Hub.init(); } else { target(); } }")).toBeNull();
  });
});

describe('isResetIn', () => {
  const named = (node: Node, name: string) => (node.type === 'Identifier' && node.name === name) || (node.type === 'MemberExpression' && node.property.type === 'Identifier' && node.property.name === name);
  const reset = (code: string, name: string) => isResetIn(parseSnippet(code).ast, (node) => named(node, name));
  it('sees a falsy literal written back, a compound assignment or a delete', () => {
    expect(reset('let ready = true; function stop() { ready = false; }', 'ready')).toBe(true);
    expect(reset('let ready = true; ready = void 0;', 'ready')).toBe(true);
    expect(reset('let count = 1; count += 1;', 'count')).toBe(true);
    expect(reset('const state = {}; delete state.ready;', 'ready')).toBe(true);
  });
  it('does not take another truthy write, or a write to another name, for a reset', () => {
    expect(reset('let ready = false; ready = true; other = null;', 'ready')).toBe(false);
    expect(reset('let ready; ready = {};', 'ready')).toBe(false);
  });
  it('knows the falsy literals', () => {
    const literal = (code: string) => isFalsyLiteral((parseSnippet(`x = ${code};`).find((node) => node.type === 'AssignmentExpression').node as AssignmentExpression).right);
    expect(['false', '0', "''", 'null', 'undefined', 'void 0'].map(literal)).toEqual([true, true, true, true, true, true]);
    expect(['true', '1', "'x'", '({})'].map(literal)).toEqual([false, false, false, false]);
  });
});
