/**
 * A rule's `calibratedConfidence` (its measured precision): `lintSource` gives what the rule said
 * (the fixtures check it), the run reports the calibrated level: the file phase here, the project
 * phase in the project fixtures' expected.json (listener-cleanup/owner-made-once).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run';
import { makeProject } from '../helpers/temp';
import { FIXTURES_ROOT } from '../helpers/fixtures';

// listener-cleanup's own verdicts on it (`medium` at line 8, `high` at 17) are its fixture's findings.json
const FIXTURE = path.join(FIXTURES_ROOT, 'listener-cleanup/react-effect-mount-time-medium.input.tsx');
const SONGS = fs.readFileSync(FIXTURE, 'utf8');

describe('calibrated confidence', () => {
  it("reports listener-cleanup's medium report-only finding as low, its note saying so; a high one stays high", async () => {
    const dir = makeProject({ 'src/songs.tsx': SONGS });
    const result = await run({ cwd: dir, rules: ['listener-cleanup'], minConfidence: 'low' });
    expect(result.findings.map((finding) => `${finding.line} ${finding.fix} ${finding.confidence}`)).toEqual(['8 none low', '17 none high']);
    expect(result.findings[0]!.message).toContain('Low confidence: this runs once per mount of the React component');
    expect(result.findings[0]!.message).not.toContain('Medium confidence');
  });

  it('leaves it out of a view of medium and above, and counts it there', async () => {
    const dir = makeProject({ 'src/songs.tsx': SONGS });
    const result = await run({ cwd: dir, rules: ['listener-cleanup'], minConfidence: 'medium' });
    expect(result.findings.map((finding) => finding.line)).toEqual([17]);
    expect(result.summary.findingsBelowConfidence).toBe(1);
  });
});
