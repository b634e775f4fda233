import { describe, expect, it } from 'vitest';
import type { Class } from '@babel/types';
import { parseSnippet } from '../../../test/helpers/ast';
import type { NodePath } from '../../core/traverse';
import { getClassMemberName, resolveClassOwner } from './class-owner';

const ownerOf = (code: string) => {
  const s = parseSnippet(code, 'tsx');
  const classPath = s.find((node) => node.type === 'ClassDeclaration' || node.type === 'ClassExpression') as NodePath<Class>;
  const owner = resolveClassOwner(classPath);
  return {
    kind: owner.kind,
    release: owner.releaseMethod,
    existing: owner.existingRelease !== null,
    superRelease: owner.superRelease,
    override: owner.usesOverride,
    destroyRef: owner.destroyRef,
    acquire: owner.acquireMembers ? [...owner.acquireMembers] : null,
  };
};

const resolveClassOwnerOf = (code: string) =>
  resolveClassOwner(parseSnippet(code, 'tsx').find((node) => node.type === 'ClassDeclaration' || node.type === 'ClassExpression') as NodePath<Class>);

describe('resolveClassOwner', () => {
  it('recognises React class components', () => {
    expect(ownerOf("import React from 'react'; class A extends React.Component { componentDidMount() {} }")).toMatchObject({
      kind: 'react-class',
      release: 'componentWillUnmount',
      existing: false,
      acquire: ['componentDidMount'],
    });
    expect(ownerOf("import { PureComponent } from 'react'; class A extends PureComponent { componentWillUnmount() {} }")).toMatchObject({ kind: 'react-class', existing: true });
    expect(ownerOf('class A extends Base { componentDidMount() {} render() {} }').kind).toBe('react-class');
    expect(ownerOf('class A extends Base { componentDidMount() {} componentWillUnmount() {} }').kind).toBe('react-class');
    expect(ownerOf('class A { componentDidMount() {} componentWillUnmount() {} }').kind).not.toBe('react-class');
    // Inferno and Preact components have React's lifecycle: a constructor's listener is ended in componentWillUnmount
    expect(ownerOf("import { Component } from 'inferno'; class A extends Component { constructor(p) { super(p); } }")).toMatchObject({ kind: 'react-class', release: 'componentWillUnmount' });
    expect(ownerOf("import { Component } from 'preact'; class A extends Component { componentWillUnmount() {} }")).toMatchObject({ kind: 'react-class', existing: true });
    expect(ownerOf("import { Component } from 'some-ui'; class A extends Component { constructor(p) { super(p); } }").kind).not.toBe('react-class');
  });

  it('marks a NestJS class of the default scope a singleton, not a request- or transient-scoped one', () => {
    const nest = "import { Controller, Injectable, Scope } from '@nestjs/common';\n";
    expect(resolveClassOwnerOf(`${nest}@Controller() class A { poll() {} }`).nestSingleton).toBe(true);
    expect(resolveClassOwnerOf(`${nest}@Injectable({ scope: Scope.DEFAULT }) class A {}`).nestSingleton).toBe(true);
    expect(resolveClassOwnerOf(`${nest}@Injectable({ scope: Scope.REQUEST }) class A {}`).nestSingleton).toBe(false);
    expect(resolveClassOwnerOf(`${nest}@Controller({ path: 'a', scope: Scope.TRANSIENT }) class A {}`).nestSingleton).toBe(false);
    expect(resolveClassOwnerOf('class A { dispose() {} }').nestSingleton).toBeUndefined();
  });

  it('recognises Angular classes and an injected DestroyRef', () => {
    expect(ownerOf('@Component({}) class A { ngOnInit() {} }')).toMatchObject({ kind: 'angular', release: 'ngOnDestroy', destroyRef: null });
    expect(ownerOf('@Injectable() class A { private readonly ref = inject(DestroyRef); }').destroyRef).toBe('ref');
    expect(ownerOf('@Directive({}) class A { constructor(private destroyRef: DestroyRef) {} }').destroyRef).toBe('destroyRef');
    expect(ownerOf('@Pipe({}) class A { #d = inject(DestroyRef); }').destroyRef).toBe('#d');
  });

  it('recognises custom elements and whether the base has lifecycle callbacks', () => {
    expect(ownerOf('class A extends HTMLElement { connectedCallback() {} }')).toMatchObject({ kind: 'custom-element', release: 'disconnectedCallback', superRelease: false });
    expect(ownerOf('class A extends HTMLButtonElement {}')).toMatchObject({ kind: 'custom-element', superRelease: false });
    expect(ownerOf("import { LitElement } from 'lit'; class A extends LitElement { override connectedCallback() { super.connectedCallback(); } }")).toMatchObject({
      kind: 'custom-element',
      superRelease: true,
      override: true,
    });
    expect(ownerOf('class A extends Base { connectedCallback() { super.connectedCallback(); } }')).toMatchObject({ kind: 'custom-element', superRelease: true });
    expect(ownerOf('class A extends Base { connectedCallback() {} }')).toMatchObject({ kind: 'custom-element', superRelease: false });
  });

  it('recognises disposal methods, in order of preference', () => {
    expect(ownerOf('class A { close() {} dispose() {} }')).toMatchObject({ kind: 'disposable-class', release: 'dispose', existing: true });
    expect(ownerOf('class A { [Symbol.asyncDispose]() {} }').release).toBe('[Symbol.asyncDispose]');
    expect(ownerOf('class A { stop = () => {}; }')).toMatchObject({ kind: 'disposable-class', release: 'stop' });
    expect(ownerOf('class A { static dispose() {} }').kind).toBe('plain-class');
    expect(ownerOf('class A { dispose = 1; }').kind).toBe('plain-class');
    expect(ownerOf('class A { run() {} }')).toMatchObject({ kind: 'plain-class', release: 'dispose', existing: false, acquire: null });
  });

  it('takes close/stop/disconnect beside open/start/connect for a toggle: it releases only what the inverse acquired', () => {
    const drawer = resolveClassOwnerOf('class Drawer { open() {} close() {} }');
    expect(drawer).toMatchObject({ kind: 'disposable-class', releaseMethod: 'close' });
    expect([...drawer.acquireMembers!]).toEqual(['open']);
    expect(drawer.outsideAcquireMembers).toMatchObject({ kind: 'plain-class', releaseMethod: 'dispose' });
    expect([...resolveClassOwnerOf('class Ticker { start() {} stop() {} }').acquireMembers!]).toEqual(['start']);
    expect([...resolveClassOwnerOf('class Dialog { show() {} close() {} }').acquireMembers!]).toEqual(['show']);
    // A disposal method that is no toggle wins: the instance ends there.
    expect(resolveClassOwnerOf('class Drawer { open() {} close() {} destroy() {} }')).toMatchObject({ releaseMethod: 'destroy', acquireMembers: null });
    expect(resolveClassOwnerOf('class Feed { open() {} close() {} stop() {} }')).toMatchObject({ releaseMethod: 'stop', acquireMembers: null });
    // Without its inverse, close() ends the instance as before.
    expect(resolveClassOwnerOf('class Socket { close() {} }')).toMatchObject({ releaseMethod: 'close', acquireMembers: null });
    expect(resolveClassOwnerOf('class Socket { close() {} }').outsideAcquireMembers).toBeUndefined();
  });

  it('takes no toggle keyed by its first argument for a release: close(b) does not undo open(a)', () => {
    expect(resolveClassOwnerOf('class Popups { open(id: string, p) { this.list.push({ id, p }); } close(id: string) { const item = this.get(id); } get(id) { return this.list.find((it) => it.id === id); } }')).toMatchObject({ kind: 'plain-class' });
    expect(resolveClassOwnerOf('class Popups { open(id, p) { this.items.set(id, p); } close(id) { this.list = this.list.filter((it) => it.id !== id); } }')).toMatchObject({ kind: 'plain-class' });
    expect(resolveClassOwnerOf('class Tabs { open(key) { this.tabs[key] = 1; } close(key) { delete this.tabs[key]; } destroy() {} }')).toMatchObject({ kind: 'disposable-class', releaseMethod: 'destroy' });
    // The key must reach an item through the parameter on both sides: passed on to any method of the
    // instance (untyped JS), tested against a literal, or picked by the close alone, it keeps the toggle.
    expect(resolveClassOwnerOf('class Panel { open(el) { this.render(el); } close(el) { this.log("closed", el); } render(el) {} log(m, el) {} }')).toMatchObject({ releaseMethod: 'close' });
    expect(resolveClassOwnerOf('class Panel { open(id) { if (id === "a") this.show(); } close(id) { if (id !== "a") this.hide(); } }')).toMatchObject({ releaseMethod: 'close' });
    expect(resolveClassOwnerOf('class Panel { open(id) { this.show(); } close(id) { this.items.delete(id); } }')).toMatchObject({ releaseMethod: 'close' });
    // handed to a member's method that is no collection's (a logger): no item picked
    expect(resolveClassOwnerOf('class Player { open(url) { this.logger.info(url); } close(url) { this.logger.info(url); } }')).toMatchObject({ releaseMethod: 'close' });
    // An argument that picks no item, an optional or a boolean one, or another name: still a toggle.
    expect(resolveClassOwnerOf('class Sheet { open(source) {} close(source) { this.el.dataset.by = source; } }')).toMatchObject({ releaseMethod: 'close' });
    expect(resolveClassOwnerOf('class Sheet { open(id?: string) {} close(id?: string) { this.get(id); } }')).toMatchObject({ releaseMethod: 'close' });
    expect(resolveClassOwnerOf('class Sheet { open(now: boolean) {} close(now: boolean) { if (now === this.now) {} } }')).toMatchObject({ releaseMethod: 'close' });
    expect(resolveClassOwnerOf('class Sheet { open(url) {} close(id) { this.get(id); } }')).toMatchObject({ releaseMethod: 'close' });
  });

  it('takes no disposal-named method that ends the object it is handed for the end of the instance', () => {
    expect(resolveClassOwnerOf('class Api { close(win) { win.close(); } minimize(win) { win.minimize(); } }')).toMatchObject({ kind: 'plain-class' });
    expect(resolveClassOwnerOf('class Views { destroy(view) { view?.destroy(); this.views.delete(view); } }')).toMatchObject({ kind: 'plain-class' });
    // Passing the argument on to what the instance holds is the instance's end.
    expect(resolveClassOwnerOf('class Channel { close(reason) { this.socket.close(1000, reason); } }')).toMatchObject({ kind: 'disposable-class', releaseMethod: 'close' });
    expect(resolveClassOwnerOf('class Pool { close(win) { win.close(); } dispose() {} }')).toMatchObject({ kind: 'disposable-class', releaseMethod: 'dispose' });
  });

  it('takes a disposal the class runs itself mid-life and sets up again after for an uncertain end of the instance', () => {
    expect(resolveClassOwnerOf('class Driver { restart() { this.close().catch(() => {}); this.state = 1; } openPort() { this.port = new Socket(); } close() { return new Promise((resolve) => { this.port = undefined; resolve(); }); } }')).toMatchObject({ kind: 'disposable-class', releaseMethod: 'close', releaseUncertain: true });
    // Only from a listener it defines: the end it reacts to.
    expect(resolveClassOwnerOf('class Driver { openPort() { this.port = new Socket(); this.port.on("error", () => this.close()); } close() { this.port = undefined; } }')).not.toHaveProperty('releaseUncertain');
    // Called mid-life, but nothing is set up again outside the constructor.
    expect(resolveClassOwnerOf('class Driver { constructor() { this.port = new Socket(); } fail() { this.close(); } close() { this.port = undefined; } }')).not.toHaveProperty('releaseUncertain');
  });

  it('takes a disposal a member runs and then calls a set-up member after, in its own code, for an uncertain end of the instance', () => {
    expect(resolveClassOwnerOf('class Feed { connect() { this.ws = new WebSocket(url); } close(skip = false) { this.ws?.close(); this.ws = null; } reconnect() { this.close(true); this.connect(); } }')).toMatchObject({ kind: 'disposable-class', releaseMethod: 'close', releaseUncertain: true });
    expect(resolveClassOwnerOf('class Feed { start() {} async restart() { await this.close(); await this.start(); } close() {} }')).toMatchObject({ releaseMethod: 'close', releaseUncertain: true });
    // Case: the set-up call before the release, only a release, or a set-up name the class does not declare
    expect(resolveClassOwnerOf('class Feed { connect() {} close() {} swap() { this.connect(); this.close(); } }')).not.toHaveProperty('releaseUncertain');
    expect(resolveClassOwnerOf('class Feed { connect() {} close() {} fail() { this.close(true); } }')).not.toHaveProperty('releaseUncertain');
    expect(resolveClassOwnerOf('class Feed { close() {} reconnect() { this.close(); this.open(); } }')).not.toHaveProperty('releaseUncertain');
  });

  it('takes no disposal-named method that ends the item of the instance its parameter picks for the end of the instance', () => {
    expect(resolveClassOwnerOf('class Host { async destroy(id) { const shard = this.shards.get(id); if (!shard) throw new Error(); await shard.destroy(); } }')).toMatchObject({ kind: 'plain-class' });
    expect(resolveClassOwnerOf('class Host { close(id) { this.items[id].close(); } }')).toMatchObject({ kind: 'plain-class' });
    expect(resolveClassOwnerOf('class Host { destroy(id) { this.items.get(id)?.destroy(); } }')).toMatchObject({ kind: 'plain-class' });
    // Handing the argument on to what the instance holds is the instance's end.
    expect(resolveClassOwnerOf('class Relay { async destroy(options) { await this.shard.destroy(options); } }')).toMatchObject({ kind: 'disposable-class', releaseMethod: 'destroy' });
    // A local that is not the picked item does not count.
    expect(resolveClassOwnerOf('class Relay { destroy(id) { const socket = this.socket; this.log(id); socket.destroy(); } }')).toMatchObject({ kind: 'disposable-class', releaseMethod: 'destroy' });
  });

  it('takes a disposal-named method whose parameter picks a mode the class itself calls it in for an uncertain end of the instance', () => {
    expect(resolveClassOwnerOf('class Bus { async connect() { try { await this.open(); } catch { await this.close(Mode.Reconnect); } } close(mode: Mode) { switch (mode) { case Mode.Terminate: this.reset(); } this.socket?.close(); } }')).toMatchObject({ kind: 'disposable-class', releaseMethod: 'close', releaseUncertain: true });
    expect(resolveClassOwnerOf('class Bus { connect() { this.open().catch(() => this.close("pause")); } close(mode) { if (mode === "terminate") this.reset(); this.socket?.close(); } }')).toMatchObject({ kind: 'disposable-class', releaseMethod: 'close', releaseUncertain: true });
    // A plain disposal beside it is taken first.
    expect(resolveClassOwnerOf('class Bus { connect() { this.open().catch(() => this.close("pause")); } close(mode) { if (mode === "terminate") this.reset(); } dispose() { this.close("terminate"); } }')).toMatchObject({ kind: 'disposable-class', releaseMethod: 'dispose' });
    expect(resolveClassOwnerOf('class Bus { connect() { this.open().catch(() => this.close("pause")); } close(mode) { if (mode === "terminate") this.reset(); } dispose() { this.close("terminate"); } }').releaseUncertain).toBeUndefined();
    // Only its users call it in a mode, or it only passes the parameter on: the end of the instance.
    expect(resolveClassOwnerOf('class Bus { close(mode: Mode) { switch (mode) { case Mode.Terminate: this.reset(); } this.socket?.close(); } }')).toMatchObject({ kind: 'disposable-class', releaseMethod: 'close' });
    expect(resolveClassOwnerOf('class Bus { fail() { this.close(1006); } close(code) { this.socket.close(code); } }')).toMatchObject({ kind: 'disposable-class', releaseMethod: 'close' });
    // A nested `function`'s `this` is not the instance.
    expect(resolveClassOwnerOf('class Bus { connect() { el.onerror = function () { this.close("pause"); }; } close(mode) { if (mode === "terminate") this.reset(); } }')).toMatchObject({ kind: 'disposable-class', releaseMethod: 'close' });
  });

  it('takes no disposal-named method the class answers an outside event with for the end of the instance', () => {
    expect(resolveClassOwnerOf('class Events { register() { window.bridge.on(AppEvent.disconnect, this.disconnect.bind(this)); } disconnect() { this.app.reset(); } }')).toMatchObject({ kind: 'plain-class' });
    expect(resolveClassOwnerOf('class Events { constructor(bus) { bus.on("reset", () => this.close()); } close() { this.app.hide(); } }')).toMatchObject({ kind: 'plain-class' });
    expect(resolveClassOwnerOf('class Events { register() { window.bridge?.on("disconnect", this.disconnect.bind(this)); } disconnect() { this.app.reset(); } }')).toMatchObject({ kind: 'plain-class' });
    // A handler called once, or of an event that ends an object or the process: the end it reacts to.
    expect(resolveClassOwnerOf('class Events { constructor(bus) { bus.on("close", () => this.close()); } close() { this.app.hide(); } }')).toMatchObject({ kind: 'disposable-class', releaseMethod: 'close' });
    expect(resolveClassOwnerOf('class Server { start() { process.once("SIGTERM", () => this.close()); } close() { this.log(); } }')).toMatchObject({ kind: 'disposable-class', releaseMethod: 'close' });
    expect(resolveClassOwnerOf('class Poller { start() { window.addEventListener("pagehide", () => this.destroy(), { once: true }); } destroy() {} }')).toMatchObject({ kind: 'disposable-class', releaseMethod: 'destroy' });
    // A handler of the instance's own resource's event: the end it reacts to.
    expect(resolveClassOwnerOf('class Channel { constructor() { this.socket.on("close", this.close.bind(this)); } close() { this.socket.destroy(); } }')).toMatchObject({ kind: 'disposable-class', releaseMethod: 'close' });
    // Another disposal method stays the end.
    expect(resolveClassOwnerOf('class Events { register() { bridge.on("disconnect", this.disconnect); } disconnect() {} dispose() {} }')).toMatchObject({ kind: 'disposable-class', releaseMethod: 'dispose' });
  });

  it('takes a release a member calls and then sets up again for a toggle of that member', () => {
    const manager = resolveClassOwnerOf('class M { session = null; start(id) { if (this.session) this.close(); this.session = { id }; } close() { this.session = null; } }');
    expect(manager).toMatchObject({ kind: 'disposable-class', releaseMethod: 'close' });
    expect([...manager.acquireMembers!]).toEqual(['start']);
    expect(manager.outsideAcquireMembers).toMatchObject({ kind: 'plain-class' });
    // A literal after the call marks a state; a member close() does not clear is no set-up again.
    expect(resolveClassOwnerOf('class G { fail() { this.close(); this.closed = true; } close() { this.closed = true; this.ws = null; } }')).toMatchObject({ releaseMethod: 'close', acquireMembers: null });
    expect(resolveClassOwnerOf('class G { fail() { this.close(); this.log = []; } close() { this.ws = null; } }')).toMatchObject({ releaseMethod: 'close', acquireMembers: null });
    // A set-up before the call, or in a callback that runs later, does not count.
    expect(resolveClassOwnerOf('class G { run() { this.ws = open(); this.close(); } close() { this.ws = null; } }')).toMatchObject({ acquireMembers: null });
    expect(resolveClassOwnerOf('class G { run() { this.close(); later(() => { this.ws = open(); }); } close() { this.ws = null; } }')).toMatchObject({ acquireMembers: null });
  });

  it('names members the way code refers to them', () => {
    const s = parseSnippet('class A { a() {} #b() {} "c"() {} [Symbol.dispose]() {} [key]() {} d = 1; }');
    const names = s.findAll((node) => /^Class(Private)?(Method|Property)$/.test(node.type)).map((path) => getClassMemberName(path.node));
    expect(names).toEqual(['a', '#b', 'c', '[Symbol.dispose]', null, 'd']);
  });
});
