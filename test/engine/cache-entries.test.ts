/**
 * The stored form of `--cache` entries (cache-entries.ts): what is encoded is what is read back,
 * shared facts and strings are stored once, and anything else read back is not an entry.
 */
import { describe, expect, it } from 'vitest';
import { encodeEntries, openEntryTable, toEntryAnswers, type CacheEntry } from '../../src/engine/cache-entries';

const plain: CacheEntry = { hash: 'h1', size: 10, mtimeMs: 1.5, settings: 's', status: 'unchanged', findings: [], eol: '\n', hasBom: false, parsed: false, notes: [], answers: null, usedTypes: false, typed: false };

const full: CacheEntry = {
  ...plain,
  hash: 'h2',
  status: 'changed',
  output: 'fixed\r\n',
  formattingLeftTo: { formatter: 'biome', why: 'biome.json' },
  findings: [{ rule: 'fetch-timeout', file: '', line: 1, column: 1, endLine: 1, endColumn: 5, message: 'm', fix: 'auto', confidence: 'high', edits: [] }],
  eol: '\r\n',
  hasBom: true,
  parsed: true,
  notes: ['a note'],
  answers: {
    packageKind: 'library',
    resolved: [{ dir: '/p/src', specifier: './api', target: '/p/src/api.ts' }, { dir: '/p/src', specifier: './gone', target: null }], read: [{ file: '/p/src/api.ts', hash: 'm1' }, { file: '/p/big.ts', hash: null }],
    listed: [{ dir: '/p/src', names: 'api.test.ts' }, { dir: '/p/src/__tests__', names: null }, { dir: '/p/__tests__', names: '' }],
    rejectionHandler: { file: 'src/boot.ts', line: 2 },
    rejectionEnvironment: 'node',
  },
  usedTypes: true,
  typed: true,
  collected: { 'loop-cancellation': [{ start: 3 }] },
  typeInputs: 't',
  skipReason: 'why',
};

function roundTrip(entries: Map<string, CacheEntry>): Map<string, CacheEntry | undefined> {
  const table = openEntryTable(JSON.parse(JSON.stringify(encodeEntries(entries))) as Record<string, unknown>)!;
  return new Map([...table.files()].map((file) => [file, table.get(file)]));
}

describe('cache entries', () => {
  it('read back as they were written', () => {
    const entries = new Map([['/p/src/a.ts', plain], ['/p/src/b.ts', full], ['/p/src/c.ts', { ...plain, answers: { resolved: [], read: [], listed: [], rejectionHandler: null } }]]);
    expect(roundTrip(entries)).toEqual(entries);
  });

  it('store each string and fact once, and only what differs from the defaults', () => {
    const entries = new Map([['/p/src/a.ts', full], ['/p/src/b.ts', { ...full, hash: 'h3' }], ['/p/src/c.ts', { ...plain, settings: 's2' }]]);
    const stored = encodeEntries(entries);
    expect(stored.resolutions).toHaveLength(2);
    expect(stored.modules).toHaveLength(2);
    expect(stored.listings).toHaveLength(3);
    expect(stored.strings.filter((value) => value === '/p/src/api.ts')).toHaveLength(1);
    expect(stored.entries[2]).toEqual([stored.strings.indexOf('/p/src/c.ts'), 'h1', 10, 1.5, stored.strings.indexOf('s2')]);
  });

  it('keep each specifier once per folder, with the package kind and the rejection handler when they were asked', () => {
    const answers = toEntryAnswers({
      projectAnswers: [
        { query: 'isPromiseFunctionExport', specifier: './api', exportName: 'save', answer: true },
        { query: 'isPromiseFunctionExport', specifier: './api', exportName: 'load', answer: false },
        { query: 'getPackageKind', answer: 'application' },
        { query: 'getRejectionHandler', environment: 'browser', answer: { file: 'src/boot.ts', line: 2 } },
        { query: 'getModuleTests', answer: ['api.test.ts'] },
      ],
      modules: { resolved: [['/p/src/a.ts', './api', '/p/src/api.ts'], ['/p/src/b.ts', './api', '/p/src/api.ts'], ['/p/src/api.ts', './impl', null]], read: { '/p/src/api.ts': 'm1', '/p/src/api.test.ts': 'm2' }, listed: { '/p/src': 'api.test.ts', '/p/src/test': null } },
      usedTypes: false,
    });
    expect(answers).toEqual({
      packageKind: 'application',
      rejectionHandler: { file: 'src/boot.ts', line: 2 },
      rejectionEnvironment: 'browser',
      resolved: [{ dir: '/p/src', specifier: './api', target: '/p/src/api.ts' }, { dir: '/p/src', specifier: './impl', target: null }],
      read: [{ file: '/p/src/api.ts', hash: 'm1' }, { file: '/p/src/api.test.ts', hash: 'm2' }],
      listed: [{ dir: '/p/src', names: 'api.test.ts' }, { dir: '/p/src/test', names: null }],
    });
    expect(toEntryAnswers({ projectAnswers: [], modules: { resolved: [], read: {} }, usedTypes: true })).toBeNull();
  });

  it('tables that are not what is written make the whole file unusable; a bad entry is no entry', () => {
    const stored = JSON.parse(JSON.stringify(encodeEntries(new Map([['/p/a.ts', full]])))) as Record<string, unknown[]>;
    expect(openEntryTable({ ...stored, strings: [...stored.strings!, 7] })).toBeNull();
    expect(openEntryTable({ ...stored, resolutions: [[99, './x', null]] })).toBeNull();
    expect(openEntryTable({ ...stored, modules: [[0, 5]] })).toBeNull();
    expect(openEntryTable({ ...stored, listings: [[0, 5]] })).toBeNull();
    expect(openEntryTable({ ...stored, listings: undefined as unknown as unknown[] })).toBeNull();
    expect(openEntryTable({ ...stored, entries: 'none' })).toBeNull();
    const [row] = stored.entries as [unknown[]];
    const details = row[5] as Record<string, unknown>;
    for (const bad of [
      [...row.slice(0, 5), { ...details, findings: ['x'] }],
      [...row.slice(0, 5), { ...details, read: [2] }],
      [...row.slice(0, 5), { ...details, listed: [3] }],
      [...row.slice(0, 5), { ...details, rejectionHandler: { file: 'x' } }],
      [...row.slice(0, 5), { ...details, rejectionEnvironment: 'deno' }],
      [...row.slice(0, 5), { ...details, typeInputs: -1 }],
      [...row.slice(0, 5), { ...details, eol: '\r' }],
      [...row.slice(0, 5), { ...details, status: 'unchanged' }],
      [...row.slice(0, 5), { ...details, output: undefined }],
      [...row.slice(0, 5), { ...details, unknown: 1 }],
      [...row.slice(0, 5), 'details'],
      [row[0], 1, ...row.slice(2)],
      [...row, 'extra'],
    ]) {
      expect(openEntryTable({ ...stored, entries: [bad] })!.get('/p/a.ts'), JSON.stringify(bad).slice(0, 80)).toBeUndefined();
    }
    expect(openEntryTable({ ...stored, entries: [[42], row] })!.size).toBe(1);
  });
});
