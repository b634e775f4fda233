/**
 * Events an object fires once, at the end of its life (`'close'`, `'dispose'`, `'exit'`, …): a
 * listener on them cannot outlive the object for long (listener-cleanup's self-ending listeners),
 * and a method handed as their handler is the owner's end (class-owner.ts).
 */
export const TERMINAL_EVENTS: ReadonlySet<string> = new Set(['dispose', 'close', 'end', 'exit', 'finish', 'destroy', 'destroyed', 'closed', 'disposed']);

/** The end of the process or page itself: a handler of one runs once, when everything ends. */
export const PROCESS_END_EVENTS: ReadonlySet<string> = new Set(['beforeunload', 'unload', 'pagehide', 'SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'will-quit', 'before-quit', 'quit', 'window-all-closed']);
