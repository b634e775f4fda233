import { describe, expect, it } from 'vitest';
import { createProgressBar, shouldShowProgress } from '../../src/cli/progress';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, columns: 100, writes, write: (text: string) => (writes.push(text), true) };
}

describe('progress bar', () => {
  it('shows only on a TTY, outside CI, without --quiet, and not on a dumb terminal', () => {
    expect(shouldShowProgress(fakeStream(true), {}, false)).toBe(true);
    expect(shouldShowProgress(fakeStream(false), {}, false)).toBe(false);
    expect(shouldShowProgress(fakeStream(true), { CI: 'true' }, false)).toBe(false);
    expect(shouldShowProgress(fakeStream(true), {}, true)).toBe(false);
    expect(shouldShowProgress(fakeStream(true), { TERM: 'dumb' }, false)).toBe(false);
  });

  it('draws files done/total, findings and an ETA, throttled, and erases itself', () => {
    const stream = fakeStream(true);
    let clock = 0;
    const bar = createProgressBar(stream, true, false, () => clock);
    clock = 200;
    bar.update({ phase: 'scan', done: 50, total: 200, findings: 3 });
    clock = 250; // within 100 ms: not redrawn
    bar.update({ phase: 'scan', done: 60, total: 200, findings: 3 });
    clock = 400;
    bar.update({ phase: 'scan', done: 200, total: 200, findings: 7 });
    bar.done();
    expect(stream.writes).toHaveLength(3);
    expect(stream.writes[0]).toContain('scanning 50/200 files · 3 findings · ETA 1s');
    expect(stream.writes[1]).toContain('200/200 files · 7 findings');
    expect(stream.writes[2]).toBe('\r\x1b[2K');
    // No colour codes without colour (NO_COLOR): only the line-erase sequence.
    expect(stream.writes[0]!.replace('\r\x1b[2K', '')).not.toMatch(/\x1b\[/);
  });

  it('writes nothing when disabled', () => {
    const stream = fakeStream(true);
    const bar = createProgressBar(stream, false, false);
    bar.update({ phase: 'scan', done: 1, total: 2, findings: 0 });
    bar.done();
    expect(stream.writes).toEqual([]);
  });
});
