/**
 * "The output must type-check wherever the input did", for unconsumed-promise: every TypeScript
 * fixture is compiled (strict, DOM + Node types) before and after the fix, and the fix may not
 * add a diagnostic (the default handler's `error?.name` relies on the `.catch` parameter being
 * `any`). Inputs that import project modules not present here (`./logger`) keep their "cannot
 * find module" errors on both sides. The HTTP client packages the rule knows (axios, got,
 * undici) are not installed here: small declarations of the calls the fixtures make stand in
 * for their own typings (a call of an untyped module is `any`, and `.catch((error) => …)` on
 * `any` would be an implicit-any error no real project sees).
 */
import { describe, expect, it } from 'vitest';
import { diagnoseFixtures, listTypeScriptCases, withoutMissingModules } from '../helpers/fixture-types';

const cases = listTypeScriptCases('unconsumed-promise');

const HTTP_CLIENTS = {
  fileName: 'http-clients.d.ts',
  text: [
    "declare module 'axios' {",
    '  interface Response { status: number; data: unknown }',
    '  interface Instance {',
    '    get(url: string, config?: object): Promise<Response>;',
    '    post(url: string, data?: unknown, config?: object): Promise<Response>;',
    '  }',
    '  const axios: Instance & { create(config?: object): Instance };',
    '  export default axios;',
    '}',
    "declare module 'got' {",
    '  const got: { (url: string, options?: object): Promise<unknown>; post(url: string, options?: object): Promise<unknown>; stream(url: string, options?: object): NodeJS.ReadableStream };',
    '  export default got;',
    '}',
    "declare module 'swr' {",
    '  export function mutate(key: string, data?: unknown): Promise<unknown>;',
    '  export function useSWRConfig(): { mutate: (key: string, data?: unknown) => Promise<unknown> };',
    '}',
    "declare module 'undici' {",
    '  export function request(url: string, options?: object): Promise<unknown>;',
    '  export function request(url: string, options: object, callback: () => void): void;',
    '  export function stream(url: string, options: object, factory: () => NodeJS.WritableStream, callback: () => void): void;',
    '}',
    '',
  ].join('\n'),
};

describe('unconsumed-promise output types', () => {
  let inputs: Map<string, string[]>;

  it('compiles the inputs', () => {
    inputs = diagnoseFixtures('unconsumed-promise', cases, 'input', { addDeclarations: HTTP_CLIENTS });
    const clean = [...inputs.values()].filter((list) => list.length === 0).length;
    expect(clean).toBeGreaterThan(cases.length / 3);
  });

  it('adds no diagnostic with the fix', () => {
    const outputs = diagnoseFixtures('unconsumed-promise', cases, 'output', { addDeclarations: HTTP_CLIENTS });
    for (const name of cases) expect(withoutMissingModules(outputs.get(name)), name).toEqual(withoutMissingModules(inputs.get(name)));
  });
});
