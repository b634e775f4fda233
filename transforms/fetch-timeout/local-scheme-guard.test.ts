import { describe, expect, it } from 'vitest';
import type { CallExpression, Node } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { describeLocalSchemeGuard } from './local-scheme-guard';

const guard = (code: string) => {
  const path = parseSnippet(code).call('fetch');
  return describeLocalSchemeGuard(path, (path.node as CallExpression).arguments[0] as Node);
};

describe('describeLocalSchemeGuard', () => {
  it('finds a local-scheme test on the way to the request', () => {
    expect(guard("async (att: { url?: string }) => {\n  if (att.url && att.url.startsWith('blob:')) {\n    const res = await fetch(att.url);\n    return res.blob();\n  }\n};")).toBe("`att.url.startsWith('blob:')`");
    expect(guard("(src: string) => (/^data:/.test(src) ? fetch(src) : load(src));")).toBe('`/^data:/.test(src)`');
    expect(guard("(url: string) => url.startsWith('file:') && fetch(url);")).toBe("`url.startsWith('file:')`");
    expect(guard("async (url: string) => {\n  if (!url || !url.startsWith('blob:')) return url;\n  log(url);\n  return fetch(url);\n};")).toBe("`url.startsWith('blob:')`");
    // a call or an `await` that cannot reach the tested chain: a sibling property, a local string, after the request
    expect(guard("async (att: { url: string; name: string }) => {\n  if (att.url.startsWith('blob:')) {\n    track(att.name);\n    return fetch(att.url);\n  }\n};")).toBe("`att.url.startsWith('blob:')`");
    expect(guard("async (att: { url: string }) => {\n  const url = att.url;\n  if (url.startsWith('blob:')) {\n    await ready();\n    return fetch(url);\n  }\n};")).toBe("`url.startsWith('blob:')`");
    expect(guard("async (att: { url: string }) => {\n  if (att.url.startsWith('blob:')) {\n    const res = await fetch(att.url);\n    await save(att);\n    return res;\n  }\n};")).toBe("`att.url.startsWith('blob:')`");
    expect(guard("async (url: string) => {\n  if (!url.startsWith('data:image')) {\n    throw new Error('not an image');\n  }\n  return fetch(url);\n};")).toBe("`url.startsWith('data:image')`");
  });

  it('is null without such a test, for another branch or scheme, or a URL written between', () => {
    expect(guard('(url: string) => fetch(url);')).toBeNull();
    expect(guard("(url: string) => {\n  if (url.startsWith('blob:')) return;\n  fetch(url);\n};")).toBeNull();
    expect(guard("(url: string) => {\n  if (url.startsWith('blob:')) keep(url);\n  else fetch(url);\n};")).toBeNull();
    expect(guard("(url: string) => {\n  if (url.startsWith('blob:') || url.startsWith('http')) fetch(url);\n};")).toBeNull();
    expect(guard("(url: string) => {\n  if (url.startsWith('https:')) fetch(url);\n};")).toBeNull();
    expect(guard("(url: string) => {\n  if (/^blob:|^https:/.test(url)) fetch(url);\n};")).toBeNull();
    expect(guard("(url: string, other: string) => {\n  if (other.startsWith('blob:')) fetch(url);\n};")).toBeNull();
    expect(guard("(url: string) => {\n  if (url.startsWith('blob:')) {\n    url = remote(url);\n    fetch(url);\n  }\n};")).toBeNull();
    expect(guard("(att: { url: string }) => {\n  if (att.url.startsWith('blob:')) {\n    att.url = remote();\n    fetch(att.url);\n  }\n};")).toBeNull();
    expect(guard("(url: string) => {\n  if (!url.startsWith('blob:')) log(url);\n  fetch(url);\n};")).toBeNull();
    // a prefix of the chain written, or handed to a call, or an `await` between the test and the request (s25r e-guard2)
    expect(guard("async (att: { file: { url: string } }) => {\n  if (att.file.url.startsWith('blob:')) {\n    att.file = await resolveRemote(att);\n    return fetch(att.file.url);\n  }\n};")).toBeNull();
    expect(guard("(att: { file: { url: string } }) => {\n  if (att.file.url.startsWith('blob:')) {\n    ({ file: att.file } = next());\n    fetch(att.file.url);\n  }\n};")).toBeNull();
    expect(guard("(att: { url: string }) => {\n  if (att.url.startsWith('blob:')) {\n    refresh(att);\n    fetch(att.url);\n  }\n};")).toBeNull();
    expect(guard("(att: { file: { url: string; reload(): void } }) => {\n  if (att.file.url.startsWith('blob:')) {\n    att.file.reload();\n    fetch(att.file.url);\n  }\n};")).toBeNull();
    expect(guard("async (att: { url: string }) => {\n  if (att.url.startsWith('blob:')) {\n    await ready();\n    return fetch(att.url);\n  }\n};")).toBeNull();
    expect(guard("async (att: { url: string }, ids: string[]) => {\n  if (att.url.startsWith('blob:')) {\n    for (const id of ids) {\n      await fetch(att.url);\n      await save(id);\n    }\n  }\n};")).toBeNull();
    expect(guard("declare const att: { url: string };\nif (att.url.startsWith('blob:')) {\n  att.url = remote();\n  fetch(att.url);\n}")).toBeNull();
    // the test is outside the callback the request is made in
    expect(guard("(url: string) => {\n  if (url.startsWith('blob:')) later(() => fetch(url));\n};")).toBeNull();
  });
});
