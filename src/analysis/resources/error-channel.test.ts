import { describe, expect, it } from 'vitest';
import { findErrorChannelReasons } from './error-channel';
import { DEFAULT_SETTINGS, NO_PROJECT, type CodeEnvironment, type ErrorTracker, type ProjectQueries, type Settings } from '../../core/rule';
import { getLanguage } from '../../core/language';
import { parseSource } from '../../engine/parse';

function fileOf(filename: string, text: string) {
  return { filename, ast: parseSource(text, getLanguage(filename)!), source: { text } as never, sfc: null };
}

function reasons(project: Partial<ProjectQueries>, settings: { errorTrackers?: ErrorTracker[]; noConsole?: string } = {}, file = fileOf('src/a.ts', 'export {};\n')) {
  let walked = 0;
  const asked: (CodeEnvironment | null)[] = [];
  const queries: ProjectQueries = {
    ...NO_PROJECT,
    getRejectionHandler: (environment) => {
      walked++;
      asked.push(environment);
      return { file: 'src/errors.ts', line: 3 };
    },
    ...project,
  };
  const ruleSettings = { ...DEFAULT_SETTINGS, noConsole: settings.noConsole, target: { ...DEFAULT_SETTINGS.target, errorTrackers: settings.errorTrackers } } as Settings;
  return { found: findErrorChannelReasons({ project: queries, settings: ruleSettings, ...file }), walked, asked };
}

describe('findErrorChannelReasons', () => {
  it('names every reason in order, and walks the package for a rejection handler only when nothing else applies', () => {
    const all = reasons({ getPackageKind: () => 'library' }, { errorTrackers: [{ name: '@sentry/node', runs: 'node' }], noConsole: 'no-console (eslint.config.mjs)' });
    expect(all.found).toEqual([{ kind: 'library' }, { kind: 'tracker', tracker: '@sentry/node' }, { kind: 'no-console', lint: 'no-console (eslint.config.mjs)' }]);
    expect(all.walked).toBe(0);
    const handlerOnly = reasons({ getPackageKind: () => 'application' });
    expect(handlerOnly.found).toEqual([{ kind: 'rejection-handler', file: 'src/errors.ts', line: 3 }]);
    expect(handlerOnly.walked).toBe(1);
    expect(reasons({ getPackageKind: () => 'application', getRejectionHandler: () => null }).found).toEqual([]);
  });

  it("asks for the handler of the file's own environment", () => {
    const ask = (filename: string, text: string) => reasons({ getPackageKind: () => 'application' }, {}, fileOf(filename, text)).asked;
    expect(ask('scripts/dev.ts', "import { spawn } from 'node:child_process';\nspawn('x');\n")).toEqual(['node']);
    expect(ask('src/Panel.tsx', 'export const Panel = () => <div />;\n')).toEqual(['browser']);
    expect(ask('src/store.ts', "import { create } from 'zustand';\nexport const store = create(() => ({}));\n")).toEqual([null]);
  });

  it("names a tracker only for code of the environment it watches", () => {
    const node: ErrorTracker = { name: '@sentry/node', runs: 'node' };
    const react: ErrorTracker = { name: '@sentry/react', runs: 'browser' };
    const named = (trackers: ErrorTracker[], filename: string, text: string) =>
      reasons({ getPackageKind: () => 'application', getRejectionHandler: () => null }, { errorTrackers: trackers }, fileOf(filename, text)).found;
    const page = ['public/js/room.js', "document.getElementById('x').remove();\n"] as const;
    const server = ['server/app.js', "const http = require('node:http');\nhttp.createServer();\n"] as const;
    const either = ['src/store.ts', 'export const store = {};\n'] as const;
    expect(named([node], ...page)).toEqual([]);
    expect(named([node], ...server)).toEqual([{ kind: 'tracker', tracker: '@sentry/node' }]);
    expect(named([node], ...either)).toEqual([{ kind: 'tracker', tracker: '@sentry/node' }]);
    expect(named([node, react], ...page)).toEqual([{ kind: 'tracker', tracker: '@sentry/react' }]);
    expect(named([{ name: '@sentry/electron', runs: 'both' }], ...page)).toEqual([{ kind: 'tracker', tracker: '@sentry/electron' }]);
  });
});
