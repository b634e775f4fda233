import { describe, expect, it } from 'vitest';
import { captureStack, findCreatorFrame, findTopUserFrame, getDisplayFrames, getFunctionDisplayName, isTestRunnerFrame, parseStack, readCapturedFrames } from './stack';

const STACK = `Error
    at AsyncHook.init (${__dirname}/testing/tracker.ts:10:5)
    at emitInitNative (node:internal/async_hooks:202:43)
    at new Timeout (node:internal/timers:199:5)
    at setInterval (node:timers:233:19)
    at /app/src/poller.ts:5:3
    at Poller.start [as begin] (/app/src/poller.ts:4:10)
    at async file:///app/test/poller.test.mjs:8:5
    at new Promise (<anonymous>)
    at runTest (/app/node_modules/@vitest/runner/dist/index.js:1:2)
    at /app/node_modules/.pnpm/jest-circus@30.0.0/node_modules/jest-circus/build/run.js:3:4`;

describe('parseStack', () => {
  it('reads named, anonymous, async and native frames', () => {
    const frames = parseStack(STACK);
    expect(frames.map((frame) => [frame.functionName, frame.file, frame.line, frame.column])).toEqual([
      ['AsyncHook.init', `${__dirname}/testing/tracker.ts`, 10, 5],
      ['emitInitNative', 'node:internal/async_hooks', 202, 43],
      ['new Timeout', 'node:internal/timers', 199, 5],
      ['setInterval', 'node:timers', 233, 19],
      ['', '/app/src/poller.ts', 5, 3],
      ['Poller.start [as begin]', '/app/src/poller.ts', 4, 10],
      ['', 'file:///app/test/poller.test.mjs', 8, 5],
      ['new Promise', '<anonymous>', 0, 0],
      ['runTest', '/app/node_modules/@vitest/runner/dist/index.js', 1, 2],
      ['', '/app/node_modules/.pnpm/jest-circus@30.0.0/node_modules/jest-circus/build/run.js', 3, 4],
    ]);
    expect(parseStack(undefined)).toEqual([]);
  });

  it('finds the top user frame, the named creator, and the frames worth showing', () => {
    const frames = parseStack(STACK);
    expect(findTopUserFrame(frames)?.text).toBe('/app/src/poller.ts:5:3');
    expect(findCreatorFrame(frames)?.functionName).toBe('Poller.start [as begin]');
    expect(getDisplayFrames(frames, 10).map((frame) => frame.text)).toEqual([
      '/app/src/poller.ts:5:3',
      'Poller.start [as begin] (/app/src/poller.ts:4:10)',
      'async file:///app/test/poller.test.mjs:8:5',
    ]);
    expect(getDisplayFrames(frames, 1)).toHaveLength(1);
  });

  it('knows test-runner frames, also under pnpm', () => {
    const frames = parseStack(STACK);
    expect(frames.filter(isTestRunnerFrame).map((frame) => frame.functionName)).toEqual(['runTest', '']);
  });
});

describe('getFunctionDisplayName', () => {
  const frame = (functionName: string) => ({ functionName, file: '/a.js', line: 1, column: 1, text: '' });
  it('drops the plain-object receiver V8 prefixes, keeps class names', () => {
    expect(getFunctionDisplayName(frame('Object.startHeartbeat'))).toBe('startHeartbeat');
    expect(getFunctionDisplayName(frame('Object.<anonymous>'))).toBe('Object.<anonymous>');
    expect(getFunctionDisplayName(frame('Poller.start'))).toBe('Poller.start');
    expect(getFunctionDisplayName(frame(''))).toBe('<anonymous>');
  });
});

describe('readCapturedFrames', () => {
  it("takes function names from V8 and positions from the installed formatter (which may rename frames)", () => {
    function startPolling() {
      return captureStack(5, captureStack);
    }
    const captured = startPolling();
    const original = Error.prepareStackTrace;
    // Like source-map-support under jest: positions mapped, frames renamed after the callee.
    Error.prepareStackTrace = (error, sites) =>
      `${String(error)}\n${sites.map((site) => `    at renamed (${site.getFileName()}:${site.getLineNumber()! + 100}:${site.getColumnNumber()})`).join('\n')}`;
    let frames;
    try {
      frames = readCapturedFrames(captured);
    } finally {
      Error.prepareStackTrace = original;
    }
    expect(frames[0]!.functionName).toBe('startPolling');
    expect(frames[0]!.line).toBeGreaterThan(100);
    expect(frames[0]!.text).toBe(`startPolling (${frames[0]!.file}:${frames[0]!.line}:${frames[0]!.column})`);
  });
});
