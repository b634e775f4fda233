import { describe, expect, it } from 'vitest';
import type { CallExpression } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { describePageElementUrl } from './page-element-url';

const elementUrl = (code: string) => describePageElementUrl(parseSnippet(code).call('fetch') as NodePath<CallExpression>);

describe('describePageElementUrl', () => {
  it("reads the src of an element looked up on the page or typed as a media element", () => {
    expect(elementUrl("const image = document.querySelector('.image');\nfetch(image.src);")).toBe('image.src');
    expect(elementUrl("let image: any = document.getElementById('cover');\nfetch(image.src);")).toBe('image.src');
    expect(elementUrl("fetch(document.querySelector('img')!.src);")).toBe('document.querySelector(…).src');
    expect(elementUrl('(video: HTMLVideoElement) => fetch(video.currentSrc);')).toBe('video.currentSrc');
  });

  it('is null for any other src, a reassigned variable, a local `document`, or another property', () => {
    expect(elementUrl('(config: { src: string }) => fetch(config.src);')).toBeNull();
    expect(elementUrl("let image = document.querySelector('img');\nimage = other;\nfetch(image.src);")).toBeNull();
    expect(elementUrl("const document = parse(html);\nconst image = document.querySelector('img');\nfetch(image.src);")).toBeNull();
    expect(elementUrl("const link = document.querySelector('a');\nfetch(link.href);")).toBeNull();
    expect(elementUrl("const image = document.querySelector('img');\nfetch(image['src']);")).toBeNull();
  });
});
