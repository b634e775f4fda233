/**
 * The TypeScript type of a DOM event handler's parameter, for handlers that are moved out of
 * the call that typed them: `window.addEventListener('keydown', (event) => ...)` types
 * `event` from the call; a hoisted `const handleKeydown = (event) => ...` would leave it
 * implicitly `any`. For the global object and `document` the type is the lib's own map entry
 * (`WindowEventMap['keydown']`), which stays right across `lib.dom` versions.
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

const EVENT_MAPS: Record<'window' | 'document', { map: string; events: ReadonlySet<string> }> = {
  window: { map: 'WindowEventMap', events: new Set(`${GLOBAL_EVENTS} ${WINDOW_EVENTS}`.split(' ')) },
  document: { map: 'DocumentEventMap', events: new Set(`${GLOBAL_EVENTS} ${DOCUMENT_EVENTS}`.split(' ')) },
};

/** `WindowEventMap['keydown']` for a `window` listener of `keydown`; `null` when the name is not a known one. */
export function getDomEventType(target: 'window' | 'document', event: string, quote = "'"): string | null {
  const { map, events } = EVENT_MAPS[target];
  return events.has(event) ? `${map}[${quote}${event}${quote}]` : null;
}
