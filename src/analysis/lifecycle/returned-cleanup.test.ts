import { describe, expect, it } from 'vitest';
import type { ArrowFunctionExpression } from '@babel/types';
import { editSnippet } from '../../../test/helpers/edit-context';
import type { NodePath } from '../../core/traverse';
import { buildReturnedCleanupEdits } from './returned-cleanup';

/** Adds `stop()` to the cleanup of the first arrow, for paths after `marker();`. */
const withCleanup = (code: string, language: 'ts' | 'js' = 'ts') => {
  const s = editSnippet(code, language);
  const fn = s.find((node) => node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression') as NodePath<ArrowFunctionExpression>;
  const after = code.indexOf('marker();') + 'marker();'.length;
  const edits = buildReturnedCleanupEdits(fn, after, ['stop()'], s.ctx);
  return edits === null ? null : s.apply(edits);
};

describe('buildReturnedCleanupEdits', () => {
  it('creates the cleanup at the end', () => {
    expect(withCleanup('effect(() => {\n  marker();\n});\n')).toBe('effect(() => {\n  marker();\n  return () => {\n    stop();\n  };\n});\n');
  });

  it('extends block, expression and function cleanups', () => {
    expect(withCleanup('effect(() => {\n  marker();\n  return () => {\n    off();\n  };\n});\n')).toBe('effect(() => {\n  marker();\n  return () => {\n    off();\n    stop();\n  };\n});\n');
    expect(withCleanup('effect(() => {\n  marker();\n  return () => off();\n});\n')).toBe('effect(() => {\n  marker();\n  return () => {\n    off();\n    stop();\n  };\n});\n');
    expect(withCleanup('effect(() => {\n  marker();\n  return function cleanup() {\n    off();\n  };\n});\n')).toBe(
      'effect(() => {\n  marker();\n  return function cleanup() {\n    off();\n    stop();\n  };\n});\n',
    );
  });

  it('extends a local cleanup function the callback returns by name, once', () => {
    const code = 'effect(() => {\n  marker();\n  const cleanup = () => off();\n  if (a) return cleanup;\n  return cleanup;\n});\n';
    expect(withCleanup(code)).toBe('effect(() => {\n  marker();\n  const cleanup = () => {\n    off();\n    stop();\n  };\n  if (a) return cleanup;\n  return cleanup;\n});\n');
  });

  it('returns the cleanup from early returns after the acquisition, not before it', () => {
    const code = 'effect(() => {\n  if (!a) return;\n  marker();\n  if (b) return;\n  go();\n});\n';
    expect(withCleanup(code)).toBe(
      'effect(() => {\n  if (!a) return;\n  marker();\n  if (b) return () => {\n    stop();\n  };\n  go();\n  return () => {\n    stop();\n  };\n});\n',
    );
  });

  it('changes a declared void return type to the cleanup type', () => {
    expect(withCleanup('const start = (): void => {\n  marker();\n};\n')).toBe('const start = (): () => void => {\n  marker();\n  return () => {\n    stop();\n  };\n};\n');
  });

  it('refuses what it cannot extend safely', () => {
    expect(withCleanup('effect(() => {\n  marker();\n  return unsubscribeFromStore;\n});\n')).toBeNull();
    expect(withCleanup('effect(() => {\n  marker();\n  return subscribe(f);\n});\n')).toBeNull();
    expect(withCleanup('effect(async () => {\n  marker();\n});\n')).toBeNull();
  });
});
