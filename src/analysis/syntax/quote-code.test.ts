import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { quoteCode } from './quote-code';

/** The quote of the outermost expression of `code`'s first statement. */
function quote(code: string, language: 'ts' | 'tsx' = 'ts'): string {
  const snippet = parseSnippet(code, language);
  const statement = snippet.ast.program.body[0]!;
  const node: Node = statement.type === 'ExpressionStatement' ? statement.expression : statement;
  return quoteCode(node, code);
}

describe('quoteCode', () => {
  it('quotes the last member of a multi-line chain, arguments elided', () => {
    const code = ['this.server', '  .listen(0, () => resolve())', '  .on("error", (error) => {', '    reject(error);', '  });'].join('\n');
    expect(quote(code)).toBe('….on("error", …)');
  });

  it('keeps a one-line object and short arguments: names and literals', () => {
    expect(quote("window.addEventListener('resize', onResize, { passive: true });")).toBe("window.addEventListener('resize', onResize, …)");
    expect(quote("el.addEventListener('click', () => setOpen(false));")).toBe("el.addEventListener('click', …)");
    expect(quote('emitter.on(EVENTS.change, this.handleChange);')).toBe('emitter.on(EVENTS.change, this.handleChange)');
  });

  it('writes a run of elided arguments once', () => {
    expect(quote('source.subscribe(() => a(), (error) => b(error), () => c());')).toBe('source.subscribe(…)');
  });

  it('elides the object of a call on a multi-line constructor', () => {
    const code = ['new Duplex({', '  read: () => {},', '  write: (chunk, encoding, done) => done(),', "}).on('prefinish', onPrefinish);"].join('\n');
    expect(quote(code)).toBe("….on('prefinish', onPrefinish)");
  });

  it('keeps long names whole and drops the arguments of a long call', () => {
    const name = 'aVeryLongNameForAnEventEmitterThatSomebodyChoseOnPurposeInThisCodebase';
    expect(quote(`${name};`)).toBe(name);
    expect(quote(`${name}.addListener(someEventNameConstant, someHandlerFunctionName, options);`)).toBe(`${name}.addListener(…)`);
  });

  it('reduces a multi-line template literal to its outline', () => {
    expect(quote('`line one ${value}\nline two`;')).toBe('`…`');
    expect(quote('fetch(`/api/${id}`, {\n  method: "PUT",\n});')).toBe('fetch(`/api/${id}`, …)');
    expect(quote('html`<div>\n  ${content}\n</div>`;')).toBe('html`…`');
  });

  it('reduces JSX to the element name', () => {
    expect(quote('<Dialog open={open} onClose={() => setOpen(false)}>\n  <Body />\n</Dialog>;', 'tsx')).toBe('<Dialog …>…</Dialog>');
    expect(quote('<Spinner size="large" color="primary" label="Loading the dashboard, please wait" />;', 'tsx')).toBe('<Spinner … />');
  });

  it('keeps short one-line code that is not a call as written', () => {
    expect(quote('options.signal;')).toBe('options.signal');
    expect(quote('init?.signal ?? controller.signal;')).toBe('init?.signal ?? controller.signal');
  });

  it('cuts other long code at its first line and marks the cut', () => {
    expect(quote('cond\n  ? first\n  : second;')).toBe('cond…');
  });
});
