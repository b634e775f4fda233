import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { getStartupPlace } from './startup-code';

const place = (code: string) => getStartupPlace(parseSnippet(code, 'js').call('work'));

describe('getStartupPlace', () => {
  it('is top-level outside every function', () => {
    expect(place('work();')).toBe('top-level');
    expect(place('if (ready) { work(); }')).toBe('top-level');
  });

  it('is startup in chain callbacks and immediately invoked functions started at top level', () => {
    expect(place('open().then(() => { work(); });')).toBe('startup');
    expect(place('open().then(() => 1).catch(function () { work(); });')).toBe('startup');
    expect(place('open().finally(() => { work(); });')).toBe('startup');
    expect(place('(async () => { await open(); work(); })();')).toBe('startup');
    expect(place('open().then(() => { (() => { work(); })(); });')).toBe('startup');
  });

  it('is null in any other function, also inside start-up code', () => {
    expect(place('function main() { work(); }')).toBeNull();
    expect(place('function main() { open().then(() => { work(); }); }')).toBeNull();
    expect(place('setTimeout(() => { work(); }, 10);')).toBeNull();
    expect(place("emitter.on('ready', () => { work(); });")).toBeNull();
    expect(place("open().then(() => { emitter.on('ready', () => { work(); }); });")).toBeNull();
    expect(place('open().then(start); function start() { work(); }')).toBeNull();
  });
});
