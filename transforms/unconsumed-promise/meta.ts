/**
 * unconsumed-promise: what the engine knows of the rule without loading it (id, prefilter, options,
 * docs). The lazy registry (transforms/registry.ts) reads this module alone; the
 * implementation in ./rule.ts is loaded only when a file or a plan needs it.
 */
import type { RuleMeta } from '../../src/core/rule';
import type { HandlerOptions } from './handler';

export interface UnconsumedPromiseOptions extends HandlerOptions {
  preferAwait: boolean;
}

const MEMBER_CHAIN = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

export const meta: RuleMeta<UnconsumedPromiseOptions> = {
  id: 'unconsumed-promise',
  description: 'A promise nobody awaits, returns or handles: its rejection is unhandled and its result lost.',
  goAnalogue: 'a send on a channel with no receiver',
  fixLevel: 'auto',
  // Not `import`: a file that neither declares nor mentions async work is not parsed, even if
  // it calls an imported async function (measured: 602 instead of 2,503 of the 4,092 bench
  // files; the parse time of the whole dry run would more than double).
  // Not narrower either: a match inside a comment only still lets a file through, since such a
  // file can have a finding without any of these words in its code — a call of a relative
  // import's `async` export, or, with a type program, any call the checker types as a promise —
  // and the files this prefilter admits are also the ones the type layer builds its inferred
  // program from. On the bench corpus 51 of the 298 files parsed for this rule alone match only
  // in comments, and 44 of them `import` a relative module; the other 7 (under 1 % of the
  // parses) do not pay for a comment scanner that must never take code for a comment.
  prefilter: /\basync\b|\bPromise\b|\.then\b|\.finally\b|\bfetch\b|promises|promisify|\baxios\b|['"](?:got|undici)['"]/,
  // The checker finds what the text cannot: methods of imported classes, functions declared
  // in other files or packages (see checked-promise-kind.ts). Syntactic answers without it.
  needsTypes: true,
  docs: 'docs/rules/unconsumed-promise.md',
  options: {
    onError: {
      type: 'string',
      default: '',
      description:
        "The project's reporter for rejections nobody else handles, an identifier or member expression (`logger.error`, `reportError`), called as `onError(error)` for every rejection (for a promise the code can cancel, a request or a call given a signal, every one but an `AbortError`); default: `console.error`.",
      validate: (value) => (value === '' || MEMBER_CHAIN.test(value) ? null : 'must be an identifier or a member expression such as logger.error'),
    },
    preferAwait: {
      type: 'boolean',
      default: false,
      description:
        'Inside an async function (not in a loop, not `new Promise`), the fix is `await work()` as a suggestion instead of `void work().catch(onError)`: for code where a dropped promise is most often a missing `await`.',
    },
    onErrorModule: {
      type: 'string',
      default: '',
      description:
        'The module that exports the first name of `onError` (`./src/logger` relative to the working directory, or a package name): a file without that name in scope gets it imported. Unset: such a file gets a `suggestion`.',
      validate: (value) => (value === '' || /^[^\s'"`]+$/.test(value) ? null : 'must be a module specifier such as ./src/logger or @acme/log'),
    },
  },
};
