import { describe, expect, it } from 'vitest';
import { getDomEventType } from './dom-event-types';

describe('getDomEventType', () => {
  it('names the lib map entry of a known event', () => {
    expect(getDomEventType('window', 'keydown')).toBe("WindowEventMap['keydown']");
    expect(getDomEventType('window', 'popstate')).toBe("WindowEventMap['popstate']");
    expect(getDomEventType('document', 'visibilitychange', '"')).toBe('DocumentEventMap["visibilitychange"]');
  });

  it('knows which map has which event, and nothing of custom events', () => {
    expect(getDomEventType('document', 'popstate')).toBeNull();
    expect(getDomEventType('window', 'visibilitychange')).toBeNull();
    expect(getDomEventType('window', 'my-event')).toBeNull();
  });
});
