import { onEveryPage, runSetups, runTwice } from './init';
import { setupCopyButtons } from './copy';
import { setupHotkeys } from './hotkeys';
import { setupScrollSpy } from './scroll';
import { setupResizeHint } from './resize';
import { setupSubmitPolyfill } from './polyfill';
import { setupFocusMarks } from './focus';

// Listed once in a call at the module's top level, to a function that runs each once: page lifetime.
const tracer = runSetups([setupCopyButtons, setupHotkeys, setupSubmitPolyfill]);
if (tracer) console.table(tracer.results);

// The real leaks next to them: run on every page change, or twice.
onEveryPage([setupScrollSpy]);
runTwice([setupResizeHint, setupFocusMarks]);
