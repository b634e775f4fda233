import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { isParameterPropertyOf } from './parameter-property';

/** The first identifier `bus` inside the constructor body against the first `this.bus`. */
function check(code: string, name = 'bus'): boolean {
  const s = parseSnippet(code);
  const identifier = s.find((node) => node.type === 'Identifier' && node.name === name && (node as { start?: number }).start! > code.indexOf('{', code.indexOf('constructor')));
  const member = s.find((node) => node.type === 'MemberExpression' && node.object.type === 'ThisExpression' && node.property.type === 'Identifier' && node.property.name === name);
  return isParameterPropertyOf(identifier, member);
}

describe('isParameterPropertyOf', () => {
  it('matches a constructor parameter property and this.<name> of the same class', () => {
    expect(check('class A { constructor(private readonly bus: E) { bus.on("x", h); } m() { this.bus.off("x", h); } }')).toBe(true);
    expect(check('class A { constructor(public bus: E = d) { bus.on("x", h); } m() { this.bus.off("x", h); } }')).toBe(true);
  });

  it('does not match a plain parameter, a reassigned one or another class', () => {
    expect(check('class A { bus: E; constructor(bus: E) { bus.on("x", h); } m() { this.bus.off("x", h); } }')).toBe(false);
    expect(check('class A { constructor(private bus: E) { bus = o; bus.on("x", h); } m() { this.bus.off("x", h); } }')).toBe(false);
    expect(check('class A { constructor(private bus: E) { bus.on("x", h); } } class B { m() { this.bus.off("x", h); } }')).toBe(false);
  });

  it("matches a React class component's constructor parameters handed to super(props, context) and this.props / this.context", () => {
    const react = "import React from 'react'; ";
    expect(check(react + 'class A extends React.Component { constructor(props, context) { super(props, context); context.client.on("x", h); } componentWillUnmount() { this.context.client.off("x", h); } }', 'context')).toBe(true);
    expect(check(react + 'class A extends React.Component { constructor(props) { super(props); props.room.on("x", h); } componentWillUnmount() { this.props.room.off("x", h); } }', 'props')).toBe(true);
  });

  it('does not match them out of place: another position, no super call, not a React component, reassigned', () => {
    const react = "import React from 'react'; ";
    expect(check(react + 'class A extends React.Component { constructor(context, props) { super(context, props); context.client.on("x", h); } componentWillUnmount() { this.context.client.off("x", h); } }', 'context')).toBe(false);
    expect(check(react + 'class A extends React.Component { constructor(props, context) { super(props); context.client.on("x", h); } componentWillUnmount() { this.context.client.off("x", h); } }', 'context')).toBe(false);
    expect(check('class A extends Base { constructor(props, context) { super(props, context); context.client.on("x", h); } dispose() { this.context.client.off("x", h); } }', 'context')).toBe(false);
    expect(check(react + 'class A extends React.Component { constructor(props, context) { super(props, context); context = other; context.client.on("x", h); } componentWillUnmount() { this.context.client.off("x", h); } }', 'context')).toBe(false);
  });

  it('matches a parameter the constructor stores as this.<name> (JavaScript)', () => {
    expect(check('class A { constructor(bus) { bus.on("x", h); this.bus = bus; } dispose() { this.bus.off("x", h); } }')).toBe(true);
  });

  it('does not match a parameter stored only in a branch, under another field, or reassigned', () => {
    expect(check('class A { constructor(bus) { bus.on("x", h); if (ok) this.bus = bus; } dispose() { this.bus.off("x", h); } }')).toBe(false);
    expect(check('class A { constructor(bus) { bus.on("x", h); this.bus = other; } dispose() { this.bus.off("x", h); } }')).toBe(false);
    expect(check('class A { constructor(bus) { bus.on("x", h); this.events = bus; } dispose() { this.bus.off("x", h); } }')).toBe(false);
    expect(check('class A { constructor(bus) { bus = wrap(bus); bus.on("x", h); this.bus = bus; } dispose() { this.bus.off("x", h); } }')).toBe(false);
  });

  it('matches a method parameter the method stores as this.<name>, not a static one, one stored in a branch or a reassigned one', () => {
    // The `bus` whose `.on(...)` is called, against the first `this.bus`.
    const checkOn = (code: string): boolean => {
      const s = parseSnippet(code);
      const call = s.find((node) => node.type === 'MemberExpression' && node.property.type === 'Identifier' && node.property.name === 'on');
      const identifier = call.child((call.node as unknown as { object: never }).object, 'object');
      const member = s.find((node) => node.type === 'MemberExpression' && node.object.type === 'ThisExpression' && node.property.type === 'Identifier' && node.property.name === 'bus');
      return isParameterPropertyOf(identifier, member);
    };
    expect(checkOn('class A { connect(bus) { this.bus = bus; bus.on("x", h); } disconnect() { this.bus.off("x", h); } }')).toBe(true);
    expect(checkOn('class A { static connect(bus) { this.bus = bus; bus.on("x", h); } disconnect() { this.bus.off("x", h); } }')).toBe(false);
    expect(checkOn('class A { connect(bus) { if (bus.ok) this.bus = bus; bus.on("x", h); } disconnect() { this.bus.off("x", h); } }')).toBe(false);
    expect(checkOn('class A { connect(bus) { this.bus = bus; bus = other; bus.on("x", h); } disconnect() { this.bus.off("x", h); } }')).toBe(false);
  });
});

