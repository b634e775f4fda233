import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decideBrowserslist, readBrowserslistSupport } from './browserslist-target';

/** `timeout any` as `T`/`-` pairs, or `undecided`. */
function decide(...queries: string[]): string {
  const result = decideBrowserslist(queries);
  return result ? `${result.timeout ? 'T' : '-'}${result.any ? 'A' : '-'}` : 'undecided';
}

describe('decideBrowserslist', () => {
  it('reads explicit versions per browser: >=, >, a bare version, a range', () => {
    expect(decide('chrome >= 100')).toBe('--');
    expect(decide('chrome >= 103')).toBe('T-');
    expect(decide('Chrome >= 116')).toBe('TA');
    expect(decide('chrome > 115')).toBe('TA');
    expect(decide('safari 15')).toBe('--');
    expect(decide('safari 17.4')).toBe('TA');
    expect(decide('safari 15.2-15.3')).toBe('--');
    expect(decide('ios_saf >= 15')).toBe('--');
    expect(decide('ios_saf >= 16')).toBe('T-');
    expect(decide('and_chr >= 120', 'firefox >= 124')).toBe('TA');
    expect(decide('node >= 18')).toBe('T-');
    expect(decide('node >= 20.3')).toBe('TA');
  });

  it('reads `electron` queries as Electron\'s Chromium: AbortSignal.timeout from 20, AbortSignal.any from 27', () => {
    // rancher-desktop's renderer: "browserslist": ["node 22", "electron >= 35"] (before: an unknown browser, lacking both)
    expect(decide('node 22', 'electron >= 35')).toBe('TA');
    expect(decide('electron >= 20')).toBe('T-');
    expect(decide('electron 27.0')).toBe('TA');
    expect(decide('electron >= 19')).toBe('--');
    expect(decide('electron <= 30')).toBe('--');
  });

  it('takes the oldest of a union (`,`, `or`, several lines)', () => {
    expect(decide('chrome >= 120, safari >= 15')).toBe('--');
    expect(decide('chrome >= 120 or firefox >= 100')).toBe('T-');
    expect(decide('chrome >= 120', 'safari >= 16')).toBe('T-');
  });

  it('counts browsers without the APIs, an upper bound and an unknown browser with a version as lacking both', () => {
    expect(decide('ie 11')).toBe('--');
    expect(decide('op_mini all')).toBe('--');
    expect(decide('safari <= 18')).toBe('--');
    expect(decide('someBrowser 200')).toBe('--');
  });

  it('decides `last N years` against today: a period reaching before Safari 16 (or 17.4) lacks the API', () => {
    expect(decide('last 7 years')).toBe('--');
    expect(decide('last 7 years', 'not dead')).toBe('--');
    // Safari 16 shipped AbortSignal.timeout on 2022-09-12, Safari 17.4 AbortSignal.any on 2024-03-05.
    const yearsSince = (date: number) => ((Date.now() - date) / (365.25 * 24 * 3600 * 1000)) * 0.9;
    expect(decide(`last ${yearsSince(Date.UTC(2024, 2, 5)).toFixed(2)} years`)).toBe('TA');
    expect(decide(`last ${yearsSince(Date.UTC(2022, 8, 12)).toFixed(2)} years`)).toBe('T-');
    expect(decide('last 1 year')).toBe(Date.now() - 365.25 * 24 * 3600 * 1000 >= Date.UTC(2024, 2, 5) ? 'TA' : 'T-');
  });

  it('leaves queries that need usage or release data undecided', () => {
    for (const query of ['defaults', 'last 2 versions', '> 0.5%', '>= 1% in US', 'not dead', 'cover 99.5%', 'Firefox ESR', 'maintained node versions', 'supports es6-module', 'extends @company/browserslist-config', 'last 2 Chrome versions']) {
      expect(decide(query), query).toBe('undecided');
    }
    expect(decide('> 0.5%, last 2 versions, not dead')).toBe('undecided');
  });

  it('ignores exclusions and decides an intersection by its decidable parts', () => {
    expect(decide('defaults, not ie 11')).toBe('undecided');
    expect(decide('> 0.5%, not safari < 15')).toBe('undecided');
    expect(decide('last 2 versions and chrome >= 110')).toBe('T-');
    expect(decide('> 1%, ie 11')).toBe('--');
  });
});

describe('readBrowserslistSupport', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });
  function project(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-browserslist-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
    return dir;
  }

  it('reads the package.json field: a string, an array, or environments (all of them count)', () => {
    expect(readBrowserslistSupport(project({}), { browserslist: 'chrome >= 116, safari >= 17.4' })).toEqual({
      timeout: true,
      any: true,
      source: 'browserslist "chrome >= 116, safari >= 17.4" (package.json)',
    });
    expect(readBrowserslistSupport(project({}), { browserslist: ['defaults', 'safari 15'] })?.timeout).toBe(false);
    expect(readBrowserslistSupport(project({}), { browserslist: { production: ['chrome >= 120'], development: ['last 1 chrome version'] } })).toMatchObject({ timeout: true, any: true });
    expect(readBrowserslistSupport(project({}), { browserslist: { production: ['chrome >= 120'], legacy: ['ie 11'] } })).toMatchObject({ timeout: false, any: false });
  });

  it('reads .browserslistrc with comments and sections, and says nothing when undecided or absent', () => {
    const dir = project({ '.browserslistrc': '# supported\n[production]\nchrome >= 110 # evergreen\n\n[legacy]\nsafari 16\n' });
    expect(readBrowserslistSupport(dir, {})).toEqual({ timeout: true, any: false, source: 'browserslist "chrome >= 110, safari 16" (.browserslistrc)' });
    expect(readBrowserslistSupport(project({ '.browserslistrc': 'defaults\n' }), {})).toBeNull();
    expect(readBrowserslistSupport(project({}), {})).toBeNull();
  });
});
