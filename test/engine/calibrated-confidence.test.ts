/**
 * A rule's `calibratedConfidence` (its measured precision): `lintSource` gives what the rule said
 * (the fixtures check it), the run reports the calibrated level, in the file phase and the
 * project phase alike.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/engine/run';
import { makeProject } from '../helpers/temp';

const SONGS = `import { useEffect, useState } from 'react';
declare const eventBus: { on(event: string, handler: (songs: string[]) => void): void };

export function SongList() {
  const [songs, setSongs] = useState<string[]>([]);
  useEffect(() => {
    eventBus.on('songs-updated', (updated) => setSongs(updated));
  }, []);
  return <ul>{songs.map((song) => <li key={song}>{song}</li>)}</ul>;
}

export function AlbumSongs({ album }: { album: string }) {
  const [songs, setSongs] = useState<string[]>([]);
  useEffect(() => {
    eventBus.on(\`songs-updated:\${album}\`, (updated) => setSongs(updated));
  }, [album]);
  return <ul>{songs.map((song) => <li key={song}>{song}</li>)}</ul>;
}
`;

describe('calibrated confidence', () => {
  it("reports listener-cleanup's medium report-only finding as low, its note saying so; a high one stays high", async () => {
    const dir = makeProject({ 'src/songs.tsx': SONGS });
    const result = await run({ cwd: dir, rules: ['listener-cleanup'], minConfidence: 'low' });
    expect(result.findings.map((finding) => `${finding.line} ${finding.fix} ${finding.confidence}`)).toEqual(['7 none low', '15 none high']);
    expect(result.findings[0]!.message).toContain('Low confidence: this runs once per mount of the React component');
    expect(result.findings[0]!.message).not.toContain('Medium confidence');
  });

  it('leaves it out of a view of medium and above, and counts it there', async () => {
    const dir = makeProject({ 'src/songs.tsx': SONGS });
    const result = await run({ cwd: dir, rules: ['listener-cleanup'], minConfidence: 'medium' });
    expect(result.findings.map((finding) => finding.line)).toEqual([15]);
    expect(result.summary.findingsBelowConfidence).toBe(1);
  });
});
