import { describe, expect, it } from 'vitest';
import type { CallExpression } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { resolveHttpRequestCall } from '../../src/analysis/resources/http-request-call';
import { findRequestUpload } from './request-upload';

/** `kind evidence` of what the request `callee(…)` sends, or `null` for a small literal body. */
function upload(code: string, callee = 'fetch'): string | null {
  const path = parseSnippet(code).call(callee) as NodePath<CallExpression>;
  const found = findRequestUpload(path, resolveHttpRequestCall(path)!);
  return found ? `${found.kind} ${found.evidence}` : null;
}

describe('findRequestUpload', () => {
  it('treats no body and small literal bodies as nothing to cut', () => {
    expect(upload("fetch(url, { method: 'DELETE' });")).toBeNull();
    expect(upload("fetch(url, { method: 'POST', body: 'a=1' });")).toBeNull();
    expect(upload('fetch(url, { method: "POST", body: `{}` });')).toBeNull();
    expect(upload("fetch(url, { method: 'POST', body: JSON.stringify({ id, n: user.id, ok: !0 }) });")).toBeNull();
    expect(upload("fetch(url, { body: new URLSearchParams({ q: 'x' }) });")).toBeNull();
    expect(upload("const init = { method: 'POST', body: '1' }; fetch(url, init);")).toBeNull();
  });

  it('names a variable, a FormData, a Blob and a stream as an upload', () => {
    expect(upload('fetch(url, { method: "POST", body });')).toBe('upload `body`');
    expect(upload('const f = new FormData(); fetch(url, { body: f });')).toBe('upload `f` (a FormData)');
    expect(upload('fetch(url, { body: new Blob([x]) });')).toBe('upload `new Blob(…)` (a Blob)');
    expect(upload('fetch(url, { body: fs.createReadStream(p) });')).toBe('upload `fs.createReadStream(…)`');
    expect(upload('fetch(url, { body: new URLSearchParams(params) });')).toBe('upload `new URLSearchParams(…)` (URLSearchParams of unknown size)');
    expect(upload('const init = { body: data }; fetch(url, init);')).toBe('upload `data`');
  });

  it('looks into JSON.stringify: other data, bulk-named fields, too many fields, nested values', () => {
    expect(upload('fetch(url, { body: JSON.stringify(scene) });')).toBe('upload `JSON.stringify(scene)`');
    expect(upload('fetch(url, { body: JSON.stringify({ id, image: url2 }) });')).toBe('upload `image`');
    expect(upload('fetch(url, { body: JSON.stringify({ a, b, c, d, e, f, g, h, i }) });')).toBe('upload `JSON.stringify(…)`');
    expect(upload('fetch(url, { body: JSON.stringify({ items: [a, b] }) });')).toBe('upload `JSON.stringify(…)`');
    expect(upload('fetch(url, { body: JSON.stringify({ ...rest }) });')).toBe('upload `JSON.stringify(…)`');
    expect(upload('fetch(url, { body: JSON.stringify({ prompt, n: 1 }) });')).toBe('server-work `prompt`');
    expect(upload('fetch(url, { body: prompt });')).toBe('server-work `prompt`');
    // real-world: a command palette posting `{ input }` to a route that runs a chat completion
    expect(upload("fetch('/api/command', { method: 'POST', body: JSON.stringify({ input: value }) });")).toBe('server-work `input`');
  });

  it('reads axios data, got body/json/form, undici body and http writes', () => {
    const axios = "import axios from 'axios';\n";
    expect(upload(`${axios}axios.post(url, payload);`, 'axios.post')).toBe('upload `payload`');
    expect(upload(`${axios}axios.post(url, { id });`, 'axios.post')).toBeNull();
    expect(upload(`${axios}axios.get(url, { data: x });`, 'axios.get')).toBe('upload `x`');
    expect(upload(`${axios}axios({ url, method: 'post', data: { file } });`, 'axios')).toBe('upload `file`');
    expect(upload("import got from 'got';\ngot.post(url, { json: { ok: true } });", 'got.post')).toBeNull();
    expect(upload("import got from 'got';\ngot.post(url, { form: fields });", 'got.post')).toBe('upload `fields`');
    expect(upload("import { request } from 'undici';\nrequest(url, { body: buf });", 'request')).toBe('upload `buf`');
    const http = "import http from 'http';\n";
    expect(upload(`${http}http.request(url, { method: 'POST' }).end(data);`, 'http.request')).toBe('upload `data`');
    expect(upload(`${http}const req = http.request(url); req.write(chunk); req.end(() => done());`, 'http.request')).toBe('upload `chunk`');
    expect(upload(`${http}const req = http.request(url); req.end('ok');`, 'http.request')).toBeNull();
    // a stream piped into the request is its body
    expect(upload(`${http}const req = http.request(url, options); readStream.pipe(req);`, 'http.request')).toBe('upload `readStream`');
    expect(upload(`${http}import { pipeline } from 'stream';\nconst req = http.request(url); pipeline(fs.createReadStream(p), req, done);`, 'http.request')).toBe('upload `fs.createReadStream(…)`');
    // the response piped on is no body
    expect(upload(`${http}const req = http.request(url, (res) => res.pipe(out)); req.end();`, 'http.request')).toBeNull();
  });

  it('counts a literal URL path that names long server work, whatever the body', () => {
    // real-world: a status-monitor setup page posts { dbConfig } to a route that creates and migrates the database
    expect(upload("fetch('/setup-database', { method: 'POST', body: JSON.stringify({ dbConfig }) });")).toBe('long-work `/setup-database`');
    expect(upload('fetch(`${base}/api/export/${id}`);')).toBe('long-work `…/api/export/…`');
    expect(upload("fetch(BASE + '/v1/completions', { method: 'POST', body: '{}' });")).toBe('long-work `…/v1/completions`');
    // SillyTavern: a model loaded on first use, every chat re-read, a self-hosted translator
    expect(upload("fetch('/api/extra/classify', { method: 'POST', body: JSON.stringify({ text }) });")).toBe('long-work `/api/extra/classify`');
    expect(upload("fetch('/api/stats/recreate', { method: 'POST' });")).toBe('long-work `/api/stats/recreate`');
    expect(upload("fetch('/api/translate/libre', { method: 'POST', body: JSON.stringify({ text, lang }) });")).toBe('long-work `/api/translate/libre`');
    // i18n files are not translation work
    expect(upload("fetch('/locales/translations.json');")).toBeNull();
    expect(upload("fetch('https://setup.example.com/api/items?export=1');")).toBeNull();
    expect(upload("fetch('/api/reimported-items');")).toBeNull();
    expect(upload('fetch(url);')).toBeNull();
  });

  it('counts a request made in a function named for long server work', () => {
    // real-world: anything-llm's data connectors, which load a whole repository before the server answers
    expect(upload('const github = { collect: async function ({ repo }) { return fetch(`${API}/ext/github/repo`, { method: "POST", body: JSON.stringify({ repo }) }); } };')).toBe('long-work `collect`');
    expect(upload('async function exportChats(type) { return fetch(`${API}/system/chats?type=${type}`); }')).toBe('long-work `exportChats`');
    expect(upload('async function forceReload() { return fetch(`${API}/mcp-servers/force-reload`); }')).toBe('long-work `…/mcp-servers/force-reload`');
    expect(upload('async function getCollections(id) { return fetch(`${API}/collections/${id}`); }')).toBeNull();
    expect(upload('async function importantItems() { return fetch(`${API}/items`); }')).toBeNull();
    expect(upload('async function loadBranches(repo) { return fetch(`${API}/ext/github/branches`); }')).toBeNull();
  });
});
