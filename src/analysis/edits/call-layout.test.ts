import { describe, expect, it } from 'vitest';
import { formatArrowHead, layoutBlockArgument, layoutCall } from './call-layout';

const layout = { indentUnit: '  ', trailingComma: true, printWidth: 80 };
const args = ["'abort'", '() => clearTimeout(reconnectTimeoutId)', '{ once: true }'];

describe('layoutCall', () => {
  it('keeps a call that fits on one line, and any call without a print width', () => {
    const short = ["'abort'", '() => clearTimeout(id)', '{ once: true }'];
    expect(layoutCall('signal.addEventListener', short, '       ', layout, 1)).toBe("signal.addEventListener('abort', () => clearTimeout(id), { once: true })");
    // 81 columns with the `;`: one too many.
    expect(layoutCall('signal.addEventListener', short, '        ', layout, 1)).toBe("signal.addEventListener('abort', () => clearTimeout(id), {\n  once: true,\n})");
    expect(layoutCall('options.signal.addEventListener', args, '      ', { ...layout, printWidth: Infinity })).toBe(
      "options.signal.addEventListener('abort', () => clearTimeout(reconnectTimeoutId), { once: true })",
    );
  });

  it('breaks a last object argument when the rest fits on the call line (counting the indentation)', () => {
    expect(layoutCall('options.signal.addEventListener', args, '    ', { ...layout, printWidth: 100 }, 1)).toBe(
      "options.signal.addEventListener('abort', () => clearTimeout(reconnectTimeoutId), {\n  once: true,\n})",
    );
    expect(layoutCall('options.signal.addEventListener', args, '\t\t', { ...layout, printWidth: 100, indentUnit: '\t', trailingComma: false }, 1)).toBe(
      "options.signal.addEventListener('abort', () => clearTimeout(reconnectTimeoutId), {\n\tonce: true\n})",
    );
  });

  it('puts one argument per line when even the hugged form is too long, or the last argument is not a flat object', () => {
    expect(layoutCall('this.options.requestSignal.addEventListener', ["'abort'", '() => clearTimeout(this.reconnectTimeoutIdentifier)', '{ once: true }'], '    ', layout)).toBe(
      "this.options.requestSignal.addEventListener(\n  'abort',\n  () => clearTimeout(this.reconnectTimeoutIdentifier),\n  { once: true },\n)",
    );
    expect(layoutCall('emitter.addListener', ["'connection-state-changed'", 'handleConnectionStateChangedForThisClient'], '    ', { ...layout, trailingComma: false })).toBe(
      "emitter.addListener(\n  'connection-state-changed',\n  handleConnectionStateChangedForThisClient\n)",
    );
  });

  it('indents the inner lines of a multi-line argument with it', () => {
    expect(layoutCall('signal.addEventListener', ["'abort'", '() => {\n  clearTimeout(a);\n  clearTimeout(b);\n}', '{ once: true, passive: true, capture: false }'], '', { ...layout, printWidth: 20 })).toBe(
      "signal.addEventListener(\n  'abort',\n  () => {\n    clearTimeout(a);\n    clearTimeout(b);\n  },\n  { once: true, passive: true, capture: false },\n)",
    );
  });
});

describe('layoutBlockArgument', () => {
  it('keeps the block on one line without a print width', () => {
    expect(layoutBlockArgument('(error) =>', 'report(error);', '    ', { ...layout, printWidth: Infinity })).toBe('(error) => { report(error); }');
  });

  it('breaks the block as prettier does, relative to the indentation of the line it starts on', () => {
    expect(layoutBlockArgument('(error) =>', 'report(error);', '    ', layout)).toBe('(error) => {\n      report(error);\n    }');
    expect(layoutBlockArgument('(error) =>', 'report(error)', '\t', { ...layout, indentUnit: '\t' })).toBe('(error) => {\n\t\treport(error)\n\t}');
  });
});

describe('formatArrowHead', () => {
  it("keeps prettier's default parentheses unless the formatter avoids them", () => {
    expect(formatArrowHead('error', { arrowParens: 'always' })).toBe('(error) =>');
    expect(formatArrowHead('error', { arrowParens: 'avoid' })).toBe('error =>');
  });
});
