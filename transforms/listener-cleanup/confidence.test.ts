import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { getAppliedLevels } from '../../src/core/fix-level';
import { lintSource } from '../../src/engine/lint-source';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { resolveRuleOptions } from '../../src/core/rule-options';
import { rule } from '../listener-cleanup';
import { CALLERS_SIGNAL_NOTE, CLOSED_MAKER_NOTE, OTHER_TARGET_REMOVAL_NOTE, DEDUPLICATED_NOTE, ONCE_IN_OWNER_NOTE, OWN_SUBTREE_NOTE, OWNER_FREE_HANDLER_NOTE, resolveTargetOrigin, REUSED_SIGNAL_NOTE, runFromElsewhereNote, exportedPrototypeMethodNote, SETUP_FUNCTION_NOTE, UNOWNED_CLASS_NOTE, VUE_MIXIN_NOTE } from './confidence';

/** The origin of the object `.on(...)` / `.addEventListener(...)` / `.subscribe(...)` is called on. */
function originOf(code: string, method: string): string {
  const snippet = parseSnippet(code);
  const call = snippet.find(
    (node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === method,
  ).node as Node & { callee: { object: Node } };
  return resolveTargetOrigin(snippet.find((node) => node === call.callee.object));
}

describe('resolveTargetOrigin', () => {
  it('a parameter, or a member of one, is passed in from outside', () => {
    expect(originOf("export function attach(target: EventTarget) { target.addEventListener('x', f); }", 'addEventListener')).toBe('parameter');
    expect(originOf("export function attach(options: { signal: AbortSignal }) { options.signal.addEventListener('abort', f); }", 'addEventListener')).toBe('parameter');
  });

  it('a field the constructor was handed is injected', () => {
    expect(originOf('class A { constructor(private readonly store: Store) {} init() { this.store.state$.subscribe(f); } }', 'subscribe')).toBe('injected');
    expect(originOf('class A { constructor(bus) { this.bus = bus; } init() { this.bus.on("x", f); } }', 'on')).toBe('injected');
    expect(originOf('class A { private store = inject(Store); init() { this.store.select(s).subscribe(f); } }', 'subscribe')).toBe('injected');
  });

  it('a field the class makes itself is its own', () => {
    expect(originOf('class A { emitter = new Emitter(); constructor(bus) { this.bus = bus; } init() { this.emitter.on("x", f); } }', 'on')).toBe('own');
  });

  it("an iframe's window or document reached from the page is local: it goes with the iframe", () => {
    expect(originOf("export function f() { window.frames[0].document.addEventListener('click', g); }", 'addEventListener')).toBe('local');
    expect(originOf("export function f() { document.getElementsByTagName('iframe')[0].contentWindow.addEventListener('wheel', g); }", 'addEventListener')).toBe('local');
    expect(originOf("export function f(frame: HTMLIFrameElement) { frame.contentDocument.addEventListener('click', g); }", 'addEventListener')).toBe('parameter');
    expect(originOf("export function f() { window.parent.addEventListener('message', g); }", 'addEventListener')).toBe('global');
  });

  it('globals and module-level objects outlive every owner', () => {
    expect(originOf("export function f() { window.addEventListener('resize', g); }", 'addEventListener')).toBe('global');
    expect(originOf("const root = globalThis;\nexport function f() { root.addEventListener('message', g); }", 'addEventListener')).toBe('module');
    expect(originOf("import { bus } from './bus';\nexport function f() { bus.on('x', g); }", 'on')).toBe('module');
  });

  it('a local is decided by the code around it', () => {
    expect(originOf("export function f() { const script = document.createElement('script'); script.addEventListener('error', g); }", 'addEventListener')).toBe('local');
  });
});

describe('decideListenerConfidence (through the rule)', () => {
  function lint(raw: string, options: Record<string, unknown> = {}, file = 'file.ts') {
    return lintSource({
      raw,
      filePath: file,
      displayPath: file,
      rules: [{ rule, options: resolveRuleOptions(rule, options) }],
      settings: DEFAULT_SETTINGS,
      applyLevels: getAppliedLevels(false),
      knownRuleIds: new Set([rule.meta.id]),
    }).findings;
  }

  function reportOnly(raw: string, options: Record<string, unknown> = {}, file = 'file.ts'): Array<[number, string]> {
    return lint(raw, options, file)
      .filter((finding) => finding.fix === 'none')
      .map((finding) => [finding.line, finding.confidence]);
  }

  it("a handler written in place that uses nothing of its owner is low when added once in the acquire place", () => {
    const code = [
      'interface Panel { on(event: string, fn: (this: Panel) => void): void; highlight(): void }',
      'declare function makePanel(): Panel;',
      'export class Sidebar {',
      '  private open = false;',
      '  init(): void {',
      '    const panel = makePanel();',
      "    panel.on('enter', function (this: Panel) { this.highlight(); });",
      "    panel.on('leave', () => { this.open = false; });",
      "    panel.on('focus', () => { panel.on('blur', function (this: Panel) { this.highlight(); }); });",
      '  }',
      '  dispose(): void { this.open = false; }',
      '}',
      '',
    ].join('\n');
    const found = lint(code).filter((finding) => finding.fix === 'none');
    expect(found.map((finding) => [finding.line, finding.confidence])).toEqual([
      [7, 'low'],
      [8, 'medium'],
      [9, 'medium'],
      [9, 'medium'],
    ]);
    expect(found[0]!.message).toContain(OWNER_FREE_HANDLER_NOTE);
  });

  it("a module variable filled by every caller of the method right before the call makes the method's listener medium", () => {
    const code = (reopen: string) => [
      'let session: { on(event: string, fn: () => void): void; join(): void };',
      'declare const client: { openSession(): typeof session };',
      'export default {',
      '  open() { session = client.openSession(); this.bind(); },',
      `  reopen() { ${reopen} this.bind(); },`,
      "  bind() { session.on('message', () => console.info('m')); },",
      '};',
      '',
    ].join('\n');
    expect(reportOnly(code('session = client.openSession();'))).toEqual([[6, 'medium']]);
    // One caller binds whatever the variable already holds
    expect(reportOnly(code('session.join();'))).toEqual([[6, 'high']]);
  });

  it('a removal of the same function for the same event from another object that may be this one makes the finding medium; from another global it stays high', () => {
    const code = (add: string, removal: string) => [
      "import { Hub } from './hub';",
      'export class Meter extends HTMLElement {',
      '  hub = Hub.instance();',
      '  connectedCallback(): void {',
      `    ${add}`,
      '  }',
      '  disconnectedCallback(): void {',
      `    ${removal}`,
      '  }',
      '  onTick = (): void => {',
      '    this.dataset.tick = String(Date.now());',
      '  };',
      '}',
      '',
    ].join('\n');
    const hub = "Hub.instance().on('tick', this.onTick);";
    const viaField = lint(code(hub, "this.hub.off('tick', this.onTick);")).filter((finding) => finding.fix === 'none');
    expect(viaField.map((finding) => [finding.line, finding.confidence])).toEqual([[5, 'medium']]);
    expect(viaField[0]!.message).toContain(OTHER_TARGET_REMOVAL_NOTE);
    // Another event or another function: no removal meant for this listener
    expect(reportOnly(code(hub, "this.hub.off('tock', this.onTick);"))).toEqual([[5, 'high']]);
    expect(reportOnly(code(hub, "this.hub.off('tick', this.onTock);"))).toEqual([[5, 'high']]);
  });

  it('a removal of the same function whose event is written the same way, computed again there, makes the finding low', () => {
    const code = (removedEvent: string) => [
      'declare function readSettings(): { quiet: boolean };',
      'let handler: (() => void) | undefined;',
      'export function join(): void {',
      '  const { quiet } = readSettings();',
      "  handler = () => console.info('x');",
      "  window.addEventListener(quiet ? 'pagehide' : 'beforeunload', handler);",
      '}',
      'export function leave(): void {',
      '  const { quiet } = readSettings();',
      `  if (handler) window.removeEventListener(${removedEvent}, handler);`,
      '}',
      '',
    ].join('\n');
    expect(lint(code("quiet ? 'pagehide' : 'beforeunload'")).map((finding) => [finding.line, finding.confidence, finding.message.includes('computed again there')])).toEqual([[6, 'low', true]]);
    // Another event text: not this listener's removal
    expect(lint(code("quiet ? 'pagehide' : 'unload'")).map((finding) => [finding.line, finding.confidence])).toEqual([[6, 'medium']]);
  });

  it('addEventListener of a module-level function on a module-level object is low: it is added once, however often it runs', () => {
    const code = [
      'const audio = new Audio();',
      'function done(): void {}',
      'const emitter = new (class { on(event: string, fn: () => void): void {} })();',
      'async function play(url: string): Promise<void> {',
      '  audio.src = url;',
      "  audio.addEventListener('ended', done);",
      "  audio.addEventListener('canplay', () => void audio.play());",
      "  emitter.on('ended', done);",
      '}',
      "document.querySelector('#play')!.addEventListener('click', () => void play('/a.mp3'));",
      '',
    ].join('\n');
    const found = lint(code).filter((finding) => finding.fix === 'none');
    expect(found.map((finding) => [finding.line, finding.confidence])).toEqual([
      [6, 'low'],
      [7, 'high'],
      [8, 'high'],
    ]);
    expect(found[0]!.message).toContain(DEDUPLICATED_NOTE);
  });

  it('a module-level let the same function has just filled from a call is medium; one it did not fill is high', () => {
    const code = [
      'let socket: { on(event: string, fn: () => void): void } | undefined;',
      'declare function io(url?: string): { on(event: string, fn: () => void): void };',
      'export default {',
      '  methods: {',
      '    init(this: { ready: boolean }) {',
      '      socket = io();',
      "      socket.on('info', () => { this.ready = true; });",
      '    },',
      '    listen(this: { ready: boolean }) {',
      "      socket!.on('refresh', () => { this.ready = false; });",
      '    },',
      '    later(this: { ready: boolean }) {',
      '      const again = () => { socket = io(); };',
      "      socket!.on('setup', () => { this.ready = true; });",
      '      again();',
      '    },',
      // The file runs them (run-from-elsewhere.ts: otherwise only other files decide how often).
      '    refresh() { this.listen(); this.later(); },',
      // …twice (shown-repetition.ts: else nothing here shows them run more than once: medium).
      '    reload() { this.refresh(); this.refresh(); },',
      '  },',
      '};',
      '',
    ].join('\n');
    expect(reportOnly(code)).toEqual([
      [7, 'medium'],
      [10, 'high'],
      [14, 'high'],
    ]);
  });

  it("what would be high in the app's root component (mounted once for the page's life) is medium", () => {
    const code = [
      '<script>',
      "  import { onMount } from 'svelte';",
      "  import { isSmallViewport } from '$lib/stores/viewport';",
      '  let open = false;',
      '  onMount(async () => {',
      '    await Promise.resolve();',
      '    isSmallViewport.subscribe(() => { open = false; });',
      '  });',
      '</script>',
      '',
    ].join('\n');
    expect(reportOnly(code, {}, 'src/routes/(console)/+layout.svelte')).toEqual([[7, 'high']]);
    expect(reportOnly(code, {}, 'src/routes/+layout.svelte')).toEqual([[7, 'medium']]);
    expect(lint(code, {}, 'src/routes/+layout.svelte')[0]!.message).toContain("the app's root component");
  });

  it("a method of the root App.vue that only its mount hook calls (twice, under tests) is the root's: medium", () => {
    const code = (mounted: string, extra = '') =>
      [
        '<script>',
        'export default {',
        '  mounted() {',
        `    ${mounted}`,
        '  },',
        '  methods: {',
        '    registerListeners() {',
        "      window.addEventListener('message', (e) => {",
        '        this.handle(e);',
        '      });',
        '    },',
        `    ${extra}`,
        '  },',
        '};',
        '</script>',
        '',
      ].join('\n');
    const twice = code('if (this.isIFrame) this.registerListeners(); if (this.isWebView) this.registerListeners();');
    expect(reportOnly(twice, {}, 'src/widget/App.vue')).toEqual([[8, 'medium']]);
    expect(lint(twice, {}, 'src/widget/App.vue')[0]!.message).toContain("the app's root component");
    // Not in another component, nor when a click handler (or a callback in the hook) calls it too.
    expect(reportOnly(twice, {}, 'src/widget/Panel.vue')).toEqual([[8, 'high']]);
    expect(reportOnly(code('this.registerListeners(); this.registerListeners();', 'onClick() { this.registerListeners(); },'), {}, 'src/widget/App.vue')).toEqual([[8, 'high']]);
    expect(reportOnly(code("this.registerListeners(); this.registerListeners(); bus.on('ready', () => this.registerListeners());"), {}, 'src/widget/App.vue')).toEqual([[8, 'high']]);
  });

  it("a module-level let the function has just filled from its parameter is medium, also behind a member (`io.sockets`)", () => {
    const code = [
      'let io: any;',
      'exports.setSocketIO = (_io: any) => {',
      '  io = _io;',
      "  io.sockets.on('connection', (socket: any) => socket.join('pads'));",
      '};',
      'exports.listen = () => {',
      "  io.sockets.on('disconnect', () => undefined);",
      '};',
      'exports.relisten = (times: number) => { for (let i = 0; i < times; i++) exports.listen(); };',
      '',
    ].join('\n');
    expect(reportOnly(code)).toEqual([
      [4, 'medium'],
      [7, 'high'],
    ]);
  });

  it('an exported setup function nothing in its file calls is medium: it runs once by intent; the same listener elsewhere stays high', () => {
    const code = [
      "import cluster from 'node:cluster';",
      'declare function relay(worker: unknown, message: unknown): void;',
      'export function setupPrimary() {',
      "  cluster.on('message', (worker, message) => relay(worker, message));",
      '}',
      // Not a setup name: still nothing here runs it (the general rule, run-from-elsewhere.ts).
      'export function forward() {',
      "  cluster.on('message', (worker, message) => relay(worker, message));",
      '}',
      // Called in this file, again and again (at every fork).
      'export function registerRelay() {',
      "  cluster.on('message', (worker, message) => relay(worker, message));",
      '}',
      "cluster.on('fork', () => registerRelay());",
      '',
      // Not exported, and nothing here runs it.
      'function initLocal() {',
      "  cluster.on('message', (worker, message) => relay(worker, message));",
      '}',
      '',
    ].join('\n');
    expect(reportOnly(code)).toEqual([
      [4, 'medium'],
      [7, 'medium'],
      [10, 'high'],
      [15, 'medium'],
    ]);
    const setup = lint(code).find((finding) => finding.line === 4)!;
    expect(setup.message).toContain(SETUP_FUNCTION_NOTE);
    expect(lint(code).find((finding) => finding.line === 7)!.message).toContain(runFromElsewhereNote('forward()'));
  });

  it("is medium in a setup method of an exported const object (insomnia's database.init); another object's init() call is no use of it", () => {
    const code = [
      "import { ipcMain } from 'electron';",
      'declare const models: { spec: { init(): { name: string } } };',
      'export const database = {',
      '  init: async () => {',
      "    ipcMain.on('db.fn', () => models.spec.init());",
      '  },',
      '  refresh: () => {',
      "    ipcMain.on('db.refresh', () => {});",
      '  },',
      '};',
      'export const store = {',
      '  initStore() {',
      "    ipcMain.on('store.get', () => {});",
      '  },',
      '};',
      'store.initStore();',
      '',
    ].join('\n');
    // Line 13: run once, from module top level (shown-repetition.ts: nothing shows it runs again)
    expect(reportOnly(code)).toEqual([
      [5, 'medium'],
      [8, 'medium'],
      [13, 'medium'],
    ]);
  });

  it("is medium in a preload bridge's exposed on(); a call of another module's on() (ipcRenderer.on) is no use of it, one on an object of the file is", () => {
    const bridge = [
      "const { contextBridge, ipcRenderer } = require('electron');",
      "contextBridge.exposeInMainWorld('bridge', {",
      '  on: (channel, fn) => {',
      '    ipcRenderer.on(channel, (_event, ...args) => fn(...args));',
      '  },',
      '});',
      '',
    ].join('\n');
    expect(reportOnly(bridge, {}, 'preload.js')).toEqual([[4, 'medium']]);
    expect(lint(bridge, {}, 'preload.js')[0]!.message).toContain(runFromElsewhereNote('on()'));
    const local = [
      "const { ipcRenderer } = require('electron');",
      'const picker = {',
      '  on: (channel, fn) => {',
      '    ipcRenderer.on(channel, (_event, ...args) => fn(...args));',
      '  },',
      '};',
      "document.addEventListener('click', () => picker.on('picked', console.log));",
      '',
    ].join('\n');
    expect(reportOnly(local, {}, 'preload.js')).toEqual([[4, 'high']]);
  });

  it("is medium in a function handed out in the exported object (module.exports = { initialize }); a call of it in the file keeps it high", () => {
    const exported = [
      "const { autoUpdater } = require('electron-updater');",
      'function initialize(window) {',
      "  autoUpdater.on('update-available', () => window.webContents.send('update'));",
      '}',
      'function check() {}',
      'module.exports = { initialize, check: check };',
      '',
    ].join('\n');
    expect(reportOnly(exported, {}, 'updater.js')).toEqual([[3, 'medium']]);
    expect(lint(exported, {}, 'updater.js')[0]!.message).toContain(runFromElsewhereNote('initialize()'));
    const calledHere = [
      "const { autoUpdater } = require('electron-updater');",
      'function initialize(window) {',
      "  autoUpdater.on('update-available', () => window.webContents.send('update'));",
      '}',
      "document.addEventListener('click', () => initialize(globalThis.win));",
      'module.exports = { initialize };',
      '',
    ].join('\n');
    expect(reportOnly(calledHere, {}, 'updater.js')).toEqual([[3, 'high']]);
  });

  it('is medium in a method of an exported pre-class constructor the file runs only from its other methods or once at start-up; a call per event keeps it high', () => {
    // pm2's Daemon: startLogic() adds the God bus listeners; innerStart() runs it, start() runs innerStart() in a domain, the file's require.main block runs start() once.
    const daemon = [
      "var domain = require('domain');",
      "var God = require('./God');",
      'var Daemon = module.exports = function (opts) { this.opts = opts; };',
      'Daemon.prototype.start = function () {',
      '  var that = this;',
      '  var d = domain.create();',
      '  d.run(function () { that.innerStart(); });',
      '};',
      'Daemon.prototype.innerStart = function () {',
      '  this.startLogic();',
      '};',
      'Daemon.prototype.startLogic = function () {',
      "  God.bus.on('axm:action', function (msg) { console.log(msg); });",
      '};',
      'if (require.main === module) {',
      '  var daemon = new Daemon();',
      '  daemon.start();',
      '}',
      '',
    ].join('\n');
    expect(reportOnly(daemon, {}, 'daemon.js')).toEqual([[13, 'medium']]);
    expect(lint(daemon, {}, 'daemon.js')[0]!.message).toContain(exportedPrototypeMethodNote('Daemon.prototype.startLogic'));
    // Run again on every 'restart' message: the file shows it piles up.
    const perEvent = daemon.replace("if (require.main === module) {", "process.on('message', function () { new Daemon().innerStart(); });\nif (require.main === module) {");
    expect(reportOnly(perEvent, {}, 'daemon.js')).toEqual([[13, 'high']]);
    // Not exported: the file's own uses are all there is, and it says nothing of an owner; they run
    // it once, at start-up (shown-repetition.ts: medium).
    const notExported = daemon.replace('var Daemon = module.exports = function', 'var Daemon = function');
    expect(reportOnly(notExported, {}, 'daemon.js')).toEqual([[13, 'medium']]);
    // Called from a method through a loop: once per item.
    const inLoop = daemon.replace('  this.startLogic();', '  for (var i = 0; i < 3; i++) this.startLogic();');
    expect(reportOnly(inLoop, {}, 'daemon.js')).toEqual([[13, 'high']]);
    // `run` of something that is not a Node domain may call its function any number of times.
    const otherRun = daemon.replace('var d = domain.create();', 'var d = makeRunner();');
    expect(reportOnly(otherRun, {}, 'daemon.js')).toEqual([[13, 'high']]);
  });

  it("is medium in an anonymous default export, and in a function called once from one only other files run", () => {
    // ferdium's ipc-api modules: `export default (params) => { ipcMain.on(…) }`, run from createWindow in another file.
    const ipcApi = [
      "import { ipcMain } from 'electron';",
      'export default (params: { settings: Record<string, { set(data: unknown): void }> }) => {',
      "  ipcMain.on('getAppSettings', (_event, type) => {",
      '    console.log(params.settings[type]);',
      '  });',
      "  ipcMain.on('updateAppSettings', (_event, args) => {",
      '    params.settings[args.type]!.set(args.data);',
      '  });',
      '};',
      '',
    ].join('\n');
    expect(lint(ipcApi).map((finding) => `${finding.line} ${finding.fix} ${finding.confidence}`)).toEqual(['3 none medium', '6 none medium']);
    // mattermost's initialize.ts: initializeConfig() runs once, from the exported initialize() that index.ts calls.
    const chain = [
      "import { ipcMain } from 'electron';",
      'declare function update(paths: unknown): void;',
      'function initializeConfig() {',
      "  ipcMain.on('update-paths', (_event, paths) => update(paths));",
      '}',
      'export async function initialize() {',
      '  initializeConfig();',
      '}',
      '',
    ].join('\n');
    expect(reportOnly(chain)).toEqual([[4, 'medium']]);
    expect(lint(chain).find((finding) => finding.line === 4)!.message).toContain(runFromElsewhereNote('initializeConfig() (called once from initialize())'));
  });

  it('a { once: true } listener on a global in an owner is medium; a CommonJS setup export is medium', () => {
    const code = [
      "import { useEffect } from 'react';",
      'export function useResume(resume: () => void) {',
      '  useEffect(() => {',
      '    const importFromUrl = async () => {',
      "      await new Promise<void>((resolve) => { window.addEventListener('focus', () => resolve(), { once: true }); });",
      '      resume();',
      '    };',
      '    importFromUrl().catch(() => {});',
      "    window.addEventListener('resize', () => resume());",
      '  }, [resume]);',
      '}',
      '',
    ].join('\n');
    const found = lint(code).filter((finding) => finding.rule === 'listener-cleanup');
    expect(found.map((finding) => [finding.line, finding.fix, finding.confidence])).toEqual([
      [5, 'none', 'medium'],
      [9, 'auto', 'high'],
    ]);
    expect(found[0]!.message).toContain(ONCE_IN_OWNER_NOTE);
    const commonJs = [
      "const socket = require('./socket');",
      'exports.registerListeners = function ({ status }) {',
      "  socket.on('connect', () => { status.text = 'up'; });",
      '};',
      'exports.forward = function ({ status }) {',
      "  socket.on('connect', () => { status.text = 'up'; });",
      '};',
      'exports.forwardAll = function (all) { for (const one of all) exports.forward(one); };',
      '',
    ].join('\n');
    expect(reportOnly(commonJs)).toEqual([
      [3, 'medium'],
      [6, 'high'],
    ]);
  });

  it('a listener in a hook of an object shaped like a Vue mixin is medium', () => {
    const mixin = [
      'export default {',
      '  data() {',
      '    return { width: window.innerWidth };',
      '  },',
      '  created() {',
      "    window.addEventListener('resize', () => { this.width = window.innerWidth; });",
      '  },',
      '};',
      // Not a mixin: no data/methods/computed beside the hook.
      'export const hooks = {',
      '  created() {',
      "    window.addEventListener('resize', () => { console.log(window.innerWidth); });",
      '  },',
      '};',
      'export function onEachView(views: unknown[]) { for (const view of views) hooks.created.call(view); }',
      '',
    ].join('\n');
    expect(reportOnly(mixin, {}).map(([line, confidence]) => `${line} ${confidence}`)).toEqual(['6 medium', '11 high']);
    expect(lint(mixin).find((finding) => finding.line === 6)!.message).toContain(VUE_MIXIN_NOTE);
  });

  it('a setup method of an exported object is medium; another method, or one the file calls, stays high', () => {
    const code = [
      'export default {',
      '  init() {',
      "    window.addEventListener('offline', () => { console.warn('offline'); });",
      '  },',
      '  watch() {',
      "    window.addEventListener('online', () => { console.warn('online'); });",
      '  },',
      '};',
      'export const again = {',
      '  init() {',
      "    window.addEventListener('focus', () => { console.warn('focus'); });",
      '  },',
      '};',
      'export function onReconnect(app: { watch(): void }) { app.watch(); }',
      '',
    ].join('\n');
    // Line 11: not the default export's setup, and nothing here runs it: medium by the general rule.
    // Line 6: not a setup, but nothing shows `app` is this object, nor that it runs twice (shown-repetition.ts): medium.
    expect(reportOnly(code).map(([line, confidence]) => `${line} ${confidence}`)).toEqual(['3 medium', '6 medium', '11 medium']);
  });

  it("a browser script's revealing module: its published init() is a setup function (medium); another function, one the file runs, or an unpublished module stays high", () => {
    const code = [
      'App.keys = (function () {',
      '  function init() {',
      "    document.addEventListener('keydown', () => { console.warn('key'); });",
      '  }',
      '  function show() {',
      "    window.addEventListener('resize', () => { console.warn('resize'); });",
      '  }',
      '  App.tools.init();',
      '  return { init: init, show: show, setup: function () {',
      "    window.addEventListener('focus', () => { console.warn('focus'); });",
      '  } };',
      '})();',
      'var panel = (function () {',
      '  function init() {',
      "    window.addEventListener('blur', () => { console.warn('blur'); });",
      '  }',
      '  init();',
      '  return { init: init };',
      '})();',
      '(function () {',
      '  function init() {',
      "    window.addEventListener('scroll', () => { console.warn('scroll'); });",
      '  }',
      '  return { init: init };',
      '})();',
      '',
    ].join('\n');
    // Line 3: App.tools.init() is another module's; line 15: the module runs its own init(); line 22: nobody keeps the module.
    // Line 6 is not a setup, but nothing here runs show(), and lines 15 and 22 run once at most (shown-repetition.ts): medium.
    expect(reportOnly(code, {}, 'file.js').map(([line, confidence]) => `${line} ${confidence}`)).toEqual(['3 medium', '6 medium', '10 medium', '15 medium', '22 medium']);
  });

  it('a listener in a function only other files run (a Vuex action, an exported helper) is medium; one the file runs again and again stays high', () => {
    const store = [
      "import { ipcRenderer } from 'electron';",
      'const actions = {',
      '  LISTEN_FOR_UPDATE({ commit }) {',
      "    ipcRenderer.on('mt::update-available', (_event, info) => commit('SET_UPDATE', info));",
      '  },',
      '  LISTEN_FOR_SAVE({ commit }) {',
      "    ipcRenderer.on('mt::save', () => commit('SAVE'));",
      '  },',
      '};',
      // The file dispatches this one at every focus: each adds another listener.
      "window.addEventListener('focus', () => store.dispatch('LISTEN_FOR_SAVE'));",
      'export default { actions };',
      '',
    ].join('\n');
    expect(reportOnly(store, {}, 'src/store/editor.js')).toEqual([
      [4, 'medium'],
      [7, 'high'],
    ]);
    expect(lint(store, {}, 'src/store/editor.js').find((finding) => finding.line === 4)!.message).toContain(runFromElsewhereNote('LISTEN_FOR_UPDATE()'));
  });

  it("the process's standard streams are medium", () => {
    const code = [
      'export const dev = {',
      '  start(reload: () => void) {',
      "    process.stdin.on('data', (data) => { if (String(data).trim() === 'rs') reload(); });",
      "    process.on('message', (message) => { if (message === 'rs') reload(); });",
      '  },',
      '};',
      'export function restartAll(reloads: Array<() => void>) { for (const reload of reloads) dev.start(reload); }',
      '',
    ].join('\n');
    expect(reportOnly(code)).toEqual([
      [3, 'medium'],
      [4, 'high'],
    ]);
  });

  it('process listeners for the events that end the process are low wherever they are installed', () => {
    const code = [
      // async: no fix can be proposed, so the findings stay report-only.
      'export async function runCli(server: { stop(): void }) {',
      // An end-of-process handler is no finding at all, wherever installed (docs/catalog.md, process lifetime by intent)
      // unless `reportProcessLifetime` asks for it.
      "  process.on('SIGTERM', () => server.stop());",
      "  process.on('message', (message) => console.log(message));",
      '}',
      "import { useEffect } from 'react';",
      'export function useStop(server: { stop(): void }) {',
      '  useEffect(async () => {',
      "    process.on('SIGTERM', () => server.stop());",
      '  }, [server]);',
      '}',
      'export async function stopAll(servers: Array<{ stop(): void }>) { for (const server of servers) await runCli(server); }',
      '',
    ].join('\n');
    expect(reportOnly(code)).toEqual([[3, 'high']]);
    expect(reportOnly(code, { reportProcessLifetime: true })).toEqual([
      [2, 'low'],
      [3, 'high'],
      [8, 'low'],
    ]);
  });

  it('every end-of-process event the match skips is low when reported: one list (process-events.ts)', () => {
    // The events confidence.ts once listed apart did not include these three; the match's list does.
    const code = [
      "import { useEffect } from 'react';",
      'export function useStop(server: { stop(): void }) {',
      '  useEffect(async () => {',
      "    process.on('SIGPIPE', () => server.stop());",
      "    process.on('uncaughtExceptionMonitor', () => server.stop());",
      '    process.on(`SIGTERM`, () => server.stop());',
      "    process.on('message', () => server.stop());",
      '  }, [server]);',
      '}',
      '',
    ].join('\n');
    expect(reportOnly(code)).toEqual([[7, 'high']]);
    expect(reportOnly(code, { reportProcessLifetime: true })).toEqual([
      [4, 'low'],
      [5, 'low'],
      [6, 'low'],
      [7, 'high'],
    ]);
  });

  it('a { once: true } listener with no owner is no finding (issue 8 item 8); without once it is high on a global', () => {
    const code = [
      'export function whenVisible(): Promise<void> {',
      '  return new Promise((resolve) => {',
      "    window.addEventListener('focus', () => resolve(), { once: true });",
      "    window.addEventListener('blur', () => resolve());",
      '  });',
      '}',
      '',
    ].join('\n');
    expect(reportOnly(code)).toEqual([[4, 'high']]);
  });

  it('a class with no lifecycle and no removal written is low; a disposable class or a near-miss removal keeps its level', () => {
    const code = [
      "import { bus } from './bus';",
      'export class Relay {',
      '  constructor(private readonly name: string) {}',
      '  start(): void {',
      "    bus.on('message', (text: string) => console.log(this.name, text));",
      '  }',
      '}',
      'export class Mirror {',
      '  start(): void {',
      "    bus.on('data', (text: string) => console.log(text));",
      "    bus.on('data', (text: string) => console.warn(text));",
      '  }',
      '  reset(): void {',
      "    bus.off('data', (text: string) => console.log(text));",
      '  }',
      '}',
      'export class Tail {',
      '  close(): void {}',
      '  follow(): void {',
      "    bus.on('line', async (text: string) => console.log(await text));",
      '  }',
      '}',
      '',
    ].join('\n');
    const all = (raw: string) => lint(raw).map((finding) => [finding.line, finding.fix, finding.confidence]);
    expect(all(code)).toEqual([
      // Relay: no lifecycle, nothing written to remove it.
      [5, 'none', 'low'],
      // Mirror: the author wrote a removal that removes nothing (another function): a real bug, not lowered;
      // its sibling with no removal written is low.
      [10, 'none', 'high'],
      [11, 'none', 'low'],
      // Tail has close(): a lifecycle; the fix goes there.
      [20, 'auto', 'high'],
    ]);
    expect(lint(code).map((finding) => [finding.line, finding.message.includes(UNOWNED_CLASS_NOTE)])).toEqual([
      [5, true],
      [10, false],
      [11, true],
      [20, false],
    ]);
  });

  it('a removal that names the event in another letter case is high, also in a class with no lifecycle', () => {
    const code = [
      "import { receiver } from './receiver';",
      'export class SyncRequest {',
      '  private oncontact = (): void => this.done();',
      '  private onblock = (): void => this.done();',
      '  constructor() {',
      "    receiver.addEventListener('contactSync', this.oncontact);",
      "    receiver.addEventListener('blockSync', this.onblock);",
      '  }',
      '  done(): void {',
      "    receiver.removeEventListener('contactsync', this.oncontact);",
      "    receiver.removeEventListener('blockSync', this.onblock);",
      '  }',
      '}',
      '',
    ].join('\n');
    expect(reportOnly(code)).toEqual([[6, 'high']]);
    expect(lint(code)[0]!.message).toContain("names the event 'contactsync', not 'contactSync'");
  });

  it('a removal that differs only in calling the target again is low; one with another function keeps its level', () => {
    const code = [
      'export class Picker extends HTMLElement {',
      '  private onFocus = (): void => this.toggleAttribute(\'focused\', true);',
      '  open(): void {',
      "    this.getRootNode().addEventListener('focusin', this.onFocus);",
      "    this.getRootNode().addEventListener('keyup', this.onFocus);",
      '  }',
      '  close(): void {',
      "    this.getRootNode().removeEventListener('focusin', this.onFocus);",
      "    this.getRootNode().removeEventListener('keyup', () => this.onFocus());",
      '  }',
      '}',
      '',
    ].join('\n');
    const found = lint(code).map((finding) => [finding.line, finding.fix, finding.confidence, finding.message.includes('calls this.getRootNode() again')]);
    expect(found).toEqual([
      [4, 'none', 'low', true],
      [5, 'none', 'medium', false],
    ]);
  });

  it('a removal that calls the target again through an optional chain is the same near miss; another chain keeps its level', () => {
    const code = [
      'declare class Widget { el(): HTMLElement; dispose(): void }',
      'export class Panel extends Widget {',
      '  private buttons = new Widget();',
      '  private other = new Widget();',
      '  private onTouch = (event: TouchEvent): void => event.preventDefault();',
      '  private onKey = (event: KeyboardEvent): void => event.preventDefault();',
      '  open(): void {',
      "    this.buttons.el().addEventListener('touchstart', this.onTouch);",
      "    this.buttons.el().addEventListener('keyup', this.onKey);",
      '  }',
      '  dispose(): void {',
      "    this.buttons?.el().removeEventListener('touchstart', this.onTouch);",
      "    this.other?.el().removeEventListener('keyup', this.onKey);",
      '    super.dispose();',
      '  }',
      '}',
      '',
    ].join('\n');
    const found = lint(code).map((finding) => [finding.line, finding.fix, finding.confidence, finding.message.includes('calls this.buttons.el() again')]);
    expect(found).toEqual([
      [8, 'none', 'low', true],
      [9, 'none', 'medium', false],
    ]);
  });

  it("an abort listener on the caller's signal is low, medium when the class calls the method repeatedly with one long-lived signal", () => {
    const code = [
      'export class Waiter {',
      '  private readonly controller = new AbortController();',
      '  private timer: ReturnType<typeof setInterval> | undefined;',
      '  close(): void {',
      '    clearInterval(this.timer);',
      '    this.controller.abort();',
      '  }',
      '  async wait(ms: number, signal: AbortSignal): Promise<void> {',
      '    await new Promise<void>((resolve) => setTimeout(resolve, ms));',
      "    signal.addEventListener('abort', () => console.log('aborted late'));",
      '  }',
      '  async poll(options: { signal: AbortSignal }): Promise<void> {',
      '    await new Promise<void>((resolve) => setTimeout(resolve, 5));',
      "    options.signal.addEventListener('abort', () => console.log('stop'));",
      '  }',
      '  async twice(signal: AbortSignal): Promise<void> {',
      '    await new Promise<void>((resolve) => setTimeout(resolve, 5));',
      "    signal.addEventListener('abort', () => console.log('twice'));",
      '  }',
      '  start(signal: AbortSignal): void {',
      '    this.timer = setInterval(() => void this.poll({ signal: this.controller.signal }), 1000);',
      '    void this.twice(signal);',
      '    void this.twice(signal);',
      '  }',
      '}',
      'export class Opener {',
      '  close(): void {}',
      '  async open(options: { signal: AbortSignal }): Promise<void> {',
      '    const signal = options.signal;',
      '    await new Promise<void>((resolve) => setTimeout(resolve, 5));',
      "    signal.addEventListener('abort', () => console.log('open'));",
      '  }',
      '}',
      '',
    ].join('\n');
    // wait: nobody in the file calls it; twice: called twice, but with the caller's own signal (not long-lived here);
    // open: the caller's signal kept under a local name first.
    expect(reportOnly(code)).toEqual([
      [10, 'low'],
      [14, 'medium'],
      [18, 'low'],
      [31, 'low'],
    ]);
    const notes = lint(code)
      .filter((finding) => finding.fix === 'none')
      .map((finding) => [finding.line, finding.message.includes(CALLERS_SIGNAL_NOTE), finding.message.includes(REUSED_SIGNAL_NOTE)]);
    expect(notes).toEqual([
      [10, true, false],
      [14, false, true],
      [18, true, false],
      [31, true, false],
    ]);
  });

  it("an abort listener on the caller's signal in a class with no lifecycle is low with the signal's note (what use makes it leak)", () => {
    const code = [
      'export class Prompt {',
      '  async waitFor(options: { signal?: AbortSignal } = {}) {',
      '    if (options.signal) {',
      "      options.signal.addEventListener('abort', () => this.cancel(), { once: true });",
      '    }',
      '  }',
      '  cancel() {}',
      '}',
      'export class Watcher {',
      '  constructor(private readonly bus: { on(e: string, f: () => void): void }) {}',
      "  start() { window.addEventListener('resize', () => this.fit()); }",
      '  fit() {}',
      '}',
      '// one prompt per event: the wrapper is not only made by its own factory',
      'export function onPrompted(): Prompt { return new Prompt(); }',
      '',
    ].join('\n');
    const notes = lint(code)
      .filter((finding) => finding.fix === 'none')
      .map((finding) => [finding.line, finding.confidence, finding.message.includes(CALLERS_SIGNAL_NOTE), finding.message.includes(UNOWNED_CLASS_NOTE)]);
    expect(notes).toEqual([
      [4, 'low', true, false],
      [11, 'low', false, true],
    ]);
  });

  it("a listener on each client socket a server's connection callback is given stays a low finding (LEAKS.md has no 'not a finding' for it)", () => {
    // zigbee2mqtt's frontend shape: the socket's own close ends its listeners, but LEAKS.md only exempts objects
    // created in the same scope; the caller (the server) owns the socket, so the finding is `low`, not dropped.
    const code = [
      "import { WebSocketServer, type WebSocket } from 'ws';",
      "import { bus } from './bus';",
      'export class Relay {',
      '  private wss = new WebSocketServer({ noServer: true });',
      '  start(): void {',
      "    this.wss.on('connection', (ws: WebSocket) => {",
      "      ws.on('message', (data: Buffer) => console.log(data.length));",
      "      bus.on('broadcast', (text: string) => ws.send(text));",
      '    });',
      '  }',
      '  stop(): void {',
      '    this.wss.close();',
      '  }',
      '}',
      '',
    ].join('\n');
    // The real leak next to it: a module-level bus gets one more listener per connection, never removed.
    expect(reportOnly(code)).toEqual([
      [7, 'low'],
      [8, 'high'],
    ]);
  });

  it("a DOM listener on an element the same function puts into the instance's own element is low", () => {
    const code = [
      'export class Slider {',
      "  private readonly frame: HTMLElement = document.createElement('div');",
      '  constructor(private readonly makeGrip?: (side: string) => HTMLElement) {}',
      '  mount(sides: string[]): void {',
      '    for (const side of sides) {',
      '      let grip: HTMLElement;',
      '      if (this.makeGrip) grip = this.makeGrip(side);',
      "      else grip = document.createElement('span');",
      "      grip.addEventListener('pointerdown', () => this.drag(side));",
      '      this.frame.appendChild(grip);',
      '    }',
      "    const badge = document.createElement('b');",
      "    badge.addEventListener('click', () => this.drag('badge'));",
      '    document.body.append(badge);',
      "    this.frame.addEventListener('wheel', () => this.drag('wheel'));",
      '  }',
      '  private drag(side: string): void {',
      '    console.log(side);',
      '  }',
      '  destroy(): void {',
      '    this.frame.remove();',
      '  }',
      '}',
      '',
    ].join('\n');
    const found = lint(code).filter((finding) => finding.fix === 'none');
    // The grip goes into `this.frame`; the badge into the page, which outlives the slider.
    expect(found.map((finding) => [finding.line, finding.confidence])).toEqual([
      [9, 'low'],
      [13, 'medium'],
    ]);
    expect(found[0]!.message).toContain(OWN_SUBTREE_NOTE);
  });

  it('a listener on what a call on an object the owner closes handed back is low', () => {
    const code = [
      "import { EventEmitter } from 'node:events';",
      '',
      'class Gateway {',
      '  private readonly server = new EventEmitter();',
      '  listen(port: number): EventEmitter {',
      '    console.log(port);',
      '    return this.server;',
      '  }',
      '  close(): void {',
      '    this.server.removeAllListeners();',
      '  }',
      '}',
      '',
      'declare const sharedBus: { channel(name: string): EventEmitter };',
      '',
      'export class Relay {',
      '  private gateway: Gateway | undefined;',
      '  private readonly hub = { channel: (name: string) => sharedBus.channel(name) };',
      '',
      '  start(port: number): void {',
      '    this.gateway = new Gateway();',
      '    const server = this.gateway.listen(port);',
      "    server.on('connection', (socket: unknown) => this.accept(socket));",
      "    const news = this.hub.channel('news');",
      "    news.on('message', (text: string) => this.accept(text));",
      '  }',
      '',
      '  private accept(value: unknown): void {',
      '    console.log(value);',
      '  }',
      '',
      '  stop(): void {',
      '    this.gateway?.close();',
      '  }',
      '}',
      '',
    ].join('\n');
    const found = lint(code).filter((finding) => finding.fix === 'none');
    // The gateway the relay closes made the server; the hub is not closed, its channel may be shared.
    expect(found.map((finding) => [finding.line, finding.confidence])).toEqual([
      [23, 'low'],
      [25, 'medium'],
    ]);
    expect(found[0]!.message).toContain(CLOSED_MAKER_NOTE);
  });

  it("a registration behind another module's flag whose guarded code calls into that module is low; behind it with no such call it stays high", () => {
    const code = [
      "import { PubSub } from './pubsub';",
      'export class Jobs {',
      '  static async initJobs(): Promise<void> {',
      "    PubSub.subscriber.on('message', (channel: string, message: string) => console.log(message));",
      '  }',
      '  static async workerCount(): Promise<void> {',
      '    if (!PubSub.initialized) {',
      '      await PubSub.init();',
      '      await this.initJobs();',
      '    }',
      '  }',
      '  static watch(): void {',
      "    if (!PubSub.initialized) PubSub.subscriber.on('error', (error: Error) => console.error(error));",
      '  }',
      '}',
      '',
    ].join('\n');
    const found = lint(code).filter((finding) => finding.fix === 'none');
    // Line 13: not behind a flag that call could set, but a static method nothing here runs (shown-repetition.ts): medium.
    expect(found.map((finding) => [finding.line, finding.confidence])).toEqual([
      [4, 'low'],
      [13, 'medium'],
    ]);
    expect(found[0]!.message).toContain('`!PubSub.initialized`, a flag of another module');
  });
});
