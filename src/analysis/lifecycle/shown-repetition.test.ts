import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { showsRepeatedRun } from './shown-repetition';

/** Whether the file shows the first `tick()` call can run more than once. */
function check(code: string, language: 'ts' | 'tsx' = 'ts'): boolean {
  return showsRepeatedRun(parseSnippet(code, language).call('tick'));
}

describe('showsRepeatedRun', () => {
  it('sees a loop, an iteration callback, a handler, a component body and a wait helper', () => {
    expect(check('function f(items) { for (const item of items) tick(); }')).toBe(true);
    expect(check('function f(items) { items.forEach(() => tick()); }')).toBe(true);
    expect(check("ipcMain.on('open', () => { tick(); });")).toBe(true);
    expect(check('new MutationObserver(() => tick());')).toBe(true);
    expect(check('socket.onmessage = () => { tick(); };')).toBe(true);
    expect(check('function Panel() { tick(); return <div />; }', 'tsx')).toBe(true);
    expect(check("register({ name: 'k8s', onEnter() { tick(); } });")).toBe(true);
    expect(check('export function waitForBlur() { return new Promise((resolve) => { tick(resolve); }); }')).toBe(true);
  });

  it('sees a function called from two places, handed to what calls it back, or called from code that repeats', () => {
    expect(check('function afterStart() { tick(); }\nfunction start() { events.on("done", () => afterStart()); afterStart(); }\nstart();')).toBe(true);
    expect(check('function bind() { tick(); }\nexport function a() { bind(); }\nexport function b() { bind(); }')).toBe(true);
    expect(check("import { app } from 'electron';\nfunction createWindow() { tick(); }\napp.on('activate', createWindow);")).toBe(true);
    expect(check('const api = { bind() { tick(); }, refresh() { this.bind(); this.bind(); } };')).toBe(true);
    expect(check('exports.listen = () => { tick(); };\nexports.all = (list) => { for (const x of list) exports.listen(x); };')).toBe(true);
    expect(check("const actions = { LISTEN() { tick(); } };\nwindow.addEventListener('focus', () => store.dispatch('LISTEN'));")).toBe(true);
  });

  it('shows no repetition for code run once: start-up, a once-flag callback, run-once callbacks, two exclusive calls', () => {
    expect(check('function start() { tick(); }\nstart();')).toBe(false);
    expect(check("import { app } from 'electron';\nfunction createWindow() { tick(); }\napp.on('ready', createWindow);")).toBe(false);
    expect(check('export function startApp() {\n  let first = true;\n  storage.onready(() => {\n    if (!first) { return; }\n    first = false;\n    tick();\n  });\n}')).toBe(false);
    expect(check("document.addEventListener('DOMContentLoaded', () => { Promise.resolve().then(() => tick()); });")).toBe(false);
    expect(check('function init() { tick(); }\nif (isFrame) init(); else init();')).toBe(false);
    expect(check('export function showHelp() { tick(); }')).toBe(false);
    expect(check('class Service { start() { tick(); } }')).toBe(false);
    // A flag it does not set is no gate
    expect(check('let ready = false;\nstorage.onready(() => {\n  if (!ready) return;\n  tick();\n});')).toBe(true);
  });

  it('reads a loop whose rounds each add a listener of their own as no repetition, and asks the code around it', () => {
    expect(check('for (const item of items) tick(item);')).toBe(false);
    expect(check('for (let i = 0; i < items.length; i++) { const item = items[i]; tick(() => fit(item)); }')).toBe(false);
    expect(check("['dragenter', 'drop'].forEach((name) => tick(name, stop));")).toBe(false);
    expect(check("ipcMain.on('open', () => { for (const item of items) tick(item); });")).toBe(true);
    // Rounds the listener does not read, a function made each round, a handler's own parameter, rounds over time
    expect(check('for (const item of items) tick((event) => show(event));')).toBe(true);
    expect(check('for (const item of items) { const onResize = () => update(); tick(onResize); }')).toBe(true);
    expect(check('while (running) { const message = next(); tick(message); }')).toBe(true);
    expect(check('async function f() { for await (const message of feed) tick(message); }')).toBe(true);
    expect(check('for (;;) { const message = next(); tick(message); }')).toBe(true);
  });

  it('reads an error-first completion callback as run once with its result, unless its call adds listeners', () => {
    expect(check('function onState(err, state) {\n  if (err) return onError(err);\n  tick();\n}\nState.load(onState);')).toBe(false);
    expect(check("fs.readFile(path, (err, data) => {\n  if (err) { log(err); return; }\n  tick(data);\n});")).toBe(false);
    expect(check("function onState(err, state) {\n  if (err) return onError(err);\n  tick();\n}\nfor (const s of stores) s.load(onState);")).toBe(true);
    expect(check("compiler.watch({}, (err, stats) => {\n  if (err) return;\n  tick();\n});")).toBe(true);
    expect(check("db.each(sql, (err, row) => {\n  if (err) throw err;\n  tick();\n});")).toBe(true);
    // No test of the error first: any callback
    expect(check("loader.load(path, (err, data) => {\n  tick();\n});")).toBe(true);
  });

  it('reads code past the disconnect of an observer made once as run once, and start-up callers that each run once as no repetition', () => {
    const waitForPlayer = (callback: string) =>
      `const init = () => {\n  const observer = new MutationObserver(${callback});\n  observer.observe(document.body, { childList: true });\n};\ninit();`;
    expect(check(waitForPlayer('() => { const p = find(); if (p) { observer.disconnect(); tick(p); } }'))).toBe(false);
    expect(check(waitForPlayer('(records, obs) => { if (!find()) return; obs.disconnect(); tick(); }'))).toBe(false);
    // youtube-music's renderer: a start-up check and the observer both call the player's set-up, each at most once
    const twoCallers = 'let loaded = false;\nasync function onPlayer() { tick(); }\nasync function check() { if (!loaded && find()) await onPlayer(); }\nasync function main() { await check(); }\n';
    expect(check(twoCallers + waitForPlayer('() => { if (find()) { observer.disconnect(); if (!loaded) { loaded = true; onPlayer(); } } }').replace('init();', 'init().then(main);'))).toBe(false);
    expect(check('function bind() { tick(); }\nbind();\nbind();')).toBe(false);
    // No disconnect, a disconnect after the code, observing again, a loop past the disconnect
    expect(check(waitForPlayer('() => { if (find()) tick(); }'))).toBe(true);
    expect(check(waitForPlayer('() => { if (find()) { tick(); observer.disconnect(); } }'))).toBe(true);
    expect(check(waitForPlayer('() => { observer.disconnect(); tick(); observer.observe(document.body, {}); }'))).toBe(true);
    expect(check(waitForPlayer('() => { observer.disconnect(); for (const p of find()) tick(); }'))).toBe(true);
    // Armed again after the disconnect: in a handler, in a function handed on, or stored where others can
    expect(check("const observer = new MutationObserver(() => { observer.disconnect(); tick(); });\nwindow.addEventListener('popstate', () => observer.observe(document.body, {}));")).toBe(true);
    expect(check("const observer = new MutationObserver(() => { observer.disconnect(); tick(); });\nfunction watch() { observer.observe(document.body, {}); }\nwatch();\ndocument.addEventListener('visibilitychange', watch);")).toBe(true);
    expect(check('const observer = new MutationObserver(() => { observer.disconnect(); tick(); });\nobserver.observe(document.body, {});\nexport { observer };')).toBe(true);
    expect(check('new MutationObserver((records, obs) => { obs.disconnect(); tick(); }).observe(document.body, {});')).toBe(false);
    // An observer made by code that repeats; one of the callers repeats; a function other modules can call
    expect(check("button.onclick = () => {\n  const observer = new MutationObserver(() => { observer.disconnect(); tick(); });\n  observer.observe(document.body, {});\n};")).toBe(true);
    expect(check("function bind() { tick(); }\nbind();\nwindow.addEventListener('focus', () => bind());")).toBe(true);
    expect(check('export function bind() { tick(); }\nbind();\nbind();')).toBe(true);
    expect(check('function bind() { tick(); }\nbind();\nbind();\nmodule.exports = { bind };')).toBe(true);
  });
});
