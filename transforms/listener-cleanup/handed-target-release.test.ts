import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveListenerCall, type ListenerCall } from './listener-call';
import { isRemovedByTwinMethod, isRemovedWhereHanded } from './handed-target-release';

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

/** Whether the first registration of `code` is removed by a twin method of its class. */
function removedByTwin(code: string): boolean {
  const s = parseSnippet(code);
  const calls = s.findAll((node: Node) => node.type === 'CallExpression').map((path) => resolveListenerCall(path)).filter((call): call is ListenerCall => call !== null);
  const add = calls.find((call) => call.role === 'add')!;
  return isRemovedByTwinMethod(add, calls.filter((call) => call.role === 'remove'));
}

describe('isRemovedByTwinMethod', () => {
  it('matches a called twin method that removes every listener (of the event) from a parameter of the same type or name', () => {
    expect(removedByTwin('class H { drop(d: D) { this.detach(d); } attach(d: D) { d.on("x", () => {}); } detach(n: D) { n.removeAllListeners(); } }')).toBe(true);
    expect(removedByTwin('class H { drop(d) { this.detach(d); } attach(d) { d.on("x", () => {}); } detach(d) { d.off("x"); } }')).toBe(true);
  });

  it('does not match another event, another type, an uncalled twin, a twin removing one handler, or a function outside the class', () => {
    expect(removedByTwin('class H { drop(d: D) { this.detach(d); } attach(d: D) { d.on("x", () => {}); } detach(d: D) { d.removeAllListeners("y"); } }')).toBe(false);
    expect(removedByTwin('class H { drop(d: E) { this.detach(d); } attach(d: D) { d.on("x", () => {}); } detach(d: E) { d.removeAllListeners(); } }')).toBe(false);
    expect(removedByTwin('class H { attach(d: D) { d.on("x", () => {}); } detach(d: D) { d.removeAllListeners(); } }')).toBe(false);
    expect(removedByTwin('class H { drop(d: D) { this.detach(d); } attach(d: D) { d.on("x", f); } detach(d: D) { d.off("x", g); } }')).toBe(false);
    expect(removedByTwin('class H { drop(d) { this.detach(d); } attach(d) { d.on("x", () => {}); } detach(e) { e.removeAllListeners(); } }')).toBe(false);
    expect(removedByTwin('class H { attach(d: D) { d.on("x", () => {}); } }\nfunction detach(d: D) { d.removeAllListeners(); }\ndetach(x);')).toBe(false);
  });
});
