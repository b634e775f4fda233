import { define, load } from './config';

// A call the checker accepts: it picks the first overload, which returns no promise.
define({ base: '/' });

// Calls the checker rejects, and the code says so: the overload it reports for them is a guess
// (here the one returning a promise), not a promise to handle. No finding.
// @ts-expect-error -- an unknown option must not compile
define({
  base: '/',
  extra: 1,
});

// @ts-expect-error -- a number is no base
define({ base: 1 });

export async function start(): Promise<void> {
  // Still a finding: a promise from another file, and nothing says the call is wrong.
  load();
}
