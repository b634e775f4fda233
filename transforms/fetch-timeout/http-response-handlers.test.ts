import { describe, expect, it } from 'vitest';
import type { CallExpression } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { findHttpResponseHandlers } from './http-response-handlers';

/** The text of each handler found for the request `callee(…)`. */
function handlersOf(code: string, callee: string): string[] {
  const call = parseSnippet(code).call(callee) as NodePath<CallExpression>;
  return findHttpResponseHandlers(call).map((fn) => code.slice(fn.node.start!, fn.node.end!));
}

const https = "import https from 'node:https';\n";

describe('findHttpResponseHandlers', () => {
  it("finds the request's own callback, inline or a local function", () => {
    expect(handlersOf(`${https}https.get(url, (res) => res.resume());`, 'https.get')).toEqual(['(res) => res.resume()']);
    expect(handlersOf(`${https}function onResponse(res) {}\nhttps.get(url, { agent }, onResponse);`, 'https.get')).toEqual(['function onResponse(res) {}']);
  });

  it("finds 'response' listeners chained on the request or on the variable that keeps it", () => {
    expect(handlersOf(`${https}https.request(options).on('error', fail).once('response', (a) => a).end();`, 'https.request')).toEqual(['(a) => a']);
    expect(handlersOf(`${https}function f() { const req = https.request(options);\nreq.on('response', (b) => b);\nreq.on('error', fail);\nreq.end(); }`, 'https.request')).toEqual([
      '(b) => b',
    ]);
  });

  it('finds nothing when the response is not handed to a function here', () => {
    expect(handlersOf(`${https}https.get(url, options);`, 'https.get')).toEqual([]);
    expect(handlersOf(`${https}function f(callback) { https.get(url, callback).on('error', callback); }`, 'https.get')).toEqual([]);
  });
});
