import type { NewExpression } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { resolvePromiseExecutor, type PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import { getEventRegistration, type EventRegistration } from './event-registration';
import { isElectronIpcWait } from './electron-ipc';
import { isElectronWindowWait } from './electron-window';
import { isContextMessageWait } from './context-message';
import { isAnimationEndWait } from './animation-end';
import { isDataUrlImageLoad } from './data-url-image';
import { isFileStreamClose } from './fs-stream-close';

/** `test` applied to the first registration inside the (first) `new Promise` of `code`. */
function check(test: (registration: EventRegistration, executor: PromiseExecutor) => boolean, code: string): boolean {
  const snippet = parseSnippet(code, 'ts');
  const promise = snippet.find((node) => node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'Promise') as NodePath<NewExpression>;
  const executor = resolvePromiseExecutor(promise)!;
  const registration = snippet.findAll((node) => node.start! > promise.node.start! && getEventRegistration(node) !== null).map((path) => getEventRegistration(path.node)!)[0]!;
  return test(registration, executor);
}

describe('isElectronIpcWait', () => {
  it("accepts ipcRenderer / ipcMain of electron, under any local name, and members of that name", () => {
    expect(check(isElectronIpcWait, "import { ipcRenderer } from 'electron'; new Promise((r) => ipcRenderer.once('x', r));")).toBe(true);
    expect(check(isElectronIpcWait, "const { ipcMain: ipc } = require('electron'); new Promise((r) => ipc.once('x', r));")).toBe(true);
    expect(check(isElectronIpcWait, "class A { wait() { return new Promise((r) => this.electron.ipcRenderer.once('x', r)); } }")).toBe(true);
  });

  it("accepts Electron's process modules and a top-level const alias of the IPC object", () => {
    expect(check(isElectronIpcWait, "const { ipcRenderer: ipc } = require('electron/main'); new Promise((r) => ipc.once('x', r));")).toBe(true);
    expect(check(isElectronIpcWait, "import { ipcRenderer } from 'electron/renderer'; new Promise((r) => ipcRenderer.once('x', r));")).toBe(true);
    expect(check(isElectronIpcWait, "import { ipcRenderer } from 'electron'; const ipc = ipcRenderer; new Promise((r) => ipc.once('x', r));")).toBe(true);
    expect(check(isElectronIpcWait, "const electron = require('electron'); const ipc = electron.ipcMain; new Promise((r) => ipc.once('x', r));")).toBe(true);
    expect(check(isElectronIpcWait, "import { ipcRenderer } from 'electron/fake'; new Promise((r) => ipcRenderer.once('x', r));")).toBe(false);
    expect(check(isElectronIpcWait, "import { EventEmitter } from 'events'; const bus = new EventEmitter(); const ipc = bus; new Promise((r) => ipc.once('x', r));")).toBe(false);
    expect(check(isElectronIpcWait, "import { ipcRenderer } from 'electron'; function f() { const ipc = ipcRenderer; return new Promise((r) => ipc.once('x', r)); }")).toBe(false);
  });

  it('rejects other emitters and a local of the same name', () => {
    expect(check(isElectronIpcWait, "import { ipcRenderer } from './fake'; new Promise((r) => ipcRenderer.once('x', r));")).toBe(false);
    expect(check(isElectronIpcWait, "function f(ipc) { return new Promise((r) => ipc.once('x', r)); }")).toBe(false);
    expect(check(isElectronIpcWait, "function f(o) { return new Promise((r) => o['ipcRenderer'].once('x', r)); }")).toBe(false);
  });
});

describe('isElectronWindowWait', () => {
  it("accepts a window typed or made from electron's classes, and 'ready-to-show' anywhere", () => {
    expect(check(isElectronWindowWait, "import { BrowserWindow } from 'electron'; const f = (w: BrowserWindow) => new Promise((r) => w.on('closed', r));")).toBe(true);
    expect(check(isElectronWindowWait, "import { BrowserWindow } from 'electron'; let w: BrowserWindow | null = null; new Promise((r) => w.on('closed', r));")).toBe(true);
    expect(check(isElectronWindowWait, "const f = (w: Electron.BrowserWindow) => new Promise((r) => w.on('closed', r));")).toBe(true);
    expect(check(isElectronWindowWait, "const { BrowserWindow } = require('electron'); const w = new BrowserWindow(); new Promise((r) => w.once('show', r));")).toBe(true);
    expect(check(isElectronWindowWait, "async function f() { const w = await get(); return new Promise((r) => w.once('ready-to-show', r)); }")).toBe(true);
    expect(check(isElectronWindowWait, "const v = pane.querySelector('webview'); new Promise((r) => v.addEventListener('did-attach', () => r(), { capture: true }));")).toBe(true);
  });

  it('rejects a window of another type, an untyped one and DOM listeners', () => {
    expect(check(isElectronWindowWait, "import { BrowserWindow } from './window'; const f = (w: BrowserWindow) => new Promise((r) => w.on('closed', r));")).toBe(false);
    expect(check(isElectronWindowWait, "const f = (w) => new Promise((r) => w.on('closed', r));")).toBe(false);
    expect(check(isElectronWindowWait, "const v = pane.querySelector('webview'); new Promise((r) => v.addEventListener('did-finish-load', () => r()));")).toBe(false);
    expect(check(isElectronWindowWait, "import { BrowserWindow } from 'electron'; const f = (w: BrowserWindow) => new Promise((r) => w.addEventListener('closed', r));")).toBe(false);
  });
});

describe('isContextMessageWait', () => {
  it("accepts 'message' on the global scope and on worker_threads' parentPort", () => {
    expect(check(isContextMessageWait, "new Promise((r) => self.addEventListener('message', r));")).toBe(true);
    expect(check(isContextMessageWait, "new Promise((r) => { globalThis.onmessage = r; });")).toBe(true);
    expect(check(isContextMessageWait, "import { parentPort } from 'node:worker_threads'; new Promise((r) => parentPort.once('message', r));")).toBe(true);
  });

  it('rejects a Worker, a local named self and other events', () => {
    expect(check(isContextMessageWait, "const worker = new Worker('w.js'); new Promise((r) => worker.addEventListener('message', r));")).toBe(false);
    expect(check(isContextMessageWait, "function f(self) { return new Promise((r) => self.addEventListener('message', r)); }")).toBe(false);
    expect(check(isContextMessageWait, "new Promise((r) => self.addEventListener('load', r));")).toBe(false);
  });
});

describe('isAnimationEndWait', () => {
  it("accepts 'animationend' / 'transitionend' on DOM targets and 'finish' of an Animation the code starts", () => {
    expect(check(isAnimationEndWait, "new Promise((r) => el.addEventListener('animationend', r, { once: true }));")).toBe(true);
    expect(check(isAnimationEndWait, "new Promise((r) => { el.ontransitionend = r; });")).toBe(true);
    expect(check(isAnimationEndWait, "new Promise((r) => { el.animate([], 200).onfinish = r; });")).toBe(true);
    expect(check(isAnimationEndWait, "const a = el.animate([], 200); new Promise((r) => a.addEventListener('finish', r));")).toBe(true);
    expect(check(isAnimationEndWait, "function zoom(e) { return e.animate([], 240); } new Promise((r) => { zoom(el).onfinish = r; });")).toBe(true);
  });

  it("rejects 'finish' of anything else, and emitters", () => {
    expect(check(isAnimationEndWait, "new Promise((r) => stream.addEventListener('finish', r));")).toBe(false);
    expect(check(isAnimationEndWait, "function zoom(e) { if (e) return e.animate([], 240); return null; } new Promise((r) => { zoom(el).onfinish = r; });")).toBe(false);
    expect(check(isAnimationEndWait, "new Promise((r) => el.on('transitionend', r));")).toBe(false);
  });
});

describe('isDataUrlImageLoad', () => {
  it("accepts 'load' of an image whose src is last set to a data: URL", () => {
    expect(check(isDataUrlImageLoad, "const img = new Image(); img.src = 'data:image/svg+xml,' + svg; new Promise((r) => (img.onload = r));")).toBe(true);
    expect(check(isDataUrlImageLoad, "const img = document.createElement('img'); img.src = `data:image/png;base64,${b}`; new Promise((r) => img.addEventListener('load', r));")).toBe(true);
  });

  it('rejects a URL from elsewhere, a src set again after, and a target not made here', () => {
    expect(check(isDataUrlImageLoad, "const img = new Image(); img.src = url; new Promise((r) => (img.onload = r));")).toBe(false);
    expect(check(isDataUrlImageLoad, "const img = new Image(); img.src = 'data:,'; img.src = url; new Promise((r) => (img.onload = r));")).toBe(false);
    expect(check(isDataUrlImageLoad, "function f(img) { img.src = 'data:,'; return new Promise((r) => (img.onload = r)); }")).toBe(false);
  });
});

describe('isFileStreamClose', () => {
  it("accepts 'close' of the file stream the name holds where the wait starts", () => {
    expect(check(isFileStreamClose, "import fs from 'node:fs'; const out = fs.createWriteStream(p); new Promise((r) => out.on('close', r));")).toBe(true);
    expect(check(isFileStreamClose, "const { createReadStream } = require('fs'); let s; s = createReadStream(p); new Promise((r) => s.once('close', r)); s = other;")).toBe(true);
  });

  it("rejects 'finish', other streams and a name given another stream before the wait", () => {
    expect(check(isFileStreamClose, "import fs from 'node:fs'; const out = fs.createWriteStream(p); new Promise((r) => out.on('finish', r));")).toBe(false);
    expect(check(isFileStreamClose, "import { PassThrough } from 'node:stream'; const out = new PassThrough(); new Promise((r) => out.on('close', r));")).toBe(false);
    expect(check(isFileStreamClose, "import fs from 'node:fs'; let s = fs.createReadStream(p); s = other; new Promise((r) => s.on('close', r));")).toBe(false);
  });
});
