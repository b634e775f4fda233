import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { isReleasedOutsideClass } from './outside-release';

const TERMINATE = { type: 'handle-method', names: ['terminate'] } as const;

function releasedOutside(code: string, field: string): boolean {
  const s = parseSnippet(code, 'ts');
  const classPath = s.find((node) => node.type === 'ClassDeclaration');
  const program = s.find((node) => node.type === 'Program');
  return isReleasedOutsideClass(field, classPath, program, TERMINATE);
}

const HOLDER = (field: string) => `class Holder {\n  ${field};\n  constructor() { this.thread = new Worker(url); }\n}\n`;

describe('isReleasedOutsideClass', () => {
  it('sees a public field released on another object of the file', () => {
    expect(releasedOutside(`${HOLDER('thread: Worker')}function stop(h: Holder) { h.thread.terminate(); }`, 'thread')).toBe(true);
    expect(releasedOutside(`${HOLDER('thread: Worker')}const stop = (list: Holder[]) => list.forEach((h) => h?.thread?.terminate());`, 'thread')).toBe(true);
  });

  it('not a private field, another field, another method, or this of another class', () => {
    expect(releasedOutside(`${HOLDER('private thread: Worker')}function stop(h: any) { h.thread.terminate(); }`, 'thread')).toBe(false);
    expect(releasedOutside(`${HOLDER('thread: Worker')}function stop(h: any) { h.other.terminate(); }`, 'thread')).toBe(false);
    expect(releasedOutside(`${HOLDER('thread: Worker')}function stop(h: any) { h.thread.postMessage(1); }`, 'thread')).toBe(false);
    expect(releasedOutside(`${HOLDER('thread: Worker')}class Other { thread: any; stop() { this.thread.terminate(); } }`, 'thread')).toBe(false);
  });
});
