import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveTimerCall } from './timer-call';

const timerOf = (code: string, callee: string) => {
  const timer = resolveTimerCall(parseSnippet(code).call(callee));
  return timer && { id: timer.resource.id, release: timer.releaseCallee, type: timer.handleType };
};

describe('resolveTimerCall', () => {
  it('knows each timer, its release and its handle type', () => {
    expect(timerOf('setInterval(f, 1);', 'setInterval')).toEqual({ id: 'interval', release: 'clearInterval', type: 'ReturnType<typeof setInterval>' });
    expect(timerOf('setTimeout(f);', 'setTimeout')).toEqual({ id: 'timeout', release: 'clearTimeout', type: 'ReturnType<typeof setTimeout>' });
    expect(timerOf('requestAnimationFrame(f);', 'requestAnimationFrame')).toEqual({ id: 'animation-frame', release: 'cancelAnimationFrame', type: 'number' });
    expect(timerOf('requestIdleCallback(f);', 'requestIdleCallback')).toEqual({ id: 'idle-callback', release: 'cancelIdleCallback', type: 'number' });
  });

  it('types window timers as numbers and keeps module spellings', () => {
    expect(timerOf('window.setInterval(f, 1);', 'window.setInterval')?.type).toBe('number');
    expect(timerOf('globalThis.setInterval(f, 1);', 'globalThis.setInterval')?.type).toBe('ReturnType<typeof setInterval>');
    expect(timerOf("import timers from 'node:timers';\ntimers.setTimeout(f, 1);", 'timers.setTimeout')).toMatchObject({
      release: 'timers.clearTimeout',
      type: 'ReturnType<typeof timers.setTimeout>',
    });
    expect(timerOf("import { setInterval as every, clearInterval as stop } from 'timers';\nevery(f, 1);", 'every')).toMatchObject({
      release: 'stop',
      type: 'ReturnType<typeof every>',
    });
  });

  it('reaches a shadowed clear function through globalThis', () => {
    expect(timerOf('function clearInterval() {}\nsetInterval(f, 1);', 'setInterval')?.release).toBe('globalThis.clearInterval');
  });

  it('ignores calls without a callback, project helpers and frame functions from modules', () => {
    expect(timerOf('setInterval();', 'setInterval')).toBeNull();
    expect(timerOf("import { setTimeout } from './utils';\nsetTimeout(f);", 'setTimeout')).toBeNull();
    expect(timerOf('clearInterval(id);', 'clearInterval')).toBeNull();
  });
});
