import { describe, expect, it } from 'vitest';
import type { NodePath } from '../../src/core/traverse';
import { parseSnippet } from '../../test/helpers/ast';
import { isCombinationOfReleaseFreeSources } from './combined-own-sources';

const IMPORTS = ["import { merge, combineLatest, forkJoin, interval } from 'rxjs';", "import { tap, switchMap } from 'rxjs/operators';", "import { merge as mix } from './streams';"].join('\n');

/** Whether the source of the last `.subscribe(...)` in `body` combines only sources named `own*`. */
function check(body: string): boolean {
  const code = `${IMPORTS}\nclass View { init() { ${body} } }`;
  const calls = parseSnippet(code).findAll((node) => node.type === 'CallExpression' && code.slice(node.callee.start!, node.callee.end!).endsWith('.subscribe'));
  const call = calls[calls.length - 1]!;
  const member = call.child((call.node as unknown as { callee: never }).callee, 'callee');
  const source = member.child((member.node as unknown as { object: never }).object, 'object');
  const isOwn = (part: NodePath): boolean => /^this\.own\w*$/.test(code.slice(part.node.start!, part.node.end!));
  return isCombinationOfReleaseFreeSources(source, isOwn);
}

describe('isCombinationOfReleaseFreeSources', () => {
  it('accepts rxjs combinations of only release-free sources, as arguments, array or object items, through plain pipes', () => {
    expect(check('merge(this.ownA, this.ownB).subscribe();')).toBe(true);
    expect(check('merge(this.ownA, this.ownB).pipe(tap(() => 1)).subscribe();')).toBe(true);
    expect(check('combineLatest([this.ownA, this.ownB]).subscribe();')).toBe(true);
    expect(check('forkJoin({ a: this.ownA, b: this.ownB }).subscribe();')).toBe(true);
  });

  it('refuses one other source, a spread, an operator that subscribes elsewhere, a combination not from rxjs', () => {
    expect(check('merge(this.ownA, this.store.changes$).subscribe();')).toBe(false);
    expect(check('combineLatest([...this.ownAll]).subscribe();')).toBe(false);
    expect(check('merge(this.ownA, this.ownB).pipe(switchMap(() => interval(10))).subscribe();')).toBe(false);
    expect(check('mix(this.ownA, this.ownB).subscribe();')).toBe(false);
    expect(check('merge().subscribe();')).toBe(false);
    expect(check('this.ownA.subscribe();')).toBe(false);
  });
});
