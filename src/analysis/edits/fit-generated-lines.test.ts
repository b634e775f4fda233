import { describe, expect, it } from 'vitest';
import { fitGeneratedLines } from './fit-generated-lines';

const style = { indentUnit: '  ', trailingComma: true, printWidth: 60, semicolons: true };

describe('fitGeneratedLines', () => {
  it('leaves lines that fit, any line without a print width, and lines that are not one call', () => {
    expect(fitGeneratedLines('  clearInterval(id);', style)).toBe('  clearInterval(id);');
    const long = "    window.removeEventListener('resize', handleWindowResizeForLayout);";
    expect(fitGeneratedLines(long, { ...style, printWidth: Infinity })).toBe(long);
    const declaration = '  let refreshIntervalHandleForTheDashboard: ReturnType<typeof setInterval> | undefined;';
    expect(fitGeneratedLines(declaration, style)).toBe(declaration);
    expect(fitGeneratedLines('  return () => { window.removeEventListener(resizeEventName, handler); };', style)).toBe(
      '  return () => { window.removeEventListener(resizeEventName, handler); };',
    );
  });

  it('breaks a too-long call one argument per line, at its own indentation, keeping the semicolon', () => {
    expect(fitGeneratedLines("\n    window.removeEventListener('resize', handleWindowResizeForLayout);", style)).toBe(
      "\n    window.removeEventListener(\n      'resize',\n      handleWindowResizeForLayout,\n    );",
    );
    expect(fitGeneratedLines("  window.removeEventListener('resize', handleWindowResizeForLayout)", { ...style, semicolons: false, trailingComma: false })).toBe(
      "  window.removeEventListener(\n    'resize',\n    handleWindowResizeForLayout\n  )",
    );
  });

  it('hugs a last flat object argument when the head fits', () => {
    expect(fitGeneratedLines("  window.removeEventListener('scroll', onScroll, { capture: true });", style)).toBe(
      "  window.removeEventListener('scroll', onScroll, {\n    capture: true,\n  });",
    );
  });

  it("gives a too-long hook callback a block body, and fits the block's statement in turn", () => {
    expect(fitGeneratedLines('onBeforeUnmount(() => clearInterval(refreshDashboardStatisticsHandle));', style)).toBe(
      'onBeforeUnmount(() => {\n  clearInterval(refreshDashboardStatisticsHandle);\n});',
    );
    expect(fitGeneratedLines("  onDestroy(() => document.removeEventListener('visibilitychange', handleVisibilityChange));", style)).toBe(
      "  onDestroy(() => {\n    document.removeEventListener(\n      'visibilitychange',\n      handleVisibilityChange,\n    );\n  });",
    );
  });

  it('counts the first line from the column the text is inserted at', () => {
    const text = "window.removeEventListener('resize', onWindowResizeHandler);\n  ";
    expect(fitGeneratedLines(text, style, 0)).toBe(text);
    expect(fitGeneratedLines(text, style, 4)).toBe("window.removeEventListener(\n      'resize',\n      onWindowResizeHandler,\n    );\n  ");
  });

  it('gives a too-long release loop a block body, as prettier would otherwise break it without braces', () => {
    expect(fitGeneratedLines('    for (const removeListener of this.removeListeners.splice(0)) removeListener();', { ...style, printWidth: 80 })).toBe(
      '    for (const removeListener of this.removeListeners.splice(0)) {\n      removeListener();\n    }',
    );
    expect(fitGeneratedLines('for (const off of offs) off();', style)).toBe('for (const off of offs) off();');
  });
});
