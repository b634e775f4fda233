import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { isClosedByOwner } from './closed-target';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';

/** Whether the target of the first `<target>.on(...)` call is closed by the call's owner. */
function closed(code: string): boolean {
  const s = parseSnippet(code, 'tsx');
  const call = s.find((node) => (node.type === 'CallExpression' || node.type === 'OptionalCallExpression') && node.callee.type.endsWith('MemberExpression') && code.slice((node.callee as { property: Node }).property.start!, (node.callee as { property: Node }).property.end!) === 'on');
  const callee = call.child((call.node as unknown as { callee: Node }).callee, 'callee');
  const target = callee.child((callee.node as unknown as { object: Node }).object, 'object');
  return isClosedByOwner(target, resolveOwnerScope(call, { sfc: null }));
}

const CLASS = (start: string, stop: string) => `class Service {\n  #server;\n  start() {\n${start}\n  }\n  async stop() {\n${stop}\n  }\n}`;

describe('isClosedByOwner', () => {
  it('counts a close of the same object anywhere in the class', () => {
    expect(closed(CLASS("this.child = fork('a');\nthis.child.on('exit', f);", "this.child.kill('SIGTERM');"))).toBe(true);
    expect(closed(CLASS("this.child.on('exit', f);", 'this.child?.kill();'))).toBe(true);
    expect(closed(CLASS("this.#server.on('error', f);", 'this.#server ? this.#server.close(done) : done();'))).toBe(true);
    expect(closed(CLASS("this.client.on('message', f);", 'await this.client?.endAsync();'))).toBe(true);
    expect(closed(CLASS("this.bus.on('x', f);", 'this.bus.removeAllListeners();'))).toBe(true);
    expect(closed(CLASS("this.request.on('response', f);", 'this.request.abort();'))).toBe(true);
  });

  it('counts a close through a local read as the left of ?? / || from the same member, not from another', () => {
    expect(closed(CLASS("this.conn.on('error', f);", 'const conn = this.conn ?? (await this.pending);\nconn.end();'))).toBe(true);
    expect(closed(CLASS("this.conn.on('error', f);", 'const conn = this.conn || fallback;\nconn.end();'))).toBe(true);
    expect(closed(CLASS("this.conn.on('error', f);", 'const conn = this.backup ?? this.conn;\nconn.end();'))).toBe(false);
    expect(closed(CLASS("this.conn.on('error', f);", 'const conn = this.conn && other;\nconn.end();'))).toBe(false);
  });

  it('counts a close of the member a local is stored in, even when the local is also returned', () => {
    expect(closed(CLASS("const c = open();\nc.on('error', f);\nthis.conn = c;\nreturn c;", 'this.conn.end();'))).toBe(true);
    expect(closed(CLASS("const c = open();\nc.on('error', f);\nthis.conn = c;\nreturn c;", 'this.spare.end();'))).toBe(false);
    expect(closed(CLASS("let c = open();\nc.on('error', f);\nthis.conn = c;\nc = open();", 'this.conn.end();'))).toBe(false);
  });

  it('counts a part of a closed object', () => {
    expect(closed(CLASS("this.child.stdout?.on('data', f);", 'this.child.kill();'))).toBe(true);
    expect(closed(CLASS("this.service.bridge.on('paired', f);", 'this.service.teardown();'))).toBe(true);
  });

  it('counts a close of a local object in the owner function', () => {
    expect(closed("function probe() {\n  const client = connect();\n  client.on('message', () => client.end());\n}")).toBe(true);
    expect(closed("import { useEffect } from 'react';\nfunction C() {\n  useEffect(() => {\n    const socket = io();\n    socket.on('x', f);\n    return () => socket.disconnect();\n  }, []);\n}")).toBe(true);
  });

  it('does not count another object, a global, the owner itself, or one event of removeAllListeners', () => {
    expect(closed(CLASS("this.api.on('x', f);", 'this.child.kill();'))).toBe(false);
    expect(closed(CLASS("this.api.on('x', f);", 'this.close();'))).toBe(false);
    expect(closed(CLASS("window.on('x', f);", 'window.close();'))).toBe(false);
    expect(closed(CLASS("this.bus.on('x', f);", "this.bus.removeAllListeners('y');"))).toBe(false);
    expect(closed(CLASS("this.api.on('x', f);", 'this.api.close;'))).toBe(false);
  });

  it('does not count a close outside the owner function (a module-level socket closed on logout)', () => {
    const code = "import { useEffect } from 'react';\nconst socket = io();\nexport function logout() { socket.disconnect(); }\nfunction C() {\n  useEffect(() => {\n    socket.on('x', f);\n  }, []);\n}";
    expect(closed(code)).toBe(false);
  });

  it("counts the component's own cleanup for a mount hook: a variable of the component, or a class's one instance", () => {
    const solid = (body: string, cleanup: string) => `import { onCleanup, onMount } from 'solid-js';\nfunction Player() {\n  let player;\n  onMount(() => {\n${body}\n  });\n  onCleanup(() => ${cleanup});\n}`;
    expect(closed(solid("player = new Artplayer(o);\nplayer.on('ready', f);", 'player?.destroy()'))).toBe(true);
    expect(closed(solid("Worker.instance().on('done', f);", 'Worker.instance().destroy()'))).toBe(true);
    // Another class's instance, an accessor with arguments (not the one instance), another object.
    expect(closed(solid("Fetcher.instance().on('done', f);", 'Worker.instance().destroy()'))).toBe(false);
    expect(closed(solid("Worker.instance('a').on('done', f);", "Worker.instance('a').destroy()"))).toBe(false);
    expect(closed(solid("bus.on('ready', f);", 'player?.destroy()'))).toBe(false);
    // An effect runs again: each run makes another player, and the cleanup destroys only the last.
    const effect = "import { createEffect, onCleanup } from 'solid-js';\nfunction Player() {\n  let player;\n  createEffect(() => {\n    player = new Artplayer(o);\n    player.on('ready', f);\n  });\n  onCleanup(() => player?.destroy());\n}";
    expect(closed(effect)).toBe(false);
  });

  it("counts a Vue Options-API component's hooks for a class's one instance", () => {
    const options = "import { defineComponent } from 'vue';\ndefineComponent({\n  mounted() {\n    Worker.getInstance().on('done', this.refresh);\n  },\n  beforeUnmount() {\n    Worker.getInstance().destroy();\n  },\n});";
    expect(closed(options)).toBe(true);
    expect(closed(options.replace('Worker.getInstance().destroy()', 'Other.getInstance().destroy()'))).toBe(false);
  });
});
