// Runs each set-up function of the page once; when tracing, through a tracer that times the one call.
export class SetupTracer {
  results: { name: string; ms: number }[] = [];
  record(name: string, setup: () => void) {
    const start = performance.now();
    setup();
    this.results.push({ name, ms: performance.now() - start });
  }
}

export function runSetups(setups: (() => unknown)[]): SetupTracer | null {
  const tracer = !location.search.includes('trace=1') ? null : new SetupTracer();
  if (tracer) {
    for (const setup of setups) tracer.record(setup.name, setup);
  } else {
    for (const setup of setups) setup();
  }
  return tracer;
}

// Runs each listed function on every page change: not once.
export function onEveryPage(handlers: (() => unknown)[]) {
  window.addEventListener('popstate', () => {
    for (const handler of handlers) handler();
  });
}

// Runs each listed function twice: once now, once after the fonts load.
export function runTwice(setups: (() => unknown)[]) {
  for (const setup of setups) setup();
  for (const setup of setups) setup();
}
