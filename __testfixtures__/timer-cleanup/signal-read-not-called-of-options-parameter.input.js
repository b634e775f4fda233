// The options parameter carries an AbortSignal the body reads (`settings.signal.aborted`) and
// never calls: the timeout is tied to it (next to skip-signal-called-as-function-of-factory-parameter).
export function refreshLater(settings, redraw) {
  if (settings.signal.aborted) return;
  setTimeout(function () { redraw(); }, 20);
}
