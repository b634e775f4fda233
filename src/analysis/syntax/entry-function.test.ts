import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { isFunctionNode } from './scope';
import { isRunOnceEntryFunction, isRunOnceUse } from './entry-function';

/** Whether the function holding the first `tick()` call is a run-once entry function. */
function check(code: string): boolean {
  const snippet = parseSnippet(code);
  const fn = snippet.call('tick').findParent((path) => isFunctionNode(path.node));
  return isRunOnceEntryFunction(fn!);
}

/** The same with `anyName`, as listener-cleanup asks. */
function checkAny(code: string): boolean {
  const snippet = parseSnippet(code);
  return isRunOnceEntryFunction(snippet.call('tick').findParent((path) => isFunctionNode(path.node))!, { anyName: true });
}

describe('isRunOnceEntryFunction', () => {
  it('with `at`, lets the function retry itself from a gate before it: at most one run gets past', () => {
    const atTick = (code: string, anyName = false) => {
      const tick = parseSnippet(code).call('tick');
      return isRunOnceEntryFunction(tick.findParent((path) => isFunctionNode(path.node))!, { anyName, at: tick });
    };
    expect(atTick('const start = async () => {\n  if (!window.require) {\n    log();\n    setTimeout(start, 500);\n    return;\n  }\n  tick();\n};\nstart();')).toBe(true);
    expect(atTick('function boot() {\n  if (!ready()) { setTimeout(() => boot(), 100); return; }\n  tick();\n}\nboot();', true)).toBe(true);
    expect(atTick('function boot() {\n  if (!ready()) { if (late) { giveUp(); return; } setTimeout(boot, 100); return; }\n  tick();\n}\nboot();', true)).toBe(true);
    // Not: the code before the gate (it runs at every retry), a gate that does not return, two retries in one gate, a retry every second, or without `at`.
    expect(atTick('const start = () => {\n  tick();\n  if (!ready()) { setTimeout(start, 500); return; }\n};\nstart();')).toBe(false);
    expect(atTick('const start = () => {\n  if (!ready()) { setTimeout(start, 500); }\n  tick();\n};\nstart();')).toBe(false);
    expect(atTick('const start = () => {\n  if (!ready()) { setTimeout(start, 500); setTimeout(start, 900); return; }\n  tick();\n};\nstart();')).toBe(false);
    expect(atTick('const start = () => {\n  if (!ready()) { setInterval(start, 500); return; }\n  tick();\n};\nstart();')).toBe(false);
    expect(atTick('const start = () => {\n  if (!ready()) { for (const d of delays) setTimeout(start, d); return; }\n  tick();\n};\nstart();')).toBe(false);
    expect(check('const start = () => {\n  if (!ready()) { setTimeout(start, 500); return; }\n  tick();\n};\nstart();')).toBe(false);
  });

  it('accepts an entry-point name called once from module top level', () => {
    expect(check('function main() { tick(); }\nmain();')).toBe(true);
    expect(check('async function bootstrap() { tick(); }\nvoid bootstrap();')).toBe(true);
    expect(check('const start = async () => { tick(); };\nstart().catch(console.error);')).toBe(true);
    expect(check('const init = function () { tick(); };\nif (ready) init();')).toBe(true);
    expect(check('function run() { tick(); }\nawait run();')).toBe(true);
    expect(check('async function initApp() { tick(); }\ninitApp().catch(console.error);')).toBe(true);
  });

  it('accepts a function called once from a function that runs once', () => {
    expect(check('function setupUI() { tick(); }\nasync function initApp() { await ready; if (desktop) setupUI(); }\ninitApp();')).toBe(true);
    expect(check('const a = () => { tick(); };\nconst b = () => a();\nconst main = () => b();\nmain();')).toBe(true);
  });

  it('rejects a function called from a function that may run many times', () => {
    expect(check('function setupUI() { tick(); }\nexport function initApp() { setupUI(); }')).toBe(false);
    expect(check('function setupUI() { tick(); }\nfunction initApp() { setupUI(); }\ninitApp();\ninitApp();')).toBe(false);
    expect(check('function setupUI() { tick(); }\nfunction initApp() { for (const x of xs) setupUI(); }\ninitApp();')).toBe(false);
    expect(check('function setupUI() { tick(); }\nfunction initApp() { button.onclick = () => setupUI(); }\ninitApp();')).toBe(false);
    expect(check('function f() { tick(); }\nfunction g() { f(); }\nfunction h() { g(); }\nfunction i() { h(); }\nfunction j() { i(); }\nfunction main() { j(); }\nmain();')).toBe(false);
    expect(check('function setupUI() { tick(); }\nfunction poll() { setupUI(); }\npoll();')).toBe(false);
  });

  it('rejects other names, exports, and functions called more than once or not at top level', () => {
    expect(check('function poll() { tick(); }\npoll();')).toBe(false);
    expect(check('function initialize() { tick(); }\ninitialize();')).toBe(false);
    expect(check('export function main() { tick(); }\nmain();')).toBe(false);
    expect(check('function main() { tick(); }\nexport { main };\nmain();')).toBe(false);
    expect(check('function main() { tick(); }\nmain();\nmain();')).toBe(false);
    expect(check('function main() { tick(); }\nfor (const x of xs) main();')).toBe(false);
    expect(check('function main() { tick(); }\nsetTimeout(() => main());')).toBe(false);
    // (handed to a one-shot timer: once, as the same body written in `setTimeout(() => { … })` is)
    expect(check('function main() { tick(); }\nsetTimeout(main);')).toBe(true);
    expect(check('function main() { tick(); }')).toBe(false);
    expect(check('let main = () => { tick(); };\nmain();')).toBe(false);
    expect(check('function outer() { function main() { tick(); }\nmain(); }')).toBe(false);
  });

  it('with anyName, accepts any name called once from module top level, and still rejects the rest', () => {
    expect(checkAny('function poll() { tick(); }\npoll();')).toBe(true);
    expect(checkAny('function bindMenuEvents() { if (button) tick(); }\nfunction renderHeader() { bindMenuEvents(); }\nrenderHeader();')).toBe(true);
    expect(checkAny('function poll() { tick(); }\npoll();\npoll();')).toBe(false);
    expect(checkAny('export function poll() { tick(); }\npoll();')).toBe(false);
    expect(checkAny('function poll() { tick(); }\nbutton.onclick = () => poll();')).toBe(false);
    expect(checkAny('function poll() { tick(); }\nfor (const x of xs) poll();')).toBe(false);
  });

  it('with anyName, accepts a function handed once to what runs it once, a function nested in one, and ready-or-later', () => {
    expect(checkAny("function chatInit() { tick(); }\ndocument.addEventListener('DOMContentLoaded', chatInit);")).toBe(true);
    expect(checkAny('function popupInit() { tick(); }\nwindow.onload = popupInit;')).toBe(true);
    expect(checkAny('function later() { tick(); }\nsetTimeout(later, 100);')).toBe(true);
    expect(checkAny('function pageInit() { async function init() { tick(); }\ninit(); }\npageInit();')).toBe(true);
    expect(checkAny('(function () { function setUp() { tick(); }\nsetUp(); })();')).toBe(true);
    expect(checkAny('for (const f of frames) (function () { function setUp() { tick(); }\nsetUp(); })();')).toBe(false);
    expect(checkAny("function coreInit() { tick(); }\nif (document.readyState !== 'loading') coreInit();\nelse document.addEventListener('DOMContentLoaded', coreInit);")).toBe(true);
    // Many times: a click handler; a nested function called twice; the same branch twice.
    expect(checkAny("function track() { tick(); }\ndocument.addEventListener('click', track);")).toBe(false);
    expect(checkAny('function pageInit() { function init() { tick(); }\ninit();\ninit(); }\npageInit();')).toBe(false);
    expect(checkAny("function coreInit() { tick(); }\nif (ready) { coreInit(); document.addEventListener('DOMContentLoaded', coreInit); }")).toBe(false);
    expect(checkAny("function coreInit() { tick(); }\nfor (const f of frames) { if (f.ready) coreInit(); else f.addEventListener('load', coreInit); }")).toBe(false);
    // Handed once to what runs it once: once whatever the name, with or without anyName (a timer's set-up too)
    expect(check("function main() { tick(); }\ndocument.addEventListener('DOMContentLoaded', main);")).toBe(true);
    expect(check("function initialize() { tick(); }\ndocument.addEventListener('DOMContentLoaded', initialize);")).toBe(true);
    expect(check("function track() { tick(); }\ndocument.addEventListener('click', track);")).toBe(false);
    expect(check("function initialize() { tick(); }\ndocument.addEventListener('DOMContentLoaded', initialize);\nbutton.onclick = initialize;")).toBe(false);
  });

  it('with anyName, accepts the same written as an arrow that calls it, with the global addEventListener, or as a ternary', () => {
    expect(checkAny("function init() { tick(); }\ndocument.addEventListener('DOMContentLoaded', () => void init());")).toBe(true);
    expect(checkAny('function init() { tick(); }\nwindow.onload = () => { init(); };')).toBe(true);
    expect(checkAny("function init() { tick(); }\naddEventListener('DOMContentLoaded', init);")).toBe(true);
    expect(checkAny("function init() { tick(); }\ndocument.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', init) : init();")).toBe(true);
    // Many times: an arrow that is a click handler; the global addEventListener of another event; a local addEventListener; both in one branch.
    expect(checkAny("function init() { tick(); }\ndocument.addEventListener('click', () => init());")).toBe(false);
    expect(checkAny("function init() { tick(); }\naddEventListener('resize', init);")).toBe(false);
    expect(checkAny("function addEventListener(type, fn) { bus.on(type, fn); }\nfunction init() { tick(); }\naddEventListener('load', init);")).toBe(false);
    expect(checkAny("function init() { tick(); }\nready ? (init(), document.addEventListener('DOMContentLoaded', init)) : null;")).toBe(false);
  });
});

describe('isRunOnceUse', () => {
  /** Whether the callee of the first `new AppWindow(…)` runs once. */
  const made = (code: string): boolean => {
    const creation = parseSnippet(code).find((node) => node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'AppWindow');
    return isRunOnceUse(creation.child((creation.node as unknown as { callee: never }).callee, 'callee'));
  };

  it('takes a `new` like a call: at top level, or in a function a run-once callback calls once', () => {
    expect(made('const window = new AppWindow();')).toBe(true);
    expect(made("import { app } from 'electron';\nfunction createWindow() { return new AppWindow(); }\napp.on('ready', () => { createWindow(); });")).toBe(true);
    expect(made("import { app } from 'electron';\nfunction createWindow() { return new AppWindow(); }\napp.on('activate', () => { createWindow(); });")).toBe(false);
    expect(made('for (const id of ids) new AppWindow(id);')).toBe(false);
  });
});
