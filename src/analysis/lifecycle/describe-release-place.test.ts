import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { describeReleasePlace } from './describe-release-place';
import { resolveOwnerScope } from './owner-scope';
import { resolveReleasePlace } from './release-place';

function describeFor(code: string, callee = 'setInterval'): string {
  const snippet = parseSnippet(code, 'tsx');
  const call = snippet.call(callee);
  const owner = resolveOwnerScope(call, {});
  const result = resolveReleasePlace(owner, call);
  if (!result.place) throw new Error(result.reason);
  return describeReleasePlace(result.place);
}

describe('describeReleasePlace', () => {
  it('names the place a release goes', () => {
    expect(describeFor("import { useEffect } from 'react';\nuseEffect(() => { setInterval(tick, 1000); }, []);")).toBe('in the returned cleanup');
    expect(describeFor("import { Component } from 'react';\nclass Clock extends Component { componentDidMount() { setInterval(tick, 1000); } }")).toBe(
      'in componentWillUnmount()',
    );
    expect(describeFor('function poll(signal: AbortSignal) { setInterval(tick, 1000); }')).toBe('when the signal aborts');
  });

  it("says that a new ngOnDestroy() must call the base class's first when the base may have one", () => {
    const component = (base: string) =>
      `import { Component } from '@angular/core';\n${base}@Component({ selector: 'x', template: '' })\nclass Clock${base ? ' extends Base' : ''} { ngOnInit() { setInterval(tick, 1000); } }`;
    expect(describeFor(component("import { Base } from 'widget-kit';\n"))).toBe('in a new ngOnDestroy() (which must call super.ngOnDestroy() first if the base class has one)');
    expect(describeFor(component(''))).toBe('in ngOnDestroy()');
  });
});
