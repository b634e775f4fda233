import { describe, expect, it } from 'vitest';
import type { CallExpression } from '@babel/types';
import { parseSnippet } from '../../../test/helpers/ast';
import type { NodePath } from '../../core/traverse';
import { resolveHttpRequestCall, type FetchFunction, type HttpRequestCall } from './http-request-call';

/** `client name options-kind@index` for the call whose callee text is `callee`. */
function describeCall(code: string, callee: string, wrappers: FetchFunction[] = [], nth = 0): string | null {
  const snippet = parseSnippet(code);
  const path = snippet.call(callee, nth) as NodePath<CallExpression>;
  const request = resolveHttpRequestCall(path, wrappers);
  return request ? summarize(request, path.node) : null;
}

function summarize(request: HttpRequestCall, call: CallExpression): string {
  const options = request.options;
  let where: string;
  switch (options.kind) {
    case 'absent':
      where = `absent+${options.missingBefore}`;
      break;
    case 'before-callback':
      where = `before-callback@${call.arguments.indexOf(options.callback as never)}`;
      break;
    case 'object':
      where = `object@${call.arguments.indexOf(options.argument as never)}`;
      break;
    default:
      where = `${options.kind}@${call.arguments.indexOf(options.node as never)}`;
  }
  return `${request.client} ${request.name} ${where}`;
}

describe('resolveHttpRequestCall: fetch', () => {
  it('recognises the global fetch and its global-object forms', () => {
    expect(describeCall('fetch(url);', 'fetch')).toBe('fetch fetch absent+0');
    expect(describeCall('window.fetch(url, { method });', 'window.fetch')).toBe('fetch window.fetch object@1');
    expect(describeCall('globalThis.fetch(url, init);', 'globalThis.fetch')).toBe('fetch globalThis.fetch expression@1');
    expect(describeCall('self.fetch(url);', 'self.fetch')).toBe('fetch self.fetch absent+0');
  });

  it('recognises node-fetch and undici fetch', () => {
    expect(describeCall("import fetch from 'node-fetch';\nfetch(url);", 'fetch')).toBe('node-fetch fetch absent+0');
    expect(describeCall("const fetch = require('node-fetch');\nfetch(url);", 'fetch')).toBe('node-fetch fetch absent+0');
    expect(describeCall("import { fetch as f } from 'undici';\nf(url);", 'f')).toBe('undici-fetch f absent+0');
    expect(describeCall("import * as undici from 'undici';\nundici.fetch(url);", 'undici.fetch')).toBe('undici-fetch undici.fetch absent+0');
  });

  it('does not take a local or project fetch for the global one', () => {
    expect(describeCall('function fetch(u) {}\nfetch(url);', 'fetch')).toBeNull();
    expect(describeCall("import { fetch } from './http';\nfetch(url);", 'fetch')).toBeNull();
    expect(describeCall('client.fetch(url);', 'client.fetch')).toBeNull();
  });

  it('ignores calls it cannot place options in', () => {
    expect(describeCall('fetch();', 'fetch')).toBeNull();
    expect(describeCall('fetch(...args);', 'fetch')).toBeNull();
  });
});

describe('resolveHttpRequestCall: axios', () => {
  const axios = "import axios from 'axios';\n";
  it('puts the config second for get/delete/head/options and third for post/put/patch', () => {
    expect(describeCall(`${axios}axios.get(url);`, 'axios.get')).toBe('axios axios.get absent+0');
    expect(describeCall(`${axios}axios.delete(url, { headers });`, 'axios.delete')).toBe('axios axios.delete object@1');
    expect(describeCall(`${axios}axios.post(url);`, 'axios.post')).toBe('axios axios.post absent+1');
    expect(describeCall(`${axios}axios.put(url, data);`, 'axios.put')).toBe('axios axios.put absent+0');
    expect(describeCall(`${axios}axios.patch(url, data, config);`, 'axios.patch')).toBe('axios axios.patch expression@2');
    expect(describeCall(`${axios}axios.request({ url });`, 'axios.request')).toBe('axios axios.request object@0');
  });

  it('tells axios(config) from axios(url) and axios(url, config)', () => {
    expect(describeCall(`${axios}axios({ url });`, 'axios')).toBe('axios axios object@0');
    expect(describeCall(`${axios}axios('/users');`, 'axios')).toBe('axios axios absent+0');
    expect(describeCall(`${axios}axios(url, { method });`, 'axios')).toBe('axios axios object@1');
    expect(describeCall(`${axios}axios(config);`, 'axios')).toBe('axios axios expression@0');
    expect(describeCall(`${axios}axios(thing);`, 'axios')).toBe('axios axios unknown@0');
  });

  it('recognises axios.create and calls on its instance', () => {
    const code = `${axios}const api = axios.create({ baseURL });\napi.get('/x');\napi('/y');`;
    expect(describeCall(code, 'axios.create')).toBe('axios-create axios.create object@0');
    expect(describeCall(code, 'api.get')).toBe('axios-instance api.get absent+0');
    expect(describeCall(code, 'api')).toBe('axios-instance api absent+0');
  });

  it('does not know an instance imported from another module', () => {
    expect(describeCall("import api from './api';\napi.get('/x');", 'api.get')).toBeNull();
  });
});

