import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { getValuePath } from '../../src/analysis/resources/acquisition-handle';
import { findReturnedResponseRead } from './returned-response';

/** `kind evidence` for the value returned by the `fetch(…)` call in `code`, or `null`. */
function readOf(code: string): string | null {
  const read = findReturnedResponseRead(getValuePath(parseSnippet(code).call('fetch')));
  return read ? `${read.kind} ${read.evidence}` : null;
}

describe('findReturnedResponseRead', () => {
  it('reads a stream or download word in the function name, in any naming style', () => {
    expect(readOf('function streamCompletion(url) { return fetch(url); }')).toBe('stream `streamCompletion` returns the response');
    expect(readOf('const openEventStream = (url) => fetch(url);')).toBe('stream `openEventStream` returns the response');
    expect(readOf('class Api { download_file(url) { return fetch(url); } }')).toBe('download `download_file` returns the response');
    expect(readOf('const api = { DownloadAll: (url) => fetch(url) };')).toBe('download `DownloadAll` returns the response');
    expect(readOf('exports.streamLogs = function (url) { return fetch(url); };')).toBe('stream `streamLogs` returns the response');
  });

  it('reads stream and binary types in the return type', () => {
    expect(readOf('async function open(url): Promise<ReadableStream<Uint8Array>> { return fetch(url); }')).toBe('stream its function returns `ReadableStream`');
    expect(readOf('async function get(url): Promise<StreamingResponse> { return fetch(url); }')).toBe('stream its function returns `StreamingResponse`');
    expect(readOf('async function get(url): Promise<Blob | null> { return fetch(url); }')).toBe('download its function returns `Blob`');
  });

  it('says nothing for other names and types, or a word that only contains "stream"', () => {
    expect(readOf('function getUser(url): Promise<Response> { return fetch(url); }')).toBeNull();
    expect(readOf('async function checkUpstream(url) { return fetch(url); }')).toBeNull();
    expect(readOf('async function mainstreamNews(url) { return fetch(url); }')).toBeNull();
    expect(readOf('export default async function (url) { return fetch(url); }')).toBeNull();
  });

  it('looks only at the innermost function', () => {
    expect(readOf('function streamAll(urls) { return urls.map((url) => fetch(url)); }')).toBeNull();
  });
});
