import { describe, expect, it } from 'vitest';
import { SourceText } from '../../core/source-text';
import { keepsLongCallsOnOneLine } from './keeps-long-calls';

describe('keepsLongCallsOnOneLine', () => {
  it('is true when a one-line call statement goes past the width', () => {
    const source = new SourceText("function f() {\n\t\tthis._canvasTarget.addEventListener( 'dispose', this._onCanvasTargetDispose );\n}\n");
    expect(keepsLongCallsOnOneLine(source, 80)).toBe(true);
    expect(keepsLongCallsOnOneLine(source, 120)).toBe(false);
  });

  it('is false for a file whose long lines are broken calls, comments or strings', () => {
    const source = new SourceText(
      "// a comment that is much longer than the print width of sixty columns, as comments are\nconst message = 'a string literal that is much longer than the print width of sixty columns';\nwindow.addEventListener(\n  'resize',\n  handleWindowResizeForLayout,\n);\n",
    );
    expect(keepsLongCallsOnOneLine(source, 60)).toBe(false);
  });

  it('counts a long one-line call whose last argument opens a block', () => {
    const chain = "void fetch('/api/incidents').then((response) => response.json()).then(setIncidents).catch((error) => {\n  report(error);\n});\n";
    expect(keepsLongCallsOnOneLine(new SourceText(chain), 80)).toBe(true);
    // Formatted at the width, the same chain is broken: nothing long is left.
    const broken = "void fetch('/api/incidents')\n  .then((response) => response.json())\n  .catch((error) => {\n    report(error);\n  });\n";
    expect(keepsLongCallsOnOneLine(new SourceText(broken), 80)).toBe(false);
  });

  it('is true without a print width (nothing is broken then)', () => {
    expect(keepsLongCallsOnOneLine(new SourceText('f();\n'), Infinity)).toBe(true);
  });
});