describe('resolveHttpRequestCall: http, undici, got', () => {
  it('handles the http argument shapes', () => {
    const http = "import https from 'node:https';\n";
    expect(describeCall(`${http}https.get(url, (res) => {});`, 'https.get')).toBe('http https.get before-callback@1');
    expect(describeCall(`${http}https.get(url, { agent }, (res) => {});`, 'https.get')).toBe('http https.get object@1');
    expect(describeCall(`${http}https.request({ host }, (res) => {});`, 'https.request')).toBe('http https.request object@0');
    expect(describeCall(`${http}https.request(options, onResponse);`, 'https.request')).toBe('http https.request expression@0');
    expect(describeCall(`${http}https.get('https://x');`, 'https.get')).toBe('http https.get absent+0');
    expect(describeCall("const { get } = require('http');\nget(url, cb);", 'get')).toBe('http get before-callback@1');
    expect(describeCall(`${http}https.get(thing, cb);`, 'https.get')).toBe('http https.get unknown@0');
  });

  it('handles undici request and stream', () => {
    expect(describeCall("import { request } from 'undici';\nrequest(url);", 'request')).toBe('undici request absent+0');
    expect(describeCall("const undici = require('undici');\nundici.stream(url, { method }, factory);", 'undici.stream')).toBe(
      'undici undici.stream object@1',
    );
  });

  it('handles got and its method shortcuts', () => {
    expect(describeCall("import got from 'got';\ngot(url);", 'got')).toBe('got got absent+0');
    expect(describeCall("import got from 'got';\ngot({ url });", 'got')).toBe('got got object@0');
    expect(describeCall("const got = require('got');\ngot.post(url, { json });", 'got.post')).toBe('got got.post object@1');
  });

  it('tells which method of the client is called, renamed imports included', () => {
    const methodOf = (code: string, callee: string) => resolveHttpRequestCall(parseSnippet(code).call(callee) as NodePath<CallExpression>)?.method;
    expect(methodOf("import { stream as pump } from 'undici';\npump(url, {}, factory);", 'pump')).toBe('stream');
    expect(methodOf("import got from 'got';\ngot.stream(url);", 'got.stream')).toBe('stream');
    expect(methodOf("import got from 'got';\ngot(url);", 'got')).toBeNull();
    expect(methodOf('fetch(url);', 'fetch')).toBeNull();
  });

  it('leaves ky alone', () => {
    expect(describeCall("import ky from 'ky';\nky(url);", 'ky')).toBeNull();
  });
});

describe('resolveHttpRequestCall: project wrappers', () => {
  it('matches configured names and member chains at their argument', () => {
    const wrappers = [
      { name: 'apiFetch', deadline: 'signal', argument: 1 },
      { name: 'api.request', deadline: 'timeout', argument: 0 },
    ];
    expect(describeCall("import { apiFetch } from './api';\napiFetch('/x');", 'apiFetch', wrappers)).toBe('wrapper apiFetch absent+0');
    expect(describeCall('api.request({ url });', 'api.request', wrappers)).toBe('wrapper api.request object@0');
    expect(describeCall('other(url);', 'other', wrappers)).toBeNull();
  });
});
