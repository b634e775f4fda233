import type { Node } from '@babel/types';
import type { NewExpression } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { resolvePromiseExecutor, type PromiseExecutor } from '../../src/analysis/syntax/promise-executor';
import { getEventRegistration, type EventRegistration } from './event-registration';
import { isChildProcessExit } from './child-exit';
import { isMessagePortWait } from './message-port';
import { isSeekEndWait } from './seek-timeupdate';
import { isPartStreamWait } from './part-stream';
import { isInTestCallback } from './test-hook';
import { isInstanceLatch, isStartupWait } from './startup-wait';

/** The first `new Promise(…)` of `code` and the registration its executor makes (the first one in it). */
function waitOf(code: string): { executor: PromiseExecutor; registration: EventRegistration } {
  const snippet = parseSnippet(code, 'ts');
  const promise = snippet.find((node) => node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'Promise') as NodePath<NewExpression>;
  const executor = resolvePromiseExecutor(promise)!;
  const registration = snippet
    .findAll((node) => getEventRegistration(node) !== null)
    .map((path) => getEventRegistration(path.node)!)
    .find((candidate) => candidate.call.start! > executor.fn.start! && candidate.call.end! <= executor.fn.end!)!;
  return { executor, registration };
}

const test = (check: (registration: EventRegistration, executor: PromiseExecutor) => boolean) => (code: string): boolean => {
  const { executor, registration } = waitOf(code);
  return check(registration, executor);
};

describe('isChildProcessExit', () => {
  const childExit = test(isChildProcessExit);
  it("accepts 'exit' on a child made by child_process or typed ChildProcess", () => {
    expect(childExit("import { spawn } from 'child_process'; function f() { const child = spawn('x'); return new Promise((r) => child.once('exit', () => r(null))); }")).toBe(true);
    expect(childExit("import type { ChildProcess } from 'node:child_process'; function f(child: ChildProcess | Worker) { return new Promise((r) => child.once('exit', () => r())); }")).toBe(true);
  });
  it("rejects another event, another emitter, or a name of unknown kind", () => {
    expect(childExit("import { spawn } from 'child_process'; function f() { const child = spawn('x'); return new Promise((r) => child.stdout.once('end', r)); }")).toBe(false);
    expect(childExit("function f(child) { return new Promise((r) => child.once('exit', r)); }")).toBe(false);
    expect(childExit("import { spawn } from './spawn'; function f() { const child = spawn('x'); return new Promise((r) => child.once('exit', r)); }")).toBe(false);
  });
});

describe('isMessagePortWait', () => {
  const portMessage = test(isMessagePortWait);
  it("accepts 'message' on a MessageChannel's port, a port a message hands over, or a port its type names", () => {
    expect(portMessage("async function f(get: () => Promise<{ port: MessagePort }>) { const { port } = await get(); return new Promise((r) => { port.addEventListener('message', (e) => r(e.data), { once: true }); port.postMessage(1); }); }")).toBe(true);
    expect(portMessage("function f(port: MessagePort) { return new Promise((r) => { port.onmessage = (e) => r(e.data); }); }")).toBe(true);
    expect(portMessage("function f() { const channel = new MessageChannel(); return new Promise((r) => { channel.port1.onmessage = (e) => r(e.data); }); }")).toBe(true);
    expect(portMessage("function f() { const { port2: local } = new MessageChannel(); return new Promise((r) => { local.onmessage = (e) => r(e.data); }); }")).toBe(true);
    expect(portMessage("function f() { const channel = new MessageChannel(); const port = channel.port2; return new Promise((r) => { port.onmessage = (e) => r(e.data); }); }")).toBe(true);
    expect(portMessage("self.addEventListener('message', (event) => { const port = event.ports[0]; return new Promise((r) => { port.onmessage = (e) => r(e.data); }); });")).toBe(true);
    expect(portMessage("self.onmessage = (event) => { const [port] = event.ports; return new Promise((r) => port.addEventListener('message', r)); };")).toBe(true);
  });
  it("rejects a Worker, a SharedWorker's port, and a port known by its name only", () => {
    expect(portMessage("function f() { const worker = new Worker('w.js'); return new Promise((r) => worker.addEventListener('message', (e) => r(e.data))); }")).toBe(false);
    expect(portMessage("function f() { const { port } = new SharedWorker('w.js'); return new Promise((r) => port.addEventListener('message', (e) => r(e.data))); }")).toBe(false);
    expect(portMessage("function f(socket) { return new Promise((r) => socket.addEventListener('message', (e) => r(e.data))); }")).toBe(false);
    expect(portMessage("async function f(get) { const { port } = await get(); return new Promise((r) => port.addEventListener('message', (e) => r(e.data))); }")).toBe(false);
    expect(portMessage("function f(link) { return new Promise((r) => { link.port1.onmessage = (e) => r(e.data); }); }")).toBe(false);
    expect(portMessage("function f(conn) { const { port1 } = conn; return new Promise((r) => { port1.onmessage = (e) => r(e.data); }); }")).toBe(false);
    expect(portMessage("emitter.on('data', (event) => { const port = event.ports[0]; return new Promise((r) => { port.onmessage = (e) => r(e.data); }); });")).toBe(false);
  });
});

