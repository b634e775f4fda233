import { describe, expect, it } from 'vitest';
import type { CallExpression } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { describeSameOriginAsset } from './same-origin-asset';

const asset = (code: string) => describeSameOriginAsset(parseSnippet(code).call('fetch') as NodePath<CallExpression>);

describe('describeSameOriginAsset', () => {
  it("reads a static text file of the page's own origin", () => {
    expect(asset("fetch('/config.json');")).toBe('/config.json');
    expect(asset("fetch('locales/en.json?v=2');")).toBe('locales/en.json?v=2');
    expect(asset('const url = `${trimTrailingSlash(import.meta.env.BASE_URL)}/config.json`;\nfetch(url, { method: "GET" });')).toBe('`${…}/config.json`');
    expect(asset("fetch(process.env.PUBLIC_URL + '/manifest.json');")).toBe("… + '/manifest.json'");
    expect(asset("fetch(new URL('./data.json', import.meta.url));")).toBe("new URL('./data.json', …)");
    expect(asset("fetch(new URL('/emoji.json', location.origin));")).toBe("new URL('/emoji.json', …)");
  });

  it('is null for an endpoint, a name not written out, media, another host, or a URL not held in a const', () => {
    expect(asset("fetch('/api/v1/users/token');")).toBeNull();
    // a part picked at run time: an endpoint's answer as often as a file
    expect(asset('fetch(`/locales/${lang}/messages.json`);')).toBeNull();
    expect(asset('fetch(`/posts/${id}.json`);')).toBeNull();
    expect(asset("fetch('/t/' + id + '.json');")).toBeNull();
    // a write, or options not written here
    expect(asset("fetch('/settings.json', { method: 'PUT', body });")).toBeNull();
    expect(asset("fetch('/settings.json', options);")).toBeNull();
    expect(asset('fetch(`pluginAssets/${name}`);')).toBeNull();
    expect(asset('fetch(`/files/${name}.json${query}`);')).toBeNull();
    expect(asset("fetch('libs/model.tflite');")).toBeNull();
    expect(asset("fetch('https://example.com/config.json');")).toBeNull();
    expect(asset("fetch('//cdn.example.com/config.json');")).toBeNull();
    expect(asset('fetch(`${serverUrl}/server.json`);')).toBeNull();
    expect(asset("fetch(path + '/server.json');")).toBeNull();
    expect(asset("let url = '/config.json';\nurl = remote;\nfetch(url);")).toBeNull();
    expect(asset("const location = { origin: remote };\nfetch(new URL('/x.json', location.origin));")).toBeNull();
    expect(asset("fetch(new URL('./data.json', base));")).toBeNull();
  });
});
