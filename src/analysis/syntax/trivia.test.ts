import { describe, expect, it } from 'vitest';
import { SourceText } from '../../core/source-text';
import { findLineEndAfter, skipTrivia } from './trivia';

describe('skipTrivia', () => {
  it('skips whitespace, line comments and block comments', () => {
    const text = 'a  // note\n  /* block */ , b';
    expect(text[skipTrivia(text, 1)]).toBe(',');
  });

  it('stops at `to` and at an unterminated block comment', () => {
    expect(skipTrivia('a   ', 1, 3)).toBe(3);
    expect(skipTrivia('a /* open', 1)).toBe(2);
  });
});

describe('findLineEndAfter', () => {
  it('returns the line end when only trivia follows', () => {
    const source = new SourceText("a: 1, // keep me\nb: 2");
    expect(findLineEndAfter(source, 5)).toBe(16);
  });

  it('returns null when code follows on the line', () => {
    const source = new SourceText('a: 1, b: 2\n');
    expect(findLineEndAfter(source, 5)).toBeNull();
  });

  it('returns null when a block comment runs into the next line', () => {
    const source = new SourceText('a: 1, /* starts\n ends */');
    expect(findLineEndAfter(source, 5)).toBeNull();
  });
});
