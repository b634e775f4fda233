import { describe, expect, it } from 'vitest';
import { getDomEventType } from './dom-event-types';

describe('getDomEventType', () => {
  it('names the lib map entry of a known event', () => {
    expect(getDomEventType('Window', 'keydown')).toBe("WindowEventMap['keydown']");
    expect(getDomEventType('Window', 'popstate')).toBe("WindowEventMap['popstate']");
    expect(getDomEventType('Document', 'visibilitychange', '"')).toBe('DocumentEventMap["visibilitychange"]');
  });

  it('knows which map has which event, and nothing of custom events', () => {
    expect(getDomEventType('Document', 'popstate')).toBeNull();
    expect(getDomEventType('Window', 'visibilitychange')).toBeNull();
    expect(getDomEventType('Window', 'my-event')).toBeNull();
    expect(getDomEventType('HTMLButtonElement', 'click')).toBe("HTMLElementEventMap['click']");
    expect(getDomEventType('WebSocket', 'message')).toBe("WebSocketEventMap['message']");
    expect(getDomEventType('WebSocket', 'click')).toBeNull();
    expect(getDomEventType('Response', 'message')).toBeNull();
  });
});
