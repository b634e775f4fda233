/**
 * A progress bar on stderr: files done/total, findings so far and an ETA. Only on a TTY, never
 * in CI or with --quiet, throttled to about ten redraws a second, erased when done.
 */
import { createColors } from 'picocolors';
import type { RunProgress } from '../engine/run';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): boolean;
}

export interface ProgressBar {
  update(progress: RunProgress): void;
  done(): void;
}

const NOOP: ProgressBar = { update() {}, done() {} };

export function shouldShowProgress(stream: ProgressStream, env: NodeJS.ProcessEnv, quiet: boolean): boolean {
  return stream.isTTY === true && !quiet && !env.CI && env.TERM !== 'dumb';
}

export function createProgressBar(stream: ProgressStream, enabled: boolean, color: boolean, now = () => Date.now()): ProgressBar {
  if (!enabled) return NOOP;
  const c = createColors(color);
  const started = now();
  let lastDraw = 0;
  let drawn = false;
  return {
    update(progress) {
      const time = now();
      if (time - lastDraw < 100 && progress.done !== progress.total) return;
      lastDraw = time;
      const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 60));
      let line: string;
      if (progress.phase === 'discover') {
        line = `unleak  finding files…`;
      } else {
        const ratio = progress.total === 0 ? 1 : progress.done / progress.total;
        const filled = Math.round(ratio * width);
        const elapsed = (time - started) / 1000;
        const eta = ratio > 0 && ratio < 1 ? ` · ETA ${Math.max(0, Math.ceil((elapsed / ratio) * (1 - ratio)))}s` : '';
        const label = progress.phase === 'write' ? 'writing' : 'scanning';
        line =
          `unleak  ${c.cyan('█'.repeat(filled))}${c.dim('░'.repeat(width - filled))}  ${label} ${progress.done}/${progress.total} files` +
          ` · ${progress.findings} findings${eta}`;
      }
      stream.write(`\r\x1b[2K${line}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
