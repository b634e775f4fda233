/**
 * The TypeScript type of a DOM event handler's parameter, for handlers that are moved out of
 * the call that typed them: `window.addEventListener('keydown', (event) => ...)` types
 * `event` from the call; a hoisted `const handleKeydown = (event) => ...` would leave it
 * implicitly `any`. For targets whose type is known (the global object, `document`, an element,
 * a socket) the type is the lib's own map entry (`WindowEventMap['keydown']`), which stays right
 * across `lib.dom` versions.
 *
 * The lists hold the event names every `lib.dom.d.ts` of the last years declares (newer
 * names, and names that moved between maps, are left out: a hoisted handler for them is a
 * suggestion).
 */

/** Events of `GlobalEventHandlersEventMap`, shared by `window` and `document`. */
const GLOBAL_EVENTS =
  'abort animationend animationiteration animationstart beforeinput blur canplay canplaythrough change click compositionend compositionstart ' +
  'compositionupdate contextmenu dblclick drag dragend dragenter dragleave dragover dragstart drop durationchange emptied ended error focus focusin ' +
  'focusout input invalid keydown keypress keyup load loadeddata loadedmetadata loadstart mousedown mouseenter mouseleave mousemove mouseout ' +
  'mouseover mouseup pause play playing pointercancel pointerdown pointerenter pointerleave pointermove pointerout pointerover pointerup progress ' +
  'ratechange reset resize scroll seeked seeking select stalled submit suspend timeupdate touchcancel touchend touchmove touchstart transitionend ' +
  'volumechange waiting wheel';
const WINDOW_EVENTS =
  'afterprint beforeprint beforeunload hashchange message offline online pagehide pageshow popstate storage unload DOMContentLoaded devicemotion ' +
  'deviceorientation orientationchange';
const DOCUMENT_EVENTS = 'DOMContentLoaded fullscreenchange fullscreenerror readystatechange visibilitychange';

const ELEMENT_EVENTS = `${GLOBAL_EVENTS} fullscreenchange fullscreenerror`;

/** Event maps of `lib.dom`, by the target's interface name. */
const EVENT_MAPS: Record<string, { map: string; events: ReadonlySet<string> }> = {
  Window: { map: 'WindowEventMap', events: new Set(`${GLOBAL_EVENTS} ${WINDOW_EVENTS}`.split(' ')) },
  Document: { map: 'DocumentEventMap', events: new Set(`${GLOBAL_EVENTS} ${DOCUMENT_EVENTS}`.split(' ')) },
  HTMLElement: { map: 'HTMLElementEventMap', events: new Set(ELEMENT_EVENTS.split(' ')) },
  WebSocket: { map: 'WebSocketEventMap', events: new Set(['close', 'error', 'message', 'open']) },
  EventSource: { map: 'EventSourceEventMap', events: new Set(['error', 'message', 'open']) },
  BroadcastChannel: { map: 'BroadcastChannelEventMap', events: new Set(['message', 'messageerror']) },
  Worker: { map: 'WorkerEventMap', events: new Set(['error', 'message', 'messageerror']) },
  MediaQueryList: { map: 'MediaQueryListEventMap', events: new Set(['change']) },
};

/**
 * `WindowEventMap['keydown']` for a `Window` listener of `keydown`; the target is named by its
 * interface (`Window`, `Document`, `HTMLElement` or any `HTMLxxxElement`, `WebSocket`,
 * `EventSource`, `BroadcastChannel`, `Worker`, `MediaQueryList`). `null` when the target or
 * the event name is not a known one.
 */
export function getDomEventType(target: string, event: string, quote = "'"): string | null {
  const entry = EVENT_MAPS[/^HTML\w*Element$/.test(target) ? 'HTMLElement' : target];
  return entry?.events.has(event) ? `${entry.map}[${quote}${event}${quote}]` : null;
}
