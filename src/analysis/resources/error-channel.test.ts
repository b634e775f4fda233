import { describe, expect, it } from 'vitest';
import { findErrorChannelReasons } from './error-channel';
import { DEFAULT_SETTINGS, NO_PROJECT, type ProjectQueries, type Settings } from '../../core/rule';

function reasons(project: Partial<ProjectQueries>, settings: { errorTracker?: string; noConsole?: string } = {}) {
  let walked = 0;
  const queries: ProjectQueries = {
    ...NO_PROJECT,
    getRejectionHandler: () => {
      walked++;
      return { file: 'src/errors.ts', line: 3 };
    },
    ...project,
  };
  const ruleSettings = { ...DEFAULT_SETTINGS, noConsole: settings.noConsole, target: { ...DEFAULT_SETTINGS.target, errorTracker: settings.errorTracker } } as Settings;
  return { found: findErrorChannelReasons({ project: queries, settings: ruleSettings }), walked };
}

describe('findErrorChannelReasons', () => {
  it('names every reason in order, and walks the package for a rejection handler only when nothing else applies', () => {
    const all = reasons({ getPackageKind: () => 'library' }, { errorTracker: '@sentry/node', noConsole: 'no-console (eslint.config.mjs)' });
    expect(all.found).toEqual([{ kind: 'library' }, { kind: 'tracker', tracker: '@sentry/node' }, { kind: 'no-console', lint: 'no-console (eslint.config.mjs)' }]);
    expect(all.walked).toBe(0);
    const handlerOnly = reasons({ getPackageKind: () => 'application' });
    expect(handlerOnly.found).toEqual([{ kind: 'rejection-handler', file: 'src/errors.ts', line: 3 }]);
    expect(handlerOnly.walked).toBe(1);
    expect(reasons({ getPackageKind: () => 'application', getRejectionHandler: () => null }).found).toEqual([]);
  });
});
