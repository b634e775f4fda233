import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run';
import { FIXTURES_ROOT, PROJECTS_DIR } from '../../test/helpers/fixtures';

const PROJECT = path.join(FIXTURES_ROOT, PROJECTS_DIR, 'fetch-timeout/request-dropped-by-every-caller/input');

async function findings(paths?: string[]) {
  const result = await run({ cwd: PROJECT, ...(paths ? { paths } : {}), config: false, prettier: false, jobs: 1, rules: ['fetch-timeout'] });
  return result.findings.map((finding) => ({ at: `${finding.file}:${finding.line}`, confidence: finding.confidence, message: finding.message }));
}

describe('fetch-timeout: an exported function whose every caller drops its promise (dropping-callers.ts)', () => {
  it('is medium (reported low: the rule calibrated) when every call outside tests drops it, through re-exports and path aliases', async () => {
    const found = await findings();
    expect(found.map(({ at, confidence }) => `${at} ${confidence}`)).toEqual([
      // `setInterval(() => void sendHeartbeat(…))` in src/app.js; the test's `await` does not count
      'src/lib/heartbeat.js:2 low',
      // `void sendUsagePing(…)`, and `sendUsagePing(…).catch(warn)` through `export * from './ping.js'`
      'src/ping.js:3 low',
      // `.then((loaded) => { policy = loaded; })`: state other code reads
      'src/policy.js:3 high',
      // its own busy flag waits for the answer
      'src/status.js:10 high',
      // no call in the run
      'src/unused.js:3 high',
      // `await checkVersion(…)`
      'src/version.js:3 high',
    ]);
    expect(found.find(({ at }) => at === 'src/ping.js:3')!.message).toMatch(/ Nothing waits for its answer \(every call of `sendUsagePing\(\)` outside tests drops its promise — 2 calls, in 2 files\): a hang holds a connection, not the code\.$/);
    expect(found.find(({ at }) => at === 'src/lib/heartbeat.js:2')!.message).toContain('— one call, in `src/app.js`)');
  });

  it("keeps the file's own answer when the callers are not part of the run", async () => {
    const found = await findings(['src/ping.js', 'src/lib/heartbeat.js']);
    expect(found.map(({ at, confidence }) => `${at} ${confidence}`)).toEqual(['src/lib/heartbeat.js:2 high', 'src/ping.js:3 high']);
  });
});
