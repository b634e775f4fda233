import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveListenerCall, type ListenerCall } from './listener-call';
import { isCallbackRequestErrorListener } from './request-target';

/** Whether the last registration of `code` is an error listener chained on a call handed its response callback. */
function callbackRequest(code: string): boolean {
  const s = parseSnippet(code, 'js');
  const calls = s.findAll((node: Node) => node.type === 'CallExpression').map((path) => resolveListenerCall(path)).filter((call): call is ListenerCall => call !== null && call.role === 'add');
  return isCallbackRequestErrorListener(calls[calls.length - 1]!);
}

describe('isCallbackRequestErrorListener', () => {
  it("matches 'error' chained on a call handed its response callback in place", () => {
    expect(callbackRequest('function f(fetch, url) { fetch(new URL(url), {}, (res) => res.resume()).on("error", onError); }')).toBe(true);
    expect(callbackRequest('function f(fetch, url) { fetch(url, function (res) { res.resume(); }).on("error", onError); }')).toBe(true);
  });

  it('does not match a method of a kept client, which returns the client itself', () => {
    expect(callbackRequest('class Room { join(n) { this.socket.emit("join", n, (ack) => {}).on("error", this.onError); } }')).toBe(false);
    expect(callbackRequest('function f(client, msg) { client.publish("t", msg, (err) => {}).on("error", onError); }')).toBe(false);
  });

  it('does not match another event, a call with no callback, a callback by name, or a stored result', () => {
    expect(callbackRequest('function f(fetch, url) { fetch(url, (res) => res.resume()).on("data", onData); }')).toBe(false);
    expect(callbackRequest('function f(pool, url) { pool.connection(url).on("error", onError); }')).toBe(false);
    expect(callbackRequest('function f(fetch, url) { fetch(url, onResponse).on("error", onError); }')).toBe(false);
    expect(callbackRequest('function f(fetch, url) { const req = fetch(url, (res) => res.resume()); req.on("error", onError); }')).toBe(false);
  });
});
