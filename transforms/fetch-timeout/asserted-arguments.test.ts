import { describe, expect, it } from 'vitest';
import type { CallExpression } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { parseSource } from '../../src/engine/parse';
import { SourceText } from '../../src/core/source-text';
import type { ModuleTest } from '../../src/core/rule';
import type { NodePath } from '../../src/core/traverse';
import { resolveHttpRequestCall } from '../../src/analysis/resources/http-request-call';
import { describeArgumentAssertions, findArgumentAssertions } from './asserted-arguments';

function moduleTest(text: string, file = 'load.test.ts'): ModuleTest {
  return { file, ast: parseSource(text, { language: 'ts', sourceType: 'module' }), source: new SourceText(text) };
}

/** `file:line` of each assertion in `test` that the fix of the `nth` `callee(…)` of `code` would fail. */
function asserted(code: string, test: string, callee = 'fetch', nth = 0): string[] {
  const call = parseSnippet(code).call(callee, nth) as NodePath<CallExpression>;
  const request = resolveHttpRequestCall(call)!;
  return findArgumentAssertions([moduleTest(test)], call.node, request.options).map(({ file, line }) => `${file}:${line}`);
}

const GET = "export const load = (id: string) => fetch(`/api/items/${id}`, { method: 'GET', headers: { id } });";