describe('isParameterPropertyOf: a parameter handed to the base class method of the same name', () => {
  it('matches `init(renderer) { super.init(renderer); … }` and `this.renderer`, which this class never assigns', () => {
    expect(check('class A extends B { init(renderer) { super.init(renderer); renderer.el.on("x", h); } dispose() { this.renderer.el.off("x", h); } }', 'renderer')).toBe(true);
    expect(check('class A extends B { async init(renderer) { await super.init(renderer); renderer.el.on("x", h); } dispose() { this.renderer.el.off("x", h); } }', 'renderer')).toBe(true);
  });

  it('does not match when the base is not handed it, at another position, or the class assigns the field', () => {
    expect(check('class A extends B { init(renderer) { super.init(); renderer.el.on("x", h); } dispose() { this.renderer.el.off("x", h); } }', 'renderer')).toBe(false);
    expect(check('class A extends B { init(renderer, r2) { super.init(r2, renderer); renderer.el.on("x", h); } dispose() { this.renderer.el.off("x", h); } }', 'renderer')).toBe(false);
    expect(check('class A extends B { init(renderer) { super.start(renderer); renderer.el.on("x", h); } dispose() { this.renderer.el.off("x", h); } }', 'renderer')).toBe(false);
    expect(check('class A extends B { init(renderer) { super.init(renderer); renderer.el.on("x", h); } swap(r) { this.renderer = r; } dispose() { this.renderer.el.off("x", h); } }', 'renderer')).toBe(false);
    expect(check('class A { init(renderer) { renderer.el.on("x", h); } dispose() { this.renderer.el.off("x", h); } }', 'renderer')).toBe(false);
  });
});

/** The parameter `param` where `<param>.el.on` is written against the `this.<field>` of `this.<field>.el.off`. */
function checkBase(code: string, param: string, field: string): boolean {
  const s = parseSnippet(code);
  const identifier = s.find((node) => node.type === 'Identifier' && node.name === param && node.start === code.indexOf(`${param}.el.on`));
  const member = s.find((node) => node.type === 'MemberExpression' && node.object.type === 'ThisExpression' && node.start === code.indexOf(`this.${field}.el.off`));
  return isParameterPropertyOf(identifier, member);
}

describe('isParameterPropertyOf: a base class of this file stores what it is handed', () => {
  it("matches the field the base's method or constructor stores the handed parameter in, whatever its name", () => {
    expect(checkBase('class B { init(backend) { this.renderer = backend; } } class A extends B { init(r) { super.init(r); r.el.on("x", h); } dispose() { this.renderer.el.off("x", h); } }', 'r', 'renderer')).toBe(true);
    expect(checkBase('class B { constructor(target) { this.host = target; } } class A extends B { constructor(t) { super(t); t.el.on("x", h); } dispose() { this.host.el.off("x", h); } }', 't', 'host')).toBe(true);
    expect(checkBase('class B { constructor(a, target) { this.host = target; } } class A extends B { constructor(t) { super(null, t); t.el.on("x", h); } dispose() { this.host.el.off("x", h); } }', 't', 'host')).toBe(true);
  });

  it('does not match a field of the same name the base does not store it in, or another position', () => {
    expect(checkBase('class B { init(renderer) { this.other = renderer; } } class A extends B { init(renderer) { super.init(renderer); renderer.el.on("x", h); } dispose() { this.renderer.el.off("x", h); } }', 'renderer', 'renderer')).toBe(false);
    expect(checkBase('class B { init(a, renderer) { this.renderer = renderer; } } class A extends B { init(r) { super.init(r); r.el.on("x", h); } dispose() { this.renderer.el.off("x", h); } }', 'r', 'renderer')).toBe(false);
    expect(checkBase('class B { constructor(target) { this.host = target; } } class A extends B { constructor(t) { super(t); t.el.on("x", h); } swap(o) { this.host = o; } dispose() { this.host.el.off("x", h); } }', 't', 'host')).toBe(false);
    expect(checkBase('class A extends B { constructor(host) { super(host); host.el.on("x", h); } dispose() { this.host.el.off("x", h); } }', 'host', 'host')).toBe(false);
  });
});
