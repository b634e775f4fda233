import { describe, expect, it } from 'vitest';
import { LISTENER_RESOURCES, RESOURCES, TIMER_RESOURCES, getTimerResource } from './catalog';

describe('the acquire/release table', () => {
  it('pairs every timer with its clear function', () => {
    const pairs = TIMER_RESOURCES.map((r) => [r.acquire.type === 'global-function' ? r.acquire.name : '', r.release.type === 'function-with-handle' ? r.release.names[0] : '']);
    expect(pairs).toEqual([
      ['setInterval', 'clearInterval'],
      ['setTimeout', 'clearTimeout'],
      ['requestAnimationFrame', 'cancelAnimationFrame'],
      ['requestIdleCallback', 'cancelIdleCallback'],
    ]);
  });

  it('only intervals repeat; frames and idle callbacks need a guard for an unset handle', () => {
    expect(TIMER_RESOURCES.filter((r) => r.repeating).map((r) => r.id)).toEqual(['interval']);
    expect(TIMER_RESOURCES.filter((r) => !r.releaseAcceptsUndefined).map((r) => r.id)).toEqual(['animation-frame', 'idle-callback']);
  });

  it('has the listener rows of the acquire/release table', () => {
    const byId = new Map(LISTENER_RESOURCES.map((r) => [r.id, r]));
    expect(byId.get('event-listener')?.release).toMatchObject({ type: 'same-target-method', names: ['removeEventListener'], matchCapture: true });
    expect(byId.get('emitter-listener')?.acquire).toMatchObject({ names: ['on', 'addListener', 'prependListener'] });
    expect(byId.get('subscription')?.release).toMatchObject({ type: 'handle-method-or-call', names: ['unsubscribe', 'dispose'] });
    expect(byId.get('observer')?.release).toMatchObject({ type: 'handle-method', names: ['disconnect'] });
    expect(byId.get('fs-watch-file')?.release).toMatchObject({ type: 'module-function-same-arguments', name: 'unwatchFile' });
    expect(byId.get('worker')?.release).toMatchObject({ names: ['terminate'] });
    expect(byId.get('abort-controller')?.release).toMatchObject({ names: ['abort'] });
    expect(byId.get('media-query-listener')?.release).toMatchObject({ names: ['removeListener'] });
  });

  it('has unique ids and handle names for every row', () => {
    expect(new Set(RESOURCES.map((r) => r.id)).size).toBe(RESOURCES.length);
    for (const resource of RESOURCES) expect(resource.handleName).toMatch(/^[a-z][A-Za-z]*$/);
  });

  it('finds a timer by its acquiring function', () => {
    expect(getTimerResource('setTimeout')?.id).toBe('timeout');
    expect(getTimerResource('fetch')).toBeUndefined();
  });
});
