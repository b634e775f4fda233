import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { findRunFromElsewhere } from './run-from-elsewhere';

/** The name of the function holding the first `tick()` call when only other files run it, else `null`. */
function check(code: string): string | null {
  return findRunFromElsewhere(parseSnippet(code).call('tick'))?.name ?? null;
}

describe('findRunFromElsewhere', () => {
  it('finds a store action, an exported function and a member of an exported object that the file never runs', () => {
    expect(check('const actions = {\n  LISTEN_FOR_UPDATE({ commit }) { tick(); },\n};\nexport default { state, actions };')).toBe('LISTEN_FOR_UPDATE');
    expect(check('export function showHelp() { tick(); }')).toBe('showHelp');
    expect(check('export const showHelp = () => { tick(); };')).toBe('showHelp');
    expect(check('function showHelp() { tick(); }\nexport { showHelp };')).toBe('showHelp');
    expect(check('function showHelp() { tick(); }\nexport default showHelp;')).toBe('showHelp');
    expect(check('function showHelp() { tick(); }\nmodule.exports = showHelp;')).toBe('showHelp');
    expect(check('function showHelp() { tick(); }\nexports.showHelp = showHelp;')).toBe('showHelp');
    expect(check('export function createApi() { tick(); return {}; }\nexport type Api = ReturnType<typeof createApi>;')).toBe('createApi');
    expect(check('module.exports.showHelp = function () { tick(); };')).toBe('showHelp');
    expect(check("export const startTyping = createAction({ name: 'Type', perform: () => { tick(); } });")).toBe('perform');
    expect(check("defineStore('main', { actions: { 'listen'() { tick(); } } });")).toBe('listen');
  });

  it("takes a function handed to the page's globals at top level (window.startApp = startApp), not one the file also runs or hands on in a function", () => {
    expect(check('export async function startApp() { tick(); }\nwindow.startApp = startApp;')).toBe('startApp');
    expect(check('function init() { tick(); }\nglobalThis.init = init;')).toBe('init');
    // Negative: the file also runs it, or hands it over inside a function (per call), or to a computed name
    expect(check('function init() { tick(); }\nwindow.init = init;\ninit();')).toBeNull();
    expect(check('function init() { tick(); }\nexport function expose() { window.init = init; }')).toBeNull();
    expect(check("function init() { tick(); }\nwindow['init'] = init;")).toBeNull();
  });

  it("takes an anonymous default export, and a function called once, directly, from one only other files run", () => {
    const label = (code: string) => findRunFromElsewhere(parseSnippet(code).call('tick'))?.label ?? null;
    expect(label('export default (params) => { tick(); };')).toBe("the module's default export");
    expect(label('export default function (params) { tick(); }')).toBe("the module's default export");
    expect(label('module.exports = function () { tick(); };')).toBe("the module's default export");
    expect(label('function initializeConfig() { tick(); }\nexport async function initialize() {\n  await load();\n  initializeConfig();\n}')).toBe('initializeConfig() (called once from initialize())');
    expect(label('function b() { tick(); }\nfunction a() { b(); }\nexport function start() { a(); }')).toBe('b() (called once from a() (called once from start()))');
    // Through callbacks that run at most once: a promise executor, a `.once` listener, a reaction.
    expect(label("async function initializeConfig() {\n  return new Promise((resolve) => {\n    Config.once('update', () => { tick(); resolve(); });\n  });\n}\nexport async function initialize() {\n  await initializeConfig();\n}")).toBe('initializeConfig() (called once from initialize())');
    expect(label("export function init() { ready.then(() => { tick(); }); }")).toBe('init()');
    // Directly in the executor: set-up beside the wait when it uses nothing the executor holds; the wait's own listener when it does.
    expect(label("function loadSettings() {\n  return new Promise((resolve) => {\n    store.once('loaded', resolve);\n    tick('refresh', () => store.reload());\n  });\n}\nexport async function boot() {\n  await loadSettings();\n}")).toBe('loadSettings() (called once from boot())');
    expect(label("function waitReady() {\n  return new Promise((resolve) => {\n    tick('ready', () => resolve());\n  });\n}\nexport async function boot() {\n  await waitReady();\n}")).toBeNull();
    expect(label("export function waitReady() {\n  return new Promise((resolve, reject) => {\n    const timer = setTimeout(reject, 5000);\n    tick('ready', () => clearTimeout(timer));\n  });\n}")).toBeNull();
    expect(label("export function waitReady() {\n  return new Promise((resolve) => tick('ready', resolve));\n}")).toBeNull();
    expect(label("export function init() { bus.on('x', () => { tick(); }); }")).toBeNull();
    // Called twice, in a loop, from a callback, or from a function the file runs itself: no.
    expect(label('function f() { tick(); }\nexport function init() { f(); f(); }')).toBeNull();
    expect(label('function f() { tick(); }\nexport function init(xs) { for (const x of xs) f(); }')).toBeNull();
    expect(label('function f() { tick(); }\nexport function init() { button.onclick = () => f(); }')).toBeNull();
    expect(label('function f() { tick(); }\nexport function init() { f(); }\ninit();')).toBeNull();
  });

  it('leaves a function the file calls, dispatches or hands on', () => {
    expect(check('const actions = { LISTEN() { tick(); } };\nexport function mounted() { this.$store.dispatch("LISTEN"); }')).toBeNull();
    expect(check('export function showHelp() { tick(); }\nbutton.onclick = () => showHelp();')).toBeNull();
    expect(check('export function showHelp() { tick(); }\nbutton.addEventListener("click", showHelp);')).toBeNull();
    expect(check('export const api = { listen() { tick(); } };\nfor (const s of sockets) api.listen(s);')).toBeNull();
    expect(check('export const api = { listen() { tick(); } };\nsetInterval(api.listen, 1000);')).toBeNull();
    expect(check('module.exports.listen = function () { tick(); };\nmodule.exports.again = () => module.exports.listen();')).toBeNull();
  });

  it('leaves code that repeats inside the function, callbacks written into a call, and render bodies', () => {
    expect(check('export function listenAll(items) { for (const item of items) { tick(); } }')).toBeNull();
    expect(check('export function listen(socket) { socket.on("message", () => { tick(); }); }')).toBeNull();
    expect(check('export function Notebook() { tick(); return null; }')).toBeNull();
    // ... unless the caller asks for them too (the project phase: its callers may run it once)
    expect(findRunFromElsewhere(parseSnippet('export function SessionProvider() { tick(); return {}; }').call('tick'), 0, { renderedNames: true })?.name).toBe('SessionProvider');
    expect(check('export function useResize() { tick(); }')).toBeNull();
    expect(check('(function () { tick(); })();')).toBeNull();
    expect(check('class Store { listen() { tick(); } }')).toBeNull();
  });
});
