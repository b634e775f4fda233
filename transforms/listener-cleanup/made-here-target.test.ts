import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { resolveListenerCall, type ListenerCall } from './listener-call';
import { isCreationExpression, isMadeHereTarget } from './made-here-target';

/** Whether the first registration of `code` is on a variable that only holds objects its function made. */
function madeHere(code: string): boolean {
  const snippet = parseSnippet(code, 'js');
  const add = snippet
    .findAll((node: Node) => node.type === 'CallExpression')
    .map(resolveListenerCall)
    .find((call): call is ListenerCall => call !== null && call.role === 'add');
  return isMadeHereTarget(add!.target);
}

describe('isMadeHereTarget', () => {
  it('matches a variable initialised or assigned only with objects the function makes, handed out or not', () => {
    expect(madeHere('function f() { const s = document.createElement("script"); s.addEventListener("load", h, { once: true }); document.head.append(s); return s; }')).toBe(true);
    expect(madeHere('function f() { const img = new Image(); img.addEventListener("load", h); }')).toBe(true);
    expect(madeHere('function f(url) { let e; if (!url) e = document.createElement("style"); else { const l = document.createElement("link"); e = l; } e.addEventListener("load", h); }')).toBe(true);
  });

  it('does not match a variable that may hold something else, a parameter, a module-level object or a member', () => {
    expect(madeHere('function f(x) { let e = x; if (!e) e = document.createElement("div"); e.addEventListener("load", h); }')).toBe(false);
    expect(madeHere('function f() { let e = document.createElement("div"); e = document.body; e.addEventListener("load", h); }')).toBe(false);
    expect(madeHere('function f(e) { e.addEventListener("load", h); }')).toBe(false);
    expect(madeHere('const img = new Image();\nfunction f() { img.addEventListener("load", h); }')).toBe(false);
    expect(madeHere('function f() { const o = { el: new Image() }; o.el.addEventListener("load", h); }')).toBe(false);
    expect(madeHere('function f() { const e = document.querySelector("div"); e.addEventListener("load", h); }')).toBe(false);
  });
});

describe('isMadeHereTarget with Node socket factories', () => {
  it('matches a socket of dgram.createSocket / net.connect the function keeps somewhere or returns', () => {
    expect(madeHere('const dgram = require("dgram");\nfunction f(map) { const s = dgram.createSocket("udp4"); s.on("message", h); map.set(1, { s }); }')).toBe(true);
    expect(madeHere('import { connect } from "node:net";\nfunction f() { const s = connect(80); s.on("data", h); return s; }')).toBe(true);
  });

  it('does not match a socket the function neither keeps nor hands on, nor a createSocket of another object', () => {
    expect(madeHere('const dgram = require("dgram");\nfunction f() { const s = dgram.createSocket("udp4"); s.on("message", h); s.bind(9); }')).toBe(false);
    expect(madeHere('function f(pool, map) { const s = pool.createSocket("udp4"); s.on("message", h); map.set(1, s); }')).toBe(false);
  });
});

describe('isCreationExpression', () => {
  it('knows `new` and the DOM create methods, nothing else', () => {
    const init = (code: string) => (parseSnippet(code, 'js').findAll((node: Node) => node.type === 'VariableDeclarator')[0]!.node as { init: Node }).init;
    expect(isCreationExpression(init('const a = new Image();'))).toBe(true);
    expect(isCreationExpression(init('const a = frame.contentDocument.createElementNS(ns, "svg");'))).toBe(true);
    expect(isCreationExpression(init('const a = getElement();'))).toBe(false);
    expect(isCreationExpression(init('const a = document.getElementById("x");'))).toBe(false);
  });
});
