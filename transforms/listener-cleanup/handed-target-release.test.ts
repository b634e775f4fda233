import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveListenerCall, type ListenerCall } from './listener-call';
import { isRemovedWhereHanded } from './handed-target-release';

/** Whether the first registration of `code` is removed by the function its target is handed to. */
function removedWhereHanded(code: string): boolean {
  const s = parseSnippet(code);
  const calls = s.findAll((node: Node) => node.type === 'CallExpression').map((path) => resolveListenerCall(path)).filter((call): call is ListenerCall => call !== null);
  const add = calls.find((call) => call.role === 'add')!;
  return isRemovedWhereHanded(add, calls.filter((call) => call.role === 'remove'));
}

describe('isRemovedWhereHanded', () => {
  it('matches a parameter handed to a method of the class or a named function that removes the same listener from it', () => {
    expect(removedWhereHanded('class S { up(req, socket) { socket.on("error", onErr); this.done(req, socket); } done(req, socket) { socket.removeListener("error", onErr); } }')).toBe(true);
    expect(removedWhereHanded('function up(socket) { socket.on("error", onErr); finish(1, socket); }\nfunction finish(code, socket) { socket.off("error", onErr); }')).toBe(true);
    expect(removedWhereHanded('class S { up(socket) { socket.on("error", onErr); verify(() => this.done(socket)); } done(socket) { socket.removeListener("error", onErr); } }')).toBe(true);
  });

  it('does not match another function, event or position, or a parameter never handed on', () => {
    expect(removedWhereHanded('class S { up(socket) { socket.on("error", onErr); this.done(socket); } done(socket) { socket.removeListener("error", other); } }')).toBe(false);
    expect(removedWhereHanded('class S { up(socket) { socket.on("error", onErr); this.done(socket); } done(socket) { socket.removeListener("close", onErr); } }')).toBe(false);
    expect(removedWhereHanded('class S { up(req, socket) { socket.on("error", onErr); this.done(socket, req); } done(req, socket) { socket.removeListener("error", onErr); } }')).toBe(false);
    expect(removedWhereHanded('class S { up(socket) { socket.on("error", onErr); } done(socket) { socket.removeListener("error", onErr); } }')).toBe(false);
    expect(removedWhereHanded('class S { up(socket) { socket.on("error", onErr); other.done(socket); } done(socket) { socket.removeListener("error", onErr); } }')).toBe(false);
    // a call of a parameter (`next(socket)`) is not a call of the function it is a parameter of
    expect(removedWhereHanded('function up(socket, next) { socket.on("error", onErr); next(socket); }\nfunction up2(socket) { socket.off("error", onErr); }')).toBe(false);
  });
});
