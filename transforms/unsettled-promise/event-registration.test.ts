import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { getEventRegistration, getHandlerForm, getResolvedValue } from './event-registration';

const registration = (code: string, callee: string) => getEventRegistration(parseSnippet(code, 'ts').call(callee).node);
const handler = (code: string, callee: string) => registration(code, callee)!.handler;

describe('getEventRegistration', () => {
  it('reads emitter and EventTarget registrations', () => {
    // Case: Node emitter
    const emitter = registration("child.once('exit', resolve);", 'child.once')!;
    expect([emitter.api, emitter.eventName, emitter.options]).toEqual(['emitter', 'exit', null]);
    // Case: DOM target with options
    const target = registration("image.addEventListener('load', resolve, { once: true });", 'image.addEventListener')!;
    expect([target.api, target.eventName, target.options?.type]).toEqual(['event-target', 'load', 'ObjectExpression']);
    // Case: an event name that is not written as a string
    expect(registration('bus.on(EVENTS.ready, resolve);', 'bus.on')!.eventName).toBe(null);
  });

  it('ignores other calls and emitter calls with another arity', () => {
    expect(registration("bus.emit('ready', 1);", 'bus.emit')).toBe(null);
    expect(registration("socket.on('data', onData, context);", 'socket.on')).toBe(null);
    expect(registration('on(resolve);', 'on')).toBe(null);
  });
});

describe('getHandlerForm', () => {
  it('tells how the handler hands the event to resolve', () => {
    expect(getHandlerForm(handler("e.once('x', resolve);", 'e.once'), 'resolve')).toBe('resolve');
    expect(getHandlerForm(handler("e.once('x', (v) => resolve(v));", 'e.once'), 'resolve')).toBe('forward');
    expect(getHandlerForm(handler("e.once('x', () => { resolve(); });", 'e.once'), 'resolve')).toBe('empty');
    expect(getHandlerForm(handler("e.once('x', () => resolve(socket));", 'e.once'), 'resolve')).toBe('value');
    expect(getHandlerForm(handler("e.once('x', (v) => { if (v.ok) resolve(v); });", 'e.once'), 'resolve')).toBe('other');
    expect(getHandlerForm(handler("e.once('x', (v) => resolve(v.data));", 'e.once'), 'resolve')).toBe('other');
  });

  it('is null for a handler that does not resolve', () => {
    expect(getHandlerForm(handler("e.once('x', done);", 'e.once'), 'resolve')).toBe(null);
    expect(getHandlerForm(handler("e.once('x', () => log());", 'e.once'), 'resolve')).toBe(null);
  });
});

describe('getResolvedValue', () => {
  it('accepts names and member chains known before the event, not the `this` of a function expression', () => {
    expect(getResolvedValue(handler("e.once('x', () => resolve(this.socket));", 'e.once'))?.type).toBe('MemberExpression');
    expect(getResolvedValue(handler("e.once('x', function () { resolve(this.socket); });", 'e.once'))).toBe(null);
    expect(getResolvedValue(handler("e.once('x', () => resolve(make()));", 'e.once'))).toBe(null);
  });
});
