import { describe, expect, it } from 'vitest';
import { editSnippet } from '../../../test/helpers/edit-context';
import { buildEffectController } from './effect-controller';

const header = "import { useEffect } from 'react';\n";

describe('buildEffectController', () => {
  it('makes the controller first in the effect and aborts it in a new cleanup', () => {
    const s = editSnippet(`${header}export function A() {\n  useEffect(() => {\n    poll();\n  }, []);\n}\n`, 'tsx');
    const controller = buildEffectController(s.call('poll'), s.ctx)!;
    expect(controller.signal).toBe('controller.signal');
    expect(controller.certain).toBe(true);
    expect(s.apply(controller.edits)).toBe(
      `${header}export function A() {\n  useEffect(() => {\n    const controller = new AbortController();\n    poll();\n    return () => {\n      controller.abort();\n    };\n  }, []);\n}\n`,
    );
  });

  it('extends the cleanup the effect returns and takes a free name', () => {
    const s = editSnippet(`${header}export function A({ controller }: { controller: object }) {\n  useEffect(() => {\n    poll(controller);\n    return () => off();\n  }, []);\n}\n`, 'tsx');
    const controller = buildEffectController(s.call('poll'), s.ctx)!;
    expect(controller.name).toBe('controller2');
    expect(s.apply(controller.edits)).toContain('return () => {\n      off();\n      controller2.abort();\n    };');
  });

  it('is not certain in a nested callback of the effect', () => {
    const s = editSnippet(`${header}export function A() {\n  useEffect(() => {\n    (async () => {\n      await poll();\n    })();\n  }, []);\n}\n`, 'tsx');
    expect(buildEffectController(s.call('poll'), s.ctx)?.certain).toBe(false);
  });

  it('is null outside a React effect', () => {
    const s = editSnippet('export function a() {\n  poll();\n}\n');
    expect(buildEffectController(s.call('poll'), s.ctx)).toBeNull();
  });
});
