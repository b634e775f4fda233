/**
 * unconsumed-promise with type information on SWR (swr-revalidation.ts): the checker types
 * every `mutate(…)` as a `Promise`, but a revalidation (`mutate(key)` of `useSWRConfig()` or of
 * the module, the bound `mutate()` of `useSWR`) keeps a failed fetch as the hook's `error` and
 * cannot reject — no finding, bare or under a `.then()`; a mutation with data, a callback that
 * may throw, and a `mutate` of the project's own hook stay findings.
 */
import { describe, expect, it } from 'vitest';
import { makeProject } from '../helpers/temp';
import { lintWithTypes } from '../helpers/lint-with-types';

const TSCONFIG = JSON.stringify({
  compilerOptions: { strict: true, noEmit: true, lib: ['ES2023', 'DOM'], types: [], module: 'preserve', moduleResolution: 'bundler' },
  include: ['src'],
});

const SWR_TYPES = [
  'export type ScopedMutator = (key: unknown, data?: unknown, opts?: unknown) => Promise<any>;',
  'export type KeyedMutator<T> = (data?: T, opts?: unknown) => Promise<T | undefined>;',
  'export declare const mutate: ScopedMutator;',
  'export declare function useSWRConfig(): { mutate: ScopedMutator };',
  'export default function useSWR<T>(key: string, fetcher: (url: string) => Promise<T>): { data?: T; mutate: KeyedMutator<T> };',
  '',
].join('\n');

const HOOK = [
  "import useSWR from 'swr';",
  'export function useFetchApi<T>(url: string, load: (url: string) => Promise<T>) {',
  '  const { data, mutate } = useSWR<T>(url, load);',
  '  return { data, mutate };',
  '}',
  '',
].join('\n');

const MAIN = [
  "import useSWR, { mutate as revalidateKey, useSWRConfig } from 'swr';",
  "import { useFetchApi } from './hook';",
  '',
  'export function useRefresh(load: (url: string) => Promise<string[]>, onSaved: () => void) {',
  '  const { mutate } = useSWRConfig();',
  "  const { mutate: reloadGroups } = useSWR('/groups', load);",
  "  const { mutate: reloadUsers } = useFetchApi('/users', load);",
  '  return (next: string[]) => {',
  "    mutate('/groups');",
  "    mutate('/peers').then();",
  "    revalidateKey('/users');",
  '    reloadGroups();',
  "    mutate('/groups', next);",
  "    revalidateKey('/groups').then(() => onSaved());",
  '    reloadUsers();',
  '  };',
  '}',
  '',
].join('\n');

describe('unconsumed-promise on SWR revalidations, with type information', () => {
  it('reports a mutation, a throwing callback and a wrapper hook, not a revalidation', () => {
    const dir = makeProject({
      'tsconfig.json': TSCONFIG,
      'node_modules/swr/package.json': JSON.stringify({ name: 'swr', version: '2.2.4', types: 'index.d.ts' }),
      'node_modules/swr/index.d.ts': SWR_TYPES,
      'src/hook.ts': HOOK,
      'src/main.ts': MAIN,
    });
    const result = lintWithTypes(dir, 'src/main.ts', MAIN, 'unconsumed-promise');
    expect(result.findings.map((f) => [f.line, f.fix])).toEqual([
      [13, 'auto'],
      [14, 'auto'],
      [15, 'auto'],
    ]);
  }, 180_000);
});
