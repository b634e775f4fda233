import { describe, expect, it } from 'vitest';
import type { CallExpression } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { resolveHttpRequestCall } from '../../src/analysis/resources/http-request-call';
import { findStreamedResponseRead } from './response-usage';

/** `kind evidence` for the request call whose callee text is `callee`, or `null` when ordinary. */
function readOf(code: string, callee = 'fetch', language: 'ts' | 'js' = 'ts'): string | null {
  const path = parseSnippet(code, language).call(callee) as NodePath<CallExpression>;
  const request = resolveHttpRequestCall(path, [{ name: 'apiFetch', deadline: 'signal', argument: 1 }]);
  if (!request) throw new Error(`${callee} is not a request`);
  const read = findStreamedResponseRead(path, request);
  return read ? `${read.kind} ${read.evidence}` : null;
}

const fn = (body: string) => `async function load(url: string) {\n${body}\n}`;

describe('findStreamedResponseRead: fetch', () => {
  it('sees the body read as a stream, through the variable the response is awaited into', () => {
    expect(readOf(fn('const res = await fetch(url); const reader = res.body.getReader();'))).toBe('stream `res.body.getReader()`');
    expect(readOf(fn('const res = await fetch(url); for await (const chunk of res.body) use(chunk);'))).toBe('stream `for await (… of res.body)`');
    expect(readOf(fn('const res = await fetch(url); await res.body!.pipeTo(sink);'))).toBe('stream `res.body.pipeTo(…)`');
    expect(readOf(fn('const res = await fetch(url); res.body?.pipeThrough(new TextDecoderStream());'))).toBe('stream `res.body.pipeThrough(…)`');
    expect(readOf(fn('const res = await fetch(url); return Readable.fromWeb(res.body);'))).toBe('stream `res.body`');
    expect(readOf(fn('const res = await fetch(url); return new Response(res.body, res);'))).toBe('stream `res.body`');
    expect(readOf(fn('let res; res = await fetch(url); consume(res.body);'))).toBe('stream `res.body`');
  });

  it('sees the body through destructuring and .then callbacks', () => {
    expect(readOf(fn('const { body } = await fetch(url); await pump(body);'))).toBe('stream `body`');
    expect(readOf(fn('return fetch(url).then((res) => res.body);'))).toBe('stream `res.body`');
    expect(readOf(fn('fetch(url).then(function (res) { const reader = res.body.getReader(); read(reader); });'))).toBe('stream `res.body.getReader()`');
    expect(readOf(fn('fetch(url).then(({ body }) => body.getReader());'))).toBe('stream `body.getReader()`');
    expect(readOf(fn('const reader = (await fetch(url)).body.getReader();'))).toBe('stream `….body.getReader()`');
  });

  it('counts a whole-body binary read as a download', () => {
    expect(readOf(fn('const res = await fetch(url); return res.blob();'))).toBe('download `res.blob()`');
    expect(readOf(fn('const res = await fetch(url); return await res.arrayBuffer();'))).toBe('download `res.arrayBuffer()`');
    expect(readOf(fn('return fetch(url).then((r) => r.bytes());'))).toBe('download `r.bytes()`');
    expect(readOf(fn('return (await fetch(url)).blob();'))).toBe('download `….blob()`');
    expect(readOf(`import fetch from 'node-fetch';\n${fn('const res = await fetch(url); return res.buffer();')}`)).toBe('download `res.buffer()`');
  });

  it('follows a response awaited into a member through the same member in the same function', () => {
    expect(readOf(fn('self.res = await fetch(url); if (!self.res.ok) throw new Error(); self.model = await self.res.arrayBuffer();'))).toBe('download `self.res.arrayBuffer()`');
    expect(readOf(fn('this.cache.res = await fetch(url); return this.cache.res.body.getReader();'))).toBe('stream `this.cache.res.body.getReader()`');
    // An ordinary read, another member, or a read in another function: not a download.
    expect(readOf(fn('self.res = await fetch(url); return self.res.json();'))).toBeNull();
    expect(readOf(fn('self.res = await fetch(url); return self.other.arrayBuffer();'))).toBeNull();
    expect(readOf(`${fn('self.res = await fetch(url);')}\nfunction later() { return self.res.arrayBuffer(); }`)).toBeNull();
  });

  it('counts a WebAssembly module streamed in as a download', () => {
    expect(readOf(fn('return WebAssembly.instantiateStreaming(fetch(url), imports);'))).toBe('download `WebAssembly.instantiateStreaming(…)`');
    expect(readOf(fn('const res = await fetch(url); return WebAssembly.compileStreaming(res);'))).toBe('download `WebAssembly.compileStreaming(…)`');
    expect(readOf(fn('return fetch(url).then((res) => WebAssembly.instantiateStreaming(res, imports));'))).toBe('download `WebAssembly.instantiateStreaming(…)`');
    expect(readOf(fn('const res = await fetch(url); return WebAssembly.instantiate(await res.json(), imports);'))).toBeNull();
  });

  it('counts text() as a download when the URL is the caller\'s, typed by a person, or a script', () => {
    expect(readOf(fn('const res = await fetch(url); return await res.text();'))).toBe('download `res.text()` of a URL the caller passes in (`url`)');
    expect(readOf('async function load({ workerUrl }) { return fetch(workerUrl).then((res) => res.text()); }')).toBe('download `res.text()` of a URL the caller passes in (`workerUrl`)');
    expect(readOf("import w from './w.js?worker&url';\nasync function load() { return (await fetch(w)).text(); }")).toBe('download `….text()` of a script the bundler serves (`./w.js?worker&url`)');
    expect(readOf("async function load() { const res = await fetch('/static/app.mjs?v=3'); return res.text(); }")).toBe('download `res.text()` of a script (`/static/app.mjs?v=3`)');
    expect(readOf("async function load() { const res = await fetch(new URL('./x.wasm', import.meta.url)); return res.text(); }")).toBe('download `res.text()` of a script (`./x.wasm`)');
    expect(readOf('async function load(input: HTMLInputElement) { const u = input.value; return (await fetch(u)).text(); }')).toBe('download `….text()` of what a person typed (`input.value`)');
    // Not json(), not a fixed document, not a `?url` import of a stylesheet.
    expect(readOf(fn('const res = await fetch(url); return res.json();'))).toBeNull();
    expect(readOf("async function load() { const res = await fetch('/CHANGELOG.md'); return res.text(); }")).toBeNull();
    expect(readOf("import css from './a.css?url';\nasync function load() { return (await fetch(css)).text(); }")).toBeNull();
  });

  it('leaves ordinary reads, null tests and properties alone', () => {
    expect(readOf(fn('const res = await fetch(url); return res.json();'))).toBeNull();
    expect(readOf(fn('const res = await fetch(`/api/${id}`); if (!res.ok) throw new Error(); return await res.text();'))).toBeNull();
    expect(readOf(fn('const res = await fetch(url); if (!res.body) return null; return res.status;'))).toBeNull();
    expect(readOf(fn('const res = await fetch(url); return res.body === null || res.bodyUsed;'))).toBeNull();
    expect(readOf(fn('return fetch(url).then((res) => res.json()).then((data) => data.body);'))).toBeNull();
    expect(readOf(fn('const data = await (await fetch(url)).json(); render(data.body);'))).toBeNull();
    expect(readOf(fn('await fetch(url, { method: "POST", body });'))).toBeNull();
    expect(readOf(fn('const res = await fetch(url); handle(res);'))).toBeNull();
  });

  it('sees a text/event-stream Accept header', () => {
    expect(readOf(fn("const res = await fetch(url, { headers: { Accept: 'text/event-stream' } });"))).toBe("stream `Accept: 'text/event-stream'`");
    expect(readOf(fn("const init = { headers: { accept: 'text/event-stream' } }; await fetch(url, init);"))).toBe("stream `accept: 'text/event-stream'`");
    expect(readOf(fn("await fetch(url, { headers: { accept: 'application/json' } });"))).toBeNull();
  });
});