describe('isSeekEndWait', () => {
  const seekEnd = test(isSeekEndWait);
  it("accepts 'timeupdate' / 'seeked' after the code's own seek of that element", () => {
    expect(seekEnd('async function f(video) { video.currentTime = 1e101; await new Promise((r) => { video.ontimeupdate = () => r(video.duration); }); }')).toBe(true);
    expect(seekEnd("function f(v) { return new Promise((r) => { v.addEventListener('seeked', r, { once: true }); v.currentTime = 3; }); }")).toBe(true);
  });
  it('rejects a wait with no seek, a seek of another element, or a seek after the wait', () => {
    expect(seekEnd('async function f(video) { await new Promise((r) => { video.ontimeupdate = () => r(); }); }')).toBe(false);
    expect(seekEnd('async function f(video, other) { other.currentTime = 0; await new Promise((r) => { video.ontimeupdate = () => r(); }); }')).toBe(false);
    expect(seekEnd('async function f(video) { await new Promise((r) => { video.ontimeupdate = () => r(); }); video.currentTime = 0; }')).toBe(false);
  });
});

describe('isPartStreamWait', () => {
  const part = test(isPartStreamWait);
  it("accepts a wait on a part a parent's event hands in, when the parent's 'error' is handled", () => {
    expect(part("function f(extract) { extract.on('entry', async (h, stream, next) => { await new Promise((r) => stream.once('end', r)); next(); }); return new Promise((ok, ko) => { extract.once('error', ko); }); }")).toBe(true);
  });
  it("rejects it when the parent's 'error' is not handled, or the emitter is not a part", () => {
    expect(part("function f(extract) { extract.on('entry', async (h, stream, next) => { await new Promise((r) => stream.once('end', r)); next(); }); }")).toBe(false);
    expect(part("function f(extract, stream) { extract.on('error', log); return new Promise((r) => stream.once('end', r)); }")).toBe(false);
    expect(part("function f(extract) { extract.on('error', log); run(async (stream) => { await new Promise((r) => stream.once('end', r)); }); }")).toBe(false);
  });
});

describe('isInTestCallback / isStartupWait', () => {
  const promiseOf = (code: string): NodePath => parseSnippet(code, 'ts').find((node) => node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'Promise') as NodePath;
  it("finds a test's callback or hook, not a local function of that name", () => {
    expect(isInTestCallback(promiseOf("beforeAll(async () => { await new Promise((r) => server.once('listening', r)); });"))).toBe(true);
    expect(isInTestCallback(promiseOf("it.concurrent('x', async () => { await new Promise((r) => server.once('listening', r)); });"))).toBe(true);
    expect(isInTestCallback(promiseOf("function it(n, f) {} it('x', async () => { await new Promise((r) => server.once('listening', r)); });"))).toBe(false);
    expect(isInTestCallback(promiseOf("run(async () => { await new Promise((r) => server.once('listening', r)); });"))).toBe(false);
  });
  it('finds code run once at module load: the top level or an IIFE there, with no loop', () => {
    expect(isStartupWait(promiseOf("const ready = (async () => { await new Promise((r) => api.once('ready', r)); })();"))).toBe(true);
    expect(isStartupWait(promiseOf("await new Promise((r) => api.once('ready', r));"))).toBe(true);
    expect(isStartupWait(promiseOf("async function start() { await new Promise((r) => api.once('ready', r)); }"))).toBe(false);
    expect(isStartupWait(promiseOf("for (const api of apis) (async () => { await new Promise((r) => api.once('ready', r)); })();"))).toBe(false);
  });
  it("finds a constructor's latch kept on the instance", () => {
    expect(isInstanceLatch(promiseOf("class C { constructor(api) { this.ready = new Promise((r) => api.once('ready', r)); } }"))).toBe(true);
    expect(isInstanceLatch(promiseOf("class C { constructor(api, n) { this.synced = n ? new Promise((r) => api.once('sync', r)) : Promise.resolve(); } }"))).toBe(true);
    // A method's wait, a local, a callback in the constructor, a loop
    expect(isInstanceLatch(promiseOf("class C { start(api) { this.ready = new Promise((r) => api.once('ready', r)); } }"))).toBe(false);
    expect(isInstanceLatch(promiseOf("class C { constructor(api) { const ready = new Promise((r) => api.once('ready', r)); } }"))).toBe(false);
    expect(isInstanceLatch(promiseOf("class C { constructor(api) { api.on('x', () => { this.ready = new Promise((r) => api.once('ready', r)); }); } }"))).toBe(false);
    expect(isInstanceLatch(promiseOf("class C { constructor(api) { for (const k of ks) this.ready = new Promise((r) => api.once(k, r)); } }"))).toBe(false);
    expect(isInstanceLatch(promiseOf("class C { constructor(api) { this.ready = api.ready(new Promise((r) => api.once('ready', r))); } }"))).toBe(false);
    // The instance's own target: a `this.x` chain or a constructor parameter, not a shared module-level emitter
    const latch = (code: string): boolean => {
      const promise = promiseOf(code);
      const call = ((promise.node as unknown as { arguments: Node[] }).arguments[0] as unknown as { body: { callee: { object: Node } } }).body.callee;
      return isInstanceLatch(promise, call.object);
    };
    expect(latch("class C { constructor(private api: Api) { this.ready = new Promise((r) => api.once('ready', r)); } }")).toBe(true);
    expect(latch("class C { constructor() { this.ready = new Promise((r) => this.api.once('ready', r)); } }")).toBe(true);
    expect(latch("class C { constructor(id) { this.done = new Promise((r) => worker.once(`done:${id}`, r)); } }")).toBe(false);
  });
});
