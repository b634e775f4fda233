import type { CallExpression } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { resolveDeferredRelease } from './deferred-release';

const deferred = (code: string) => resolveDeferredRelease(parseSnippet(code, 'ts').call('setTimeout') as NodePath<CallExpression>);

describe('resolveDeferredRelease', () => {
  it('accepts callbacks that only release', () => {
    expect(deferred("setTimeout(() => document.removeEventListener('paste', block), 100);")).toBe('all');
    expect(deferred('setTimeout(() => { clearInterval(id); window.cancelAnimationFrame(frame); }, 0);')).toBe('all');
    expect(deferred('setTimeout(() => { observer.disconnect(); observer = null; });')).toBe('all');
    expect(deferred('setTimeout(function () { this.sub?.unsubscribe(); controller.abort(); }, 5);')).toBe('all');
    expect(deferred("setTimeout(() => { emitter.off('x', f); emitter.removeListener('y', g); socket.close(); }, 5);")).toBe('all');
    // `window.removeEventListener` is a method of the global object, not a global release function.
    expect(deferred("setTimeout(() => { document.body.removeEventListener('paste', f); window.removeEventListener('pointerup', g); }, 100);")).toBe('all');
  });

  it('accepts callbacks that end the process (a restart once the response is sent)', () => {
    expect(deferred("setTimeout(() => { console.log('restarting'); process.exit(0); }, 500);")).toBe('all');
    expect(deferred("setTimeout(() => process.kill(process.pid, 'SIGTERM'), 500);")).toBe('all');
    expect(deferred("import { app } from 'electron';\nsetTimeout(() => { app.quit(); }, 100);")).toBe('all');
    // Not the process: another pid, a local `process`, an `app` that is not module-level
    expect(deferred("setTimeout(() => process.kill(child.pid), 500);")).toBe(null);
    expect(deferred('function f(process) { setTimeout(() => process.exit(0), 500); }')).toBe(null);
    expect(deferred('function f(app) { setTimeout(() => app.quit(), 500); }')).toBe(null);
  });

  it('tells callbacks that also do other work from those that release nothing or are not written inline', () => {
    expect(deferred("setTimeout(() => { document.removeEventListener('paste', block); toast('ready'); }, 100);")).toBe('some');
    expect(deferred('setTimeout(() => { if (done) observer.disconnect(); }, 0);')).toBe(null);
    expect(deferred('setTimeout(() => setVisible(false), 100);')).toBe(null);
    expect(deferred('setTimeout(() => { observer = null; }, 0);')).toBe(null);
    expect(deferred('setTimeout(() => {}, 0);')).toBe(null);
  });

  it('reads a callback passed by name: a received release by its name, a declared function by its body', () => {
    // The React/Remix server entry: `abort` of renderToPipeableStream stops the render.
    expect(deferred('const { pipe, abort } = renderToPipeableStream(app, {});\nsetTimeout(abort, streamTimeout + 1000);')).toBe('all');
    expect(deferred('function watch(unsubscribe: () => void) { setTimeout(unsubscribe, 0); }')).toBe('all');
    expect(deferred('setTimeout(controller.abort.bind(controller), 5000);')).toBe('all');
    expect(deferred('const { abort } = start();\nsetTimeout(() => { abort(); }, 5);')).toBe('all');
    expect(deferred("function close() { socket.close(); }\nsetTimeout(close, 10);")).toBe('all');
    expect(deferred("const close = () => { socket.close(); save(); };\nsetTimeout(close, 10);")).toBe('some');
    expect(deferred('const close = useCallback(() => setOpen(false), []);\nsetTimeout(close, 3000);')).toBe(null);
    expect(deferred('function abort() { setState(1); }\nsetTimeout(abort, 10);')).toBe(null);
    expect(deferred('setTimeout(refresh, 0);')).toBe(null);
    expect(deferred('setTimeout(this.close, 0);')).toBe(null);
    expect(deferred('setTimeout(render.bind(null), 0);')).toBe(null);
  });

  it('does not take a local function named like a platform release for one', () => {
    expect(deferred('function clearTimeout(x) { return x; }\nsetTimeout(() => clearTimeout(id), 0);')).toBe(null);
  });
});