describe('findArgumentAssertions', () => {
  it('finds toHaveBeenCalledWith on the mocked global fetch, whatever it is called', () => {
    const expected = "('/api/items/1', { method: 'GET', headers: { id: '1' } });";
    expect(asserted(GET, `global.fetch = vi.fn();\nexpect(fetch).toHaveBeenCalledWith${expected}`)).toEqual(['load.test.ts:2']);
    expect(asserted(GET, `expect(global.fetch).toBeCalledWith${expected}`)).toEqual(['load.test.ts:1']);
    expect(asserted(GET, `expect(vi.mocked(globalThis.fetch)).toHaveBeenLastCalledWith${expected}`)).toEqual(['load.test.ts:1']);
    expect(asserted(GET, `expect(window.fetch as Mock).toHaveBeenCalledExactlyOnceWith${expected}`)).toEqual(['load.test.ts:1']);
    expect(asserted(GET, `const fetchMock = vi.fn();\nvi.stubGlobal('fetch', fetchMock);\nexpect(fetchMock).toHaveBeenCalledWith${expected}`)).toEqual(['load.test.ts:3']);
    expect(asserted(GET, `const mockFetch = vi.fn();\nglobal.fetch = mockFetch;\nexpect(mockFetch).toHaveBeenCalledWith${expected}`)).toEqual(['load.test.ts:3']);
    expect(asserted(GET, `let spy;\nbeforeEach(() => { spy = vi.spyOn(global, 'fetch').mockResolvedValue(ok); });\nit('x', () => expect(spy).toHaveBeenCalledWith${expected.slice(0, -1)});`)).toEqual(['load.test.ts:3']);
    expect(asserted(GET, `const mocked = vi.mocked(fetch);\nexpect(mocked).toHaveBeenNthCalledWith(1, '/api/items/1', { method: 'GET', headers: { id: '1' } });`)).toEqual(['load.test.ts:2']);
    // jest-fetch-mock's global
    expect(asserted(GET, `expect(fetchMock).toHaveBeenCalledWith${expected}`)).toEqual(['load.test.ts:1']);
  });

  it('finds mock.calls compared with toEqual or toStrictEqual', () => {
    expect(asserted(GET, "expect(fetchMock.mock.calls[0]).toEqual(['/api/items/1', { method: 'GET', headers: { id: '1' } }]);")).toEqual(['load.test.ts:1']);
    expect(asserted(GET, "expect(vi.mocked(fetch).mock.calls[0]![1]).toStrictEqual({ method: 'GET', headers: { id: '1' } });")).toEqual(['load.test.ts:1']);
    expect(asserted(GET, "expect(fetchMock.mock.lastCall?.[1]).toEqual({ method: 'GET', headers: { id: '1' } });")).toEqual(['load.test.ts:1']);
    expect(asserted(GET, "expect(fetchMock.mock.calls).toEqual([['/api/items/1', { method: 'GET', headers: { id: '1' } }]]);")).toEqual(['load.test.ts:1']);
    expect(asserted(GET, "const [url, init] = fetchMock.mock.calls[0];\nexpect(url).toBe('/api/items/1');\nexpect(init).toEqual({ method: 'GET', headers: { id: '1' } });")).toEqual(['load.test.ts:3']);
    expect(asserted(GET, "const init = fetchMock.mock.calls[0][1];\nexpect(init).toEqual({ method: 'GET', headers: { id: '1' } });")).toEqual(['load.test.ts:2']);
  });

  it('leaves asymmetric matchers, toMatchObject, .not and mocked return values alone', () => {
    expect(asserted(GET, "expect(fetch).toHaveBeenCalledWith('/api/items/1', expect.objectContaining({ method: 'GET' }));")).toEqual([]);
    expect(asserted(GET, "expect(fetch).toHaveBeenCalledWith(expect.any(String), expect.anything());")).toEqual([]);
    expect(asserted(GET, "const expected = expect.objectContaining({ method: 'GET' });\nexpect(fetch).toHaveBeenCalledWith('/api/items/1', expected);")).toEqual([]);
    expect(asserted(GET, "expect(fetchMock.mock.calls[0][1]).toMatchObject({ method: 'GET', headers: { id: '1' } });")).toEqual([]);
    expect(asserted(GET, "expect(fetchMock.mock.calls[0][0]).toEqual('/api/items/1');")).toEqual([]);
    expect(asserted(GET, "expect(fetch).not.toHaveBeenCalledWith('/api/items/1', { method: 'GET', headers: { id: '1' } });")).toEqual([]);
    expect(asserted(GET, "vi.mocked(fetch).mockResolvedValueOnce({ ok: true });\nexpect(fetch).toHaveBeenCalledTimes(1);")).toEqual([]);
    // another function's mock
    expect(asserted(GET, "expect(logger.error).toHaveBeenCalledWith('/api/items/1', { method: 'GET', headers: { id: '1' } });")).toEqual([]);
  });

  it('tells the module\'s requests apart by their literal arguments and keys', () => {
    const code = [
      "export const remove = (id: string) => fetch(`/api/items/${id}`, { method: 'DELETE', cache: 'no-store' });",
      "export const archive = (id: string) => fetch(`/api/items/${id}/archive`, { method: 'POST', cache: 'no-store' });",
      "export const list = () => fetch('/api/items', { cache: 'no-store' });",
    ].join('\n');
    const test = "expect(fetch).toHaveBeenCalledWith('/api/items/1', { method: 'DELETE', cache: 'no-store' });";
    expect(asserted(code, test, 'fetch', 0)).toEqual(['load.test.ts:1']);
    expect(asserted(code, test, 'fetch', 1)).toEqual([]);
    expect(asserted(code, test, 'fetch', 2)).toEqual([]);
    expect(asserted(code, "const url = '/api/items/1/archive';\nexpect(fetch).toHaveBeenCalledWith(url, { method: 'POST', cache: 'no-store' });", 'fetch', 1)).toEqual(['load.test.ts:2']);
  });

  it('finds an assertion of the whole argument list when the fix adds an argument', () => {
    const code = 'export const check = (token: string) => fetch(tokenInfoUrl(token));';
    expect(asserted(code, "expect(global.fetch).toHaveBeenCalledWith('https://example.com/tokeninfo?t=1');")).toEqual(['load.test.ts:1']);
    expect(asserted(code, "expect(global.fetch).toHaveBeenCalledWith(expect.stringContaining('tokeninfo'));")).toEqual(['load.test.ts:1']);
    expect(asserted(code, "expect(fetchMock.mock.calls[0]).toEqual(['https://example.com/tokeninfo?t=1']);")).toEqual(['load.test.ts:1']);
    expect(asserted(code, "expect(global.fetch).toHaveBeenCalledWith('https://example.com/tokeninfo?t=1', expect.anything());")).toEqual([]);
    expect(asserted(code, "expect(fetchMock.mock.calls[0][0]).toEqual('https://example.com/tokeninfo?t=1');")).toEqual([]);
  });

  it('reads other clients by the callee the module writes', () => {
    const code = "import axios from 'axios';\nexport const load = (url: string) => axios.get(url);";
    expect(asserted(code, "vi.mock('axios');\nconst mockedAxios = vi.mocked(axios);\nexpect(mockedAxios.get).toHaveBeenCalledWith('/x');", 'axios.get')).toEqual(['load.test.ts:3']);
    expect(asserted(code, "expect(axios.post).toHaveBeenCalledWith('/x');", 'axios.get')).toEqual([]);
  });

  it('says which assertions would fail', () => {
    expect(describeArgumentAssertions([{ file: 'load.test.ts', line: 4 }], 'signal')).toBe(
      'A test asserts the exact arguments of this request (load.test.ts:4): the added `signal` would fail it — update the assertion with the fix (e.g. `expect.objectContaining(…)` for the options).',
    );
    const three = [4, 9, 12].map((line) => ({ file: 'load.test.ts', line }));
    expect(describeArgumentAssertions(three, null)).toBe(
      'Tests assert the exact arguments of this request (load.test.ts:4, load.test.ts:9 and 1 more): the added options argument would fail them — update the assertion with the fix (e.g. `expect.anything()` as its new last argument).',
    );
  });
});
