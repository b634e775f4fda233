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

  it('takes the items of a local array the function fills itself, and refuses one used any other way', () => {
    expect(check('const all = [this.ownA]; all.push(this.ownB); forkJoin(all).subscribe();')).toBe(true);
    expect(check('let all = []; for (const x of [1, 2]) all.push(this.ownA); forkJoin(all).subscribe();')).toBe(true);
    expect(check('const all = [this.ownA]; all.push(this.store.changes$); forkJoin(all).subscribe();')).toBe(false);
    expect(check('const all = [this.ownA]; this.keep(all); forkJoin(all).subscribe();')).toBe(false);
    expect(check('let all = [this.ownA]; all = this.more; forkJoin(all).subscribe();')).toBe(false);
    expect(check('const all = [this.ownA]; all[1] = this.store.changes$; forkJoin(all).subscribe();')).toBe(false);
    expect(check('const all = this.sources; forkJoin(all).subscribe();')).toBe(false);
  });
});
