import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run';
import { FIXTURES_ROOT, PROJECTS_DIR } from '../../test/helpers/fixtures';
import { describeTestImporters } from './test-support-module';

const PROJECT = path.join(FIXTURES_ROOT, PROJECTS_DIR, 'fetch-timeout/request-in-test-support-module/input');

async function findings(paths?: string[]) {
  const result = await run({ cwd: PROJECT, ...(paths ? { paths } : {}), config: false, prettier: false, jobs: 1, rules: ['fetch-timeout'] });
  return result.findings.map((finding) => ({ at: `${finding.file}:${finding.line}`, confidence: finding.confidence, message: finding.message }));
}

describe('fetch-timeout: a module only tests import (test-support-module.ts)', () => {
  it('makes its report-only findings medium (reported low: the rule calibrated), through a path alias and a module only tests import too', async () => {
    const found = await findings();
    expect(found.map(({ at, confidence }) => `${at} ${confidence}`)).toEqual([
      'src/admin-client.js:10 low',
      'src/cleanup-client.js:3 low',
      // imported by the package's entry as well
      'src/health.js:3 high',
      // the package's entry (package.json "main"), whatever imports it here
      'src/index.js:6 high',
      // no file of the run imports it
      'src/report.js:3 high',
      'src/seed-orders.js:3 low',
    ]);
    expect(found.find(({ at }) => at === 'src/admin-client.js:10')!.message).toMatch(/ The module runs only in tests: the files that import it are tests \(`tests\/queue\.test\.js`\) or modules only tests import, and the test runner's timeout ends a request that hangs\.$/);
    expect(found.find(({ at }) => at === 'src/health.js:3')!.message).not.toContain('runs only in tests');
  });

  it("keeps the file's own answer when the tests are not part of the run", async () => {
    const found = await findings(['src/admin-client.js']);
    expect(found.map(({ at, confidence }) => `${at} ${confidence}`)).toEqual(['src/admin-client.js:10 high']);
  });

  it('names two importers and counts the rest', () => {
    expect(describeTestImporters(['a.test.ts', 'b.test.ts', 'c.test.ts'])).toContain('(`a.test.ts`, `b.test.ts` and 1 more)');
  });
});