describe('findStreamedResponseRead: a response handed to the caller', () => {
  it('counts only when the function name or return type says stream or download', () => {
    expect(readOf('export function streamCompletion(url: string) { return fetch(url); }')).toBe('stream `streamCompletion` returns the response');
    expect(readOf('export async function downloadReport(url: string) { return await fetch(url); }')).toBe('download `downloadReport` returns the response');
    expect(readOf('export const openEventStream = (url: string) => fetch(url);')).toBe('stream `openEventStream` returns the response');
    expect(readOf('class Api { async download_file(url: string) { const res = await fetch(url); if (!res.ok) throw new Error(); return res; } }')).toBe(
      'download `download_file` returns the response',
    );
    expect(readOf('export function open(url: string): Promise<ReadableStream<Uint8Array> | null> { return fetch(url).then((r) => r.body); }')).toBe('stream `r.body`');
    expect(readOf('export async function get(url: string): Promise<StreamingResponse> { return fetch(url); }')).toBe('stream its function returns `StreamingResponse`');
  });

  it('stays ordinary for other names and types, including words that only contain "stream"', () => {
    expect(readOf('export function getUser(url: string): Promise<Response> { return fetch(url); }')).toBeNull();
    expect(readOf('export async function checkUpstream(url: string) { return fetch(url); }')).toBeNull();
    expect(readOf('export async function load(url: string) { const res = await fetch(url); return res; }')).toBeNull();
  });
});

