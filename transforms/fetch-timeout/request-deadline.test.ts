import { describe, expect, it } from 'vitest';
import type { CallExpression } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { resolveHttpRequestCall } from '../../src/analysis/resources/http-request-call';
import { findRequestInputSignal, isRequestBounded } from './request-deadline';

function bounded(code: string, callee: string): boolean {
  const path = parseSnippet(code).call(callee) as NodePath<CallExpression>;
  const request = resolveHttpRequestCall(path);
  if (!request) throw new Error(`${callee} is not a request`);
  return isRequestBounded(path, request);
}

describe('isRequestBounded', () => {
  it('sees deadline keys in the options literal, per client', () => {
    expect(bounded('fetch(url, { signal });', 'fetch')).toBe(true);
    expect(bounded('fetch(url, { timeout: 5000 });', 'fetch')).toBe(false);
    expect(bounded("import fetch from 'node-fetch';\nfetch(url, { timeout: 5000 });", 'fetch')).toBe(true);
    expect(bounded("import axios from 'axios';\naxios.get(url, { timeout: 5000 });", 'axios.get')).toBe(true);
    expect(bounded("import https from 'https';\nhttps.get(url, { timeout: 5000 }, cb);", 'https.get')).toBe(false);
    expect(bounded("import { request } from 'undici';\nrequest(url, { headersTimeout: 5000 });", 'request')).toBe(true);
    expect(bounded("import got from 'got';\ngot(url, { timeout: { request: 5000 } });", 'got')).toBe(true);
  });

  it('looks into a const options literal', () => {
    expect(bounded('const init = { signal };\nfetch(url, init);', 'fetch')).toBe(true);
    expect(bounded('const init = { ...defaults };\nfetch(url, init);', 'fetch')).toBe(true);
    expect(bounded("const init = { method: 'POST' };\nfetch(url, init);", 'fetch')).toBe(false);
  });

  it('sees a chained .timeout(ms)', () => {
    expect(bounded('fetch(url).timeout(5000);', 'fetch')).toBe(true);
  });

  it('sees axios defaults set in the file', () => {
    expect(bounded("import axios from 'axios';\naxios.defaults.timeout = 5000;\naxios.get(url);", 'axios.get')).toBe(true);
    expect(bounded("import axios from 'axios';\nconst api = axios.create();\napi.defaults.timeout = 5000;", 'axios.create')).toBe(true);
  });

  it('sees an http request ended by hand on timeout', () => {
    expect(bounded("import http from 'http';\nhttp.get(url, cb).setTimeout(5000, () => {});", 'http.get')).toBe(true);
    expect(bounded("import http from 'http';\nfunction f() { const req = http.request(url, cb);\nreq.on('timeout', () => req.destroy()); }", 'http.request')).toBe(true);
    expect(bounded("import http from 'http';\nfunction f() { const req = http.request(url, cb);\nreq.on('error', onError); }", 'http.request')).toBe(false);
  });

  it('sees a signal carried by a Request input', () => {
    expect(bounded('fetch(new Request(url, { signal }));', 'fetch')).toBe(true);
    expect(bounded('fetch(new Request(url));', 'fetch')).toBe(false);
  });
});

describe('findRequestInputSignal', () => {
  function inputSignal(code: string): unknown {
    const path = parseSnippet(code).call('fetch') as NodePath<CallExpression>;
    return findRequestInputSignal(path, resolveHttpRequestCall(path)!);
  }

  it('keeps the signal of a typed Request input', () => {
    expect(inputSignal('function f(request: Request) { fetch(request); }')).toEqual({
      expression: 'request.signal',
      narrowed: 'request.signal',
      mayBeUndefined: false,
      guessed: false,
    });
  });

  it('guesses from the name when the input is untyped', () => {
    expect(inputSignal('function f(req) { fetch(req); }')).toMatchObject({ expression: 'req.signal', guessed: true });
    expect(inputSignal('self.onfetch = (event) => fetch(event.request);')).toMatchObject({ expression: 'event.request.signal', guessed: true });
    // Mock Service Worker's pass-through: `fetch(requestClone, { headers })`
    expect(inputSignal('function f(requestClone) { fetch(requestClone, { headers }); }')).toMatchObject({ expression: 'requestClone.signal', guessed: true });
    expect(inputSignal('function f(clonedRequest) { fetch(clonedRequest); }')).toMatchObject({ expression: 'clonedRequest.signal', guessed: true });
    expect(inputSignal('function f(requests) { fetch(requests); }')).toBeNull();
  });

  it('is null for URLs', () => {
    expect(inputSignal('function f(url: string) { fetch(url); }')).toBeNull();
    expect(inputSignal('function f(request: string) { fetch(request); }')).toBeNull();
    expect(inputSignal("fetch('/x');")).toBeNull();
  });
});
