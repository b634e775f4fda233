import { describe, expect, it } from 'vitest';
import type { CallExpression } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { resolveHttpRequestCall } from '../../src/analysis/resources/http-request-call';
import { findStreamingOptionsRead } from './request-streaming-options';

/** `kind evidence` from the options of the request `callee(…)`, or `null`. */
function optionsRead(code: string, callee: string): string | null {
  const path = parseSnippet(code).call(callee) as NodePath<CallExpression>;
  const request = resolveHttpRequestCall(path)!;
  const read = findStreamingOptionsRead(path, request);
  return read ? `${read.kind} ${read.evidence}` : null;
}

const axios = "import axios from 'axios';\n";

describe('findStreamingOptionsRead', () => {
  it('reads an event-stream Accept header for any client', () => {
    expect(optionsRead("fetch(url, { headers: { 'Accept': 'text/event-stream' } });", 'fetch')).toBe("stream `Accept: 'text/event-stream'`");
    expect(optionsRead(`${axios}axios.get(url, { headers: { accept: 'text/event-stream' }, responseType: 'stream' });`, 'axios.get')).toBe(
      "stream `accept: 'text/event-stream'`",
    );
    expect(optionsRead("fetch(url, { headers: new Headers({ accept: 'text/event-stream' }) });", 'fetch')).toBeNull();
  });

  it('reads axios responseType (any case) and onDownloadProgress only for axios', () => {
    expect(optionsRead(`${axios}axios.get(url, { responseType: 'arrayBuffer' });`, 'axios.get')).toBe("download `responseType: 'arrayBuffer'`");
    expect(optionsRead(`${axios}axios.get(url, { responseType: \`json\` });`, 'axios.get')).toBeNull();
    expect(optionsRead(`${axios}axios.get(url, { responseType: 'text' });`, 'axios.get')).toBeNull();
    expect(optionsRead("fetch(url, { responseType: 'stream', onDownloadProgress });", 'fetch')).toBeNull();
  });

  it("sees an instance's create config from a call on the instance, and the calls from axios.create", () => {
    const stream = `${axios}const api = axios.create({ responseType: 'stream' });\napi.get('/x');`;
    expect(optionsRead(stream, 'api.get')).toBe("stream `responseType: 'stream'`");
    expect(optionsRead(stream, 'axios.create')).toBe("stream `responseType: 'stream'`");
    const calls = `${axios}const api = axios.create();\nfunction f() { api.get('/a'); return api.request({ url: '/b', onDownloadProgress: show }); }`;
    expect(optionsRead(calls, 'axios.create')).toBe('download `onDownloadProgress`');
    expect(optionsRead(`${axios}const api = axios.create();\napi.get('/a');\napi.defaults.headers.x = 1;`, 'axios.create')).toBeNull();
  });

  it('reads got isStream and responseType buffer', () => {
    const got = "import got from 'got';\n";
    expect(optionsRead(`${got}got(url, { isStream: true });`, 'got')).toBe('stream `isStream: true`');
    expect(optionsRead(`${got}got(url, { isStream: false });`, 'got')).toBeNull();
    expect(optionsRead(`${got}got.get(url, { responseType: 'buffer' });`, 'got.get')).toBe("download `responseType: 'buffer'`");
    expect(optionsRead(`${got}got.get(url, { responseType: 'json' });`, 'got.get')).toBeNull();
  });
});