describe('findStreamedResponseRead: undici', () => {
  const undici = "import { request, stream } from 'undici';\n";

  it('counts undici.stream() as a stream by definition', () => {
    expect(readOf(`${undici}${fn('await stream(url, { method: "GET" }, () => sink);')}`, 'stream')).toBe('stream `stream(…)`');
  });

  it('follows the body of request(): streamed, downloaded, or read whole', () => {
    expect(readOf(`${undici}${fn('const { body } = await request(url); body.pipe(file);')}`, 'request')).toBe('stream `body.pipe(…)`');
    expect(readOf(`${undici}${fn('const { body } = await request(url); await pipeline(body, file);')}`, 'request')).toBe('stream `pipeline(body, …)`');
    expect(readOf(`${undici}${fn('const res = await request(url); for await (const chunk of res.body) use(chunk);')}`, 'request')).toBe('stream `for await (… of res.body)`');
    expect(readOf(`${undici}${fn('const { body } = await request(url); return body;')}`, 'request')).toBe('stream `body`');
    expect(readOf(`${undici}${fn('const { body } = await request(url); return body.arrayBuffer();')}`, 'request')).toBe('download `body.arrayBuffer()`');
    expect(readOf(`${undici}${fn('const { body } = await request(url); return body.json();')}`, 'request')).toBeNull();
    expect(readOf(`${undici}${fn('const { statusCode, body } = await request(url); await body.dump(); return statusCode;')}`, 'request')).toBeNull();
  });
});

describe('findStreamedResponseRead: axios', () => {
  const axios = "import axios from 'axios';\n";

  it('reads responseType and onDownloadProgress from the config', () => {
    expect(readOf(`${axios}${fn("const { data } = await axios.get(url, { responseType: 'stream' }); data.pipe(file);")}`, 'axios.get')).toBe("stream `responseType: 'stream'`");
    expect(readOf(`${axios}${fn("const { data } = await axios.get(url, { responseType: 'blob' });")}`, 'axios.get')).toBe("download `responseType: 'blob'`");
    expect(readOf(`${axios}${fn("await axios.post(url, body, { responseType: 'arraybuffer' });")}`, 'axios.post')).toBe("download `responseType: 'arraybuffer'`");
    expect(readOf(`${axios}${fn("await axios({ url, responseType: 'stream' });")}`, 'axios')).toBe("stream `responseType: 'stream'`");
    expect(readOf(`${axios}${fn("const config = { responseType: 'stream' as const }; await axios.get(url, config);")}`, 'axios.get')).toBe("stream `responseType: 'stream'`");
    expect(readOf(`${axios}${fn('await axios.get(url, { onDownloadProgress: (e) => show(e) });')}`, 'axios.get')).toBe('download `onDownloadProgress`');
  });

  it('cannot rule out a stream when responseType is not a literal', () => {
    expect(readOf(`${axios}async function load(url: string, kind: 'json' | 'stream') { await axios.get(url, { responseType: kind }); }`, 'axios.get')).toBe(
      "stream `responseType` (not a literal: it may be 'stream')",
    );
  });

  it('leaves JSON and text responses alone', () => {
    expect(readOf(`${axios}${fn("const { data } = await axios.get(url, { responseType: 'json' }); return data;")}`, 'axios.get')).toBeNull();
    expect(readOf(`${axios}${fn('const { data } = await axios.get(url); return data;')}`, 'axios.get')).toBeNull();
  });

  it('looks at every call on an axios.create instance, and at its own config', () => {
    const create = `${axios}const api = axios.create({ baseURL });\n`;
    expect(readOf(`${create}${fn("const { data } = await api.get('/export', { responseType: 'stream' });")}`, 'axios.create')).toBe("stream `responseType: 'stream'`");
    expect(readOf(`${create}${fn("await api({ url: '/file', responseType: 'blob' });")}`, 'axios.create')).toBe("download `responseType: 'blob'`");
    expect(readOf(`${create}${fn("const { data } = await api.get('/users');")}`, 'axios.create')).toBeNull();
    expect(readOf(`${axios}const files = axios.create({ responseType: 'blob' });`, 'axios.create')).toBe("download `responseType: 'blob'`");
  });
});

