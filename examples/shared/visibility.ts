/**
 * Page Visibility helpers. Old WebKit only knows the prefixed event, so callers ask for the
 * event name instead of hard-coding it (pure: the same answer on every call).
 */

export function getVisibilityEvent(): 'visibilitychange' {
  return ('onvisibilitychange' in document ? 'visibilitychange' : 'webkitvisibilitychange') as 'visibilitychange';
}

export function isPageHidden(): boolean {
  return document.visibilityState === 'hidden';
}
