/**
 * An EventTarget that counts its listeners (Node's EventTarget has no count of its own), with
 * the fields an image stand-in needs (`src`, natural size) — for runtime proofs that a wait
 * leaves no listener behind.
 */
export class CountingTarget extends EventTarget {
  listeners = 0;
  src = '';
  naturalWidth = 0;
  naturalHeight = 0;
  override addEventListener(...[type, listener, options]: Parameters<EventTarget['addEventListener']>): void {
    this.listeners++;
    const signal = typeof options === 'object' ? options.signal : undefined;
    signal?.addEventListener('abort', () => this.listeners--, { once: true });
    const once = typeof options === 'object' && options.once === true;
    const call = typeof listener === 'function' ? listener : (event: Event) => listener.handleEvent(event);
    super.addEventListener(type, once ? (event: Event) => { this.listeners--; call(event); } : listener, options);
  }
}
