import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveListenerCall, type ListenerCall } from './listener-call';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { isPerRequestStreamListener } from './stream-listener';

/** The registrations of `code`, in source order. */
function registrations(code: string): ListenerCall[] {
  const snippet = parseSnippet(code, 'js');
  return snippet
    .findAll((node: Node) => node.type === 'CallExpression')
    .map(resolveListenerCall)
    .filter((call): call is ListenerCall => call !== null && call.role === 'add');
}

/** Whether the `index`-th registration of `code` is on a stream handled per request. */
function perRequest(code: string, index = 0): boolean {
  const adds = registrations(code);
  const add = adds[index]!;
  return isPerRequestStreamListener(add, resolveOwnerScope(add.call, { effectHooks: [] }), adds);
}

describe('isPerRequestStreamListener', () => {
  it('matches flow events, objects made as streams, and chains that listen for a flow event', () => {
    expect(perRequest('class H { onHeaders(body) { body.on("data", (c) => this.push(c)); } }')).toBe(true);
    expect(perRequest('class H { onResponse() { const d = zlib.createGunzip(); d.on("error", (e) => this.fail(e)); } }')).toBe(true);
    expect(perRequest('class R extends Readable {}\nclass H { constructor() { this.req = new R().on("error", noop); } }')).toBe(true);
    expect(perRequest('class H { open(key) { this.out = this.store.createWriteStream(key); this.out.on("error", () => {}); } }')).toBe(true);
    expect(perRequest('class H { onHeaders(body) { body.on("data", f).on("error", g); } }', 1)).toBe(true);
  });

  it('matches a listener added only once the code has checked the object is a stream', () => {
    expect(perRequest('class H { constructor({ body }) { if (util.isStream(body)) { body.on("error", (e) => this.onError(e)); } } }')).toBe(true);
    expect(perRequest('class H { fail(err) { const { body } = this; if (body && isStream(body)) body.on("error", noop); } }')).toBe(true);
    expect(perRequest('class H { constructor(opts) { if (opts.body instanceof Readable) opts.body.on("error", (e) => this.onError(e)); } }')).toBe(true);
  });

  it('does not take a check of another object, the else branch, or a check outside the function', () => {
    expect(perRequest('class H { constructor({ body, source }) { if (util.isStream(source)) { body.on("error", (e) => this.onError(e)); } } }')).toBe(false);
    expect(perRequest('class H { constructor({ body }) { if (util.isStream(body)) {} else { body.on("error", (e) => this.onError(e)); } } }')).toBe(false);
    expect(perRequest('class H { constructor({ body }) { if (isStream(body)) { this.later = () => body.on("error", (e) => this.onError(e)); } } }')).toBe(false);
    expect(perRequest('class H { constructor({ body }) { if (isEmitter(body)) body.on("error", (e) => this.onError(e)); } }')).toBe(false);
  });

  it('does not match global, module-level or unproven streams, UI owners, or classes with a disposal method', () => {
    expect(perRequest('class H { ask() { process.stdin.on("data", (c) => this.answer(c)); } }')).toBe(false);
    expect(perRequest('const log = fs.createWriteStream("a.log");\nclass H { write() { log.on("drain", () => this.resume()); } }')).toBe(false);
    expect(perRequest('class H { constructor(pool) { this.pool = pool; } watch() { this.pool.on("error", (e) => this.fail(e)); } }')).toBe(false);
    expect(perRequest('function View({ stream }) { useEffect(() => { stream.on("data", setText); }, [stream]); }')).toBe(false);
    expect(perRequest('class H { start(body) { body.on("data", (c) => this.push(c)); } dispose() {} }')).toBe(false);
  });

  it('matches, in a class with a disposal method, a stream kept in a local const the function neither stores nor hands out', () => {
    const scan = 'class C { keys() { return new Promise((resolve, reject) => { const stream = this.client.scanStream({ match: "k*" }); stream.on("data", (k) => this.add(k)); stream.on("error", reject); stream.on("end", resolve); }); } close() { return this.client.quit(); } }';
    expect(perRequest(scan, 0)).toBe(true);
    expect(perRequest(scan, 1)).toBe(true);
    expect(perRequest(scan, 2)).toBe(true);
  });

  it('keeps, in a class with a disposal method, a local stream the function stores or hands out, and a non-stream local', () => {
    expect(perRequest('class C { open() { const stream = this.client.scanStream(); this.current = stream; stream.on("data", (k) => this.add(k)); } close() {} }')).toBe(false);
    expect(perRequest('class C { open() { const stream = this.client.scanStream(); stream.on("data", (k) => this.add(k)); return stream; } close() {} }')).toBe(false);
    expect(perRequest('class C { open() { const sub = this.client.subscriber(); sub.on("message", (m) => this.add(m)); } close() {} }')).toBe(false);
  });

  it('keeps, in a class with a disposal method, a local stream whose end the function does not show settling it', () => {
    expect(perRequest('class C { start(port) { const socket = net.connect(port); socket.on("data", (d) => this.onData(d)); } dispose() {} }')).toBe(false);
    expect(perRequest('class C { start(port) { const socket = net.connect(port); socket.on("data", (d) => this.onData(d)); socket.on("end", () => this.log()); } dispose() {} }')).toBe(false);
    expect(perRequest('class C { read(done) { const stream = this.client.scanStream(); stream.on("data", (k) => this.add(k)); stream.once("end", () => done(null)); } dispose() {} }')).toBe(true);
    expect(perRequest('class C { keys() { return new this.Promise((resolve, reject) => { const stream = this.client.scanStream(); stream.on("data", (k) => this.add(k)); stream.on("end", () => { if (!this.n) return resolve(); this.next().then(resolve); }); }); } close() {} }')).toBe(true);
  });
});
