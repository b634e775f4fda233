import type { CallExpression } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import type { NodePath } from '../../src/core/traverse';
import { resolveParentCallback } from './parent-callback';

const parent = (code: string) => resolveParentCallback(parseSnippet(code, 'tsx').call('setTimeout') as NodePath<CallExpression>, code);

describe('resolveParentCallback', () => {
  it('names the props function a timer only hands the component props to', () => {
    expect(parent('class A extends Component { componentDidMount() { setTimeout(() => this.props.onExpire(this.props.id), 5); } }')).toBe('this.props.onExpire');
    expect(parent('function T({ id, onDismiss }) { useEffect(() => { setTimeout(() => { onDismiss(id); }, 5); }, []); }')).toBe('onDismiss');
    expect(parent('function T(props) { useEffect(() => { setTimeout(() => props.onShown(props.text), 5); }, []); }')).toBe('props.onShown');
    expect(parent('class A extends Component { componentDidMount() { const { id, remove } = this.props; setTimeout(() => remove(id), 5); } }')).toBe('remove');
  });

  it('leaves other callbacks alone', () => {
    // A bare call, a literal argument, a function passed by name: work done for the component
    expect(parent('function T({ focus }) { useEffect(() => { setTimeout(() => focus(), 5); }, []); }')).toBe(null);
    expect(parent("function T({ toast }) { useEffect(() => { setTimeout(() => toast('welcome'), 5); }, []); }")).toBe(null);
    expect(parent('function T({ focus }) { useEffect(() => { setTimeout(focus, 5); }, []); }')).toBe(null);
    // It also touches the component's own state
    expect(parent('class A extends Component { componentDidMount() { setTimeout(() => { this.setState({ x: 1 }); this.props.onX(this.props.id); }, 5); } }')).toBe(null);
    // `function () {}` has its own `this`
    expect(parent('class A extends Component { componentDidMount() { setTimeout(function () { this.props.onX(this.props.id); }, 5); } }')).toBe(null);
    // Not a props value: a local function, a module function
    expect(parent('function T({ id }) { const drop = (x) => x; useEffect(() => { setTimeout(() => drop(id), 5); }, []); }')).toBe(null);
    expect(parent('function T(options) { setTimeout(() => options.done(options.id), 5); }')).toBe(null);
  });
});