describe('findStreamedResponseRead: got', () => {
  const got = "import got from 'got';\n";

  it('counts got.stream, isStream, .buffer() and download progress', () => {
    expect(readOf(`${got}${fn('got.stream(url).pipe(file);')}`, 'got.stream')).toBe('stream `got.stream(…)`');
    expect(readOf(`${got}${fn('got(url, { isStream: true }).pipe(file);')}`, 'got')).toBe('stream `isStream: true`');
    expect(readOf(`${got}${fn('return got(url).buffer();')}`, 'got')).toBe('download `.buffer()`');
    expect(readOf(`${got}${fn("await got(url, { responseType: 'buffer' });")}`, 'got')).toBe("download `responseType: 'buffer'`");
    expect(readOf(`${got}${fn("await got(url).on('downloadProgress', show);")}`, 'got')).toBe("download `.on('downloadProgress', …)`");
  });

  it('leaves text and JSON reads alone, and the body of an awaited response', () => {
    expect(readOf(`${got}${fn('return got(url).json();')}`, 'got')).toBeNull();
    expect(readOf(`${got}${fn('const res = await got(url); return res.body;')}`, 'got')).toBeNull();
  });
});

describe('findStreamedResponseRead: http and https', () => {
  const https = "import https from 'node:https';\n";

  it('sees the response callback pipe or stream the body', () => {
    expect(readOf(`${https}${fn('https.get(url, (res) => res.pipe(file));')}`, 'https.get')).toBe('stream `res.pipe(…)`');
    expect(readOf(`${https}${fn('https.get(url, async (res) => { for await (const chunk of res) use(chunk); });')}`, 'https.get')).toBe('stream `for await (… of res)`');
    expect(readOf(`${https}${fn('https.get(url, (res) => { pipeline(res, file, done); });')}`, 'https.get')).toBe('stream `pipeline(res, …)`');
    expect(readOf(`${https}${fn('https.get(url, (res) => Readable.toWeb(res));')}`, 'https.get')).toBe('stream `toWeb(res, …)`');
  });

  it("counts a 'data' listener as a stream unless the same response also has an 'end' listener", () => {
    expect(readOf(`${https}${fn("https.get(url, (res) => { res.on('data', onChunk); });")}`, 'https.get')).toBe("stream `res.on('data', …)`");
    expect(readOf(`${https}${fn("https.get(url, (res) => { let text = ''; res.on('data', (c) => (text += c)); res.on('end', () => done(text)); res.on('error', fail); });")}`, 'https.get')).toBeNull();
  });

  it("counts a response collected until 'end' with no 'error' listener of its own as a download", () => {
    // real-world: openreplay's source map server; an abort mid-body emits 'error' on the response, unheard
    expect(readOf(`${https}${fn("https.get(url, (res) => { let text = ''; res.on('data', (c) => (text += c)); res.on('end', () => done(text)); });")}`, 'https.get')).toBe(
      "download `res.on('data', …)` with no 'error' listener on the response",
    );
  });

  it('follows a Fetch response into a function of the same file', () => {
    // real-world: openreplay's replay loader, `.then((response) => processAPIStreamResponse(response))`
    const fetchFn = (body: string) => `export function load(url) {\n${body}\n}`;
    expect(readOf(`function processStream(response) { return response.arrayBuffer(); }\n${fetchFn('return fetch(url).then((response) => processStream(response));')}`, 'fetch')).toBe('download `response.arrayBuffer()`');
    expect(readOf(`function check(response) { return response.ok; }\n${fetchFn('return fetch(url).then((response) => check(response));')}`, 'fetch')).toBeNull();
  });

  it('finds the response in a local function, and in response listeners on the request', () => {
    expect(readOf(`${https}function onResponse(res) { res.pipe(file); }\n${fn('https.get(url, onResponse);')}`, 'https.get')).toBe('stream `res.pipe(…)`');
    expect(readOf(`${https}${fn('const onResponse = (res) => res.pipe(file);\nhttps.get(url, onResponse);')}`, 'https.get')).toBe('stream `res.pipe(…)`');
    expect(readOf(`${https}${fn("https.request(options).on('response', (res) => res.pipe(file)).end();")}`, 'https.request')).toBe('stream `res.pipe(…)`');
    expect(readOf(`${https}${fn("const req = https.request(options);\nreq.once('response', (res) => res.pipe(file));\nreq.end();")}`, 'https.request')).toBe(
      'stream `res.pipe(…)`',
    );
  });

  it('leaves a discarded or inspected response alone', () => {
    expect(readOf(`${https}${fn('https.get(url, (res) => { done(res.statusCode); res.resume(); });')}`, 'https.get')).toBeNull();
    expect(readOf(`${https}${fn('https.get(url, (res) => resolve(res.socket.getPeerCertificate()));')}`, 'https.get')).toBeNull();
    expect(readOf(`${https}${fn('https.get(url, (res) => handle(res));')}`, 'https.get')).toBeNull();
  });
});

describe('findStreamedResponseRead: project wrappers', () => {
  it('does not guess what a wrapper returns (a parsed `post.body` is no stream)', () => {
    expect(readOf(fn("const post = await apiFetch('/posts/1'); render(post.body);"), 'apiFetch')).toBeNull();
  });
});
