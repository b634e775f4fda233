import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { findExportedPrototypeMethod } from './exported-prototype-method';

/** The answer for the first `bus.on(…)` call of `code`. */
function labelAt(code: string): string | null {
  const snippet = parseSnippet(code);
  const call = snippet.find(
    (node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'on' && node.callee.object.type === 'Identifier' && node.callee.object.name === 'bus',
  );
  return findExportedPrototypeMethod(call)?.label ?? null;
}

const METHOD = "Ticker.prototype.listen = function () { bus.on('tick', function () {}); };";

describe('findExportedPrototypeMethod', () => {
  it('a method of a constructor the module exports, run only from its other methods or once at top level', () => {
    expect(labelAt(['function Ticker() {}', METHOD, 'module.exports = Ticker;'].join('\n'))).toBe('Ticker.prototype.listen');
    expect(labelAt(['function Ticker() {}', METHOD, 'Ticker.prototype.start = function () { var self = this; self.listen(); };', 'exports.Ticker = Ticker;'].join('\n'))).toBe('Ticker.prototype.listen');
    expect(labelAt(['function Ticker() {}', METHOD, 'Ticker.prototype.start = function () { Promise.resolve().then(() => this.listen()); };', 'module.exports = { Ticker };', 'new Ticker().start();'].join('\n'))).toBe('Ticker.prototype.listen');
    expect(labelAt(['export function Ticker() {}', METHOD].join('\n'))).toBe('Ticker.prototype.listen');
    // A field of an object literal of the same name is no instance's method
    expect(labelAt(['function Ticker() {}', METHOD, 'module.exports = Ticker;', 'function f() { var cmd; cmd = { listen: "x" }; return cmd.listen; }'].join('\n'))).toBe('Ticker.prototype.listen');
  });

  it('not when the file runs it elsewhere, hands it on, or does not export the constructor', () => {
    expect(labelAt(['function Ticker() {}', METHOD].join('\n'))).toBeNull();
    expect(labelAt(['function Ticker() {}', METHOD, 'module.exports = Ticker;', "process.on('message', () => new Ticker().listen());"].join('\n'))).toBeNull();
    expect(labelAt(['function Ticker() {}', METHOD, 'module.exports = Ticker;', 'Ticker.prototype.start = function () { setInterval(this.listen, 10); };'].join('\n'))).toBeNull();
    expect(labelAt(['function Ticker() {}', METHOD, 'module.exports = Ticker;', "Ticker.prototype.start = function () { this.socket.on('data', () => this.listen()); };"].join('\n'))).toBeNull();
    expect(labelAt(['function Ticker() {}', METHOD, 'module.exports = Ticker;', "for (const t of list) t.listen();"].join('\n'))).toBeNull();
    expect(labelAt(['function Ticker() {}', METHOD, 'module.exports = Ticker;', "emit('listen');"].join('\n'))).toBeNull();
    // In a function of the method that runs per event, not in the method itself
    expect(labelAt(["function Ticker() {}", "Ticker.prototype.listen = function () { this.socket.on('data', function () { bus.on('tick', function () {}); }); };", 'module.exports = Ticker;'].join('\n'))).toBeNull();
  });
});
