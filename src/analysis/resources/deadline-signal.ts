/**
 * The `AbortSignal` expression a fix writes: a deadline, merged with the signal already in
 * scope when there is one, using only the APIs the runtime target has.
 *
 *   no signal in scope     AbortSignal.timeout(T)
 *   a signal in scope      AbortSignal.any([signal, AbortSignal.timeout(T)])
 *   it may be undefined    signal ? AbortSignal.any([signal, AbortSignal.timeout(T)]) : AbortSignal.timeout(T)
 *
 * Where the target lacks `AbortSignal.timeout` or `AbortSignal.any`, a configured helper
 * (`timeoutSignal(T)`, `anySignal([...])`) takes its place; without one the expression cannot
 * be built and the caller reports why.
 */
import type { RuntimeTarget } from '../../core/rule';
import type { SignalInScope } from './signal-in-scope';

/** Local names of the project's helpers, when configured (see the `abortHelpers` option). */
export interface AbortHelperNames {
  /** `(ms: number) => AbortSignal`, used where `AbortSignal.timeout` is missing. */
  timeout?: string;
  /** `(signals: AbortSignal[]) => AbortSignal`, used where `AbortSignal.any` is missing. */
  any?: string;
}

export interface DeadlineSignalInput {
  /** The timeout as written (`10_000`, `config.httpTimeoutMs`). */
  timeout: string;
  /** Signals to keep (the one in scope, a request's own); those that may be undefined are merged only when present. */
  signals: readonly Pick<SignalInScope, 'expression' | 'narrowed' | 'mayBeUndefined'>[];
  target: RuntimeTarget;
  helpers?: AbortHelperNames;
}

export type DeadlineSignal =
  | {
      ok: true;
      text: string;
      /** The text is a conditional (`a ? b : c`): parenthesize it inside `??`, `||`, …. */
      isConditional: boolean;
      /** Helpers the text calls (import them). */
      usedHelpers: ('timeout' | 'any')[];
    }
  | { ok: false; missing: 'AbortSignal.timeout' | 'AbortSignal.any' };

export function buildDeadlineSignal({ timeout, signals, target, helpers = {} }: DeadlineSignalInput): DeadlineSignal {
  const usedHelpers = new Set<'timeout' | 'any'>();
  let deadline: string;
  if (target.abortSignalTimeout) deadline = `AbortSignal.timeout(${timeout})`;
  else if (helpers.timeout) {
    deadline = `${helpers.timeout}(${timeout})`;
    usedHelpers.add('timeout');
  } else return { ok: false, missing: 'AbortSignal.timeout' };

  if (signals.length === 0) return { ok: true, text: deadline, isConditional: false, usedHelpers: [...usedHelpers] };

  let anyFunction: string;
  if (target.abortSignalAny) anyFunction = 'AbortSignal.any';
  else if (helpers.any) {
    anyFunction = helpers.any;
    usedHelpers.add('any');
  } else return { ok: false, missing: 'AbortSignal.any' };

  const defined = signals.filter((signal) => !signal.mayBeUndefined).map((signal) => signal.expression);
  const optionals = signals.filter((signal) => signal.mayBeUndefined);
  const merge = (list: string[]): string => (list.length === 1 ? list[0]! : `${anyFunction}([${list.join(', ')}])`);
  if (optionals.length === 0) return { ok: true, text: merge([...defined, deadline]), isConditional: false, usedHelpers: [...usedHelpers] };
  // Each signal that may be missing is merged only when it is there: `a ? any([a, d]) : d`; with a
  // second one (a node-fetch Request's own signal beside an optional caller's), one test inside the other.
  const branch = (rest: typeof optionals, kept: string[]): string => {
    const [optional, ...others] = rest;
    if (!optional) return merge([...kept, deadline]);
    const inner = (list: string[]): string => (others.length > 0 ? `(${branch(others, list)})` : branch(others, list));
    return `${optional.expression} ? ${inner([...kept, optional.narrowed])} : ${inner(kept)}`;
  };
  const text = branch(optionals, defined);
  return { ok: true, text, isConditional: true, usedHelpers: [...usedHelpers] };
}
