import { describe, expect, it } from 'vitest';
import type { CallExpression } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { resolveAcquisitionHandle } from '../../src/analysis/resources/acquisition-handle';
import { resolveHookLoop } from './hook-loop';

/** The hook loop of the (first) `setTimeout(…)` of a component's code. */
function loopOf(body: string) {
  const snippet = parseSnippet(`import { useCallback, useEffect, useRef } from 'react';\nexport function Clock() {\n${body}\n}`, 'tsx');
  const call = snippet.call('setTimeout') as NodePath<CallExpression>;
  return resolveHookLoop(call, resolveAcquisitionHandle(call), {});
}

const LOOP = `  const updateTimeout = useRef();
  const scheduleUpdate = useCallback(() => {
    clearTimeout(updateTimeout.current);
    setToday(startOfDay());
    updateTimeout.current = setTimeout(scheduleUpdate, untilMidnight());
  }, []);`;

describe('resolveHookLoop', () => {
  it('finds a loop a component keeps in its body and an effect starts, with the handle it keeps', () => {
    const loop = loopOf(`${LOOP}\n  useEffect(() => {\n    scheduleUpdate();\n  }, [scheduleUpdate]);`);
    expect(loop).toMatchObject({ name: 'scheduleUpdate', handleText: 'updateTimeout.current', effectEndsAtEnd: true });
    expect(loop?.starter.node.callee).toMatchObject({ type: 'Identifier', name: 'scheduleUpdate' });
    // A plain function the body declares, rescheduled from an inline callback, its handle dropped
    const plain = loopOf('  function tick() {\n    setTimeout(() => { refresh(); tick(); }, 1000);\n  }\n  useEffect(() => {\n    if (!ready) return;\n    tick();\n  }, []);');
    expect(plain).toMatchObject({ name: 'tick', handleText: null, effectEndsAtEnd: false });
  });

  it('leaves a loop that can end, an effect that returns a cleanup, a handle read outside the loop, a start outside any effect', () => {
    expect(loopOf('  const tick = () => {\n    if (done) return;\n    setTimeout(tick, 1000);\n  };\n  useEffect(() => {\n    tick();\n  }, []);')).toBeNull();
    expect(loopOf(`${LOOP}\n  useEffect(() => {\n    scheduleUpdate();\n    return () => clearTimeout(updateTimeout.current);\n  }, []);`)).toBeNull();
    expect(loopOf(`${LOOP}\n  const stop = () => clearTimeout(updateTimeout.current);\n  useEffect(() => {\n    scheduleUpdate();\n  }, []);`)).toBeNull();
    expect(loopOf(`${LOOP}\n  const onClick = () => {\n    scheduleUpdate();\n  };`)).toBeNull();
    // An async loop function, or a timer that runs another function
    expect(loopOf('  const tick = async () => {\n    setTimeout(tick, 1000);\n  };\n  useEffect(() => {\n    tick();\n  }, []);')).toBeNull();
    expect(loopOf('  const tick = () => {\n    setTimeout(refresh, 1000);\n  };\n  useEffect(() => {\n    tick();\n  }, []);')).toBeNull();
  });
});
