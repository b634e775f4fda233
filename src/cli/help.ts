/** The text of `unleak --help` and `unleak --list-rules`. */
import { lazyRules as rules } from '../../transforms/registry';
import { DEFAULT_MAX_COMMENTS } from '../report/context';
import { FORMAT_NAMES } from '../report/formats';
import { TOOL_VERSION } from '../version';

export function helpText(): string {
  return `unleak ${TOOL_VERSION} — find resource and async leaks and rewrite them into the safe pattern

Usage: unleak [options] [paths...]
       unleak merge-reports <shard-report.json>... [--format <name>] [--output <file>]
       unleak add-leak-check [dir] [--setup-file <path>] [--dry-run]

Paths are files, directories or globs (default: the current directory). Inside a git
repository .gitignore is honoured; node_modules (unless a .gitignore negation such as
!packages/node_modules/ takes it back), build output, *.min.js, *.d.ts and type tests
(*.test-d.ts) are skipped. A dry run (the default) writes nothing.

Modes:
  -w, --write              Apply auto fixes to the files
      --unsafe             Also apply suggestion fixes (review them!)
      --allow-dirty        Write even if the git work tree has uncommitted changes
      --check              Exit 1 when findings (or unreadable files) remain: a CI gate

Rules:
      --rules <ids>        Run only these rules (comma-separated, repeatable)
      --skip-rules <ids>   Do not run these rules
      --rule-option <rule.option=value>
                           Set a rule option, e.g. fetch-timeout.timeoutMs=5000
      --list-rules         List the rules and exit
  -c, --config <file>      Use this config (unleak.config.json, or package.json "unleak")
      --no-config          Use no config file

Output:
  -f, --format <name>      ${FORMAT_NAMES.join(' | ')} (default: pretty)
  -o, --output <file>      Write the report to a file instead of stdout
  -q, --quiet              No progress bar and no notes on stderr
      --color, --no-color  Force colours on or off (NO_COLOR and FORCE_COLOR are honoured)
      --min-confidence <level>
                           Report only findings at least this sure: high | medium | low.
                           Every fix is high; report-only findings whose truth depends on
                           code not shown (a target passed in) are medium or low. Default:
                           medium for pretty, github, markdown and html; high for
                           github-review; low (everything) for json, sarif, rdjson and
                           diff — pass --min-confidence low to see every finding

Formats: pretty (terminal), json (the machine contract), sarif (GitHub code scanning),
  github (workflow-command annotations), github-review (body of GitHub's "create a review"
  call, with suggestion blocks), rdjson (reviewdog -f=rdjson), diff (a patch for git apply),
  markdown (a PR comment or job summary), html (one self-contained page). See docs/formats.md.

Pull requests:
      --changed-since <ref>
                           Report only findings on lines added or changed since the merge
                           base of <ref> and HEAD (work tree and untracked files included)
      --commit <sha>       github-review: the commit the review is for (the PR's head SHA)
      --max-comments <n>   github-review: at most n inline comments; the rest are listed in
                           the review's body (default: ${DEFAULT_MAX_COMMENTS})

Files:
      --ignore-pattern <p> Skip files matching a gitignore-style pattern (repeatable)
      --no-default-ignores Also scan node_modules, dist, vendor, generated files, ...
      --max-file-size <n>  Skip larger files (default: 1mb; e.g. 2mb, 512kb)
  -j, --jobs <n>           Worker threads (default: 1 on two cores, cores-1 up to 8 above)

Type information:
      --no-types           Syntactic answers only: do not build TypeScript programs for the
                           rules that can ask the checker (unconsumed-promise); config "types"

Cache and CI shards:
      --cache              Take the findings of files whose text, rules, options, settings
                           and answers about other files are unchanged from the cache
                           (off by default; see README "Cache and CI shards")
      --cache-location <path>
                           The cache file, or a directory for it (default:
                           node_modules/.cache/unleak/cache.json by the nearest package.json)
      --cache-strategy <metadata|content>
                           How a file is known unchanged: by its size and modification time
                           (metadata, the default) or by reading and hashing it (content: for
                           checkouts that reset modification times)
      --shard <i/n>        Report only the files of shard i of n (1-based; a stable split by
                           path). Merge the shards' --format json reports with merge-reports

Formatting:
      --no-prettier        Never run prettier on changed files
      --exec-config        Allow prettier configs that run code (JS configs, plugins)

Commands:
  merge-reports <report.json>...
                           Merge the JSON reports of every shard of a run into one report
                           in any --format (see \`unleak merge-reports --help\`)
  add-leak-check [dir]     Install the test-time leak check (unleak/testing) into a vitest or
                           jest project: create a setup file and register it in the config
                           (see \`unleak add-leak-check --help\`)

  -h, --help               Show this help
  -v, --version            Show the version

Exit codes: 0 ran fine · 1 --check found something · 2 usage or internal error

Suppress a finding with a comment on the line above:
  // unleak-ignore-next-line fetch-timeout -- reason
or for a whole file, at the top:  /* unleak-ignore-file [rule-id ...] */

Examples:
  npx unleak src                       report leaks under src/
  npx unleak --write src               fix them (auto fixes only)
  npx unleak --check --format json .   CI gate with a machine-readable report
  npx unleak --changed-since origin/main --format github-review --commit "$HEAD_SHA" .
                                       review a pull request (see docs/pr-bot.md)
`;
}

export function listRulesText(): string {
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  const lines = rules.map((rule) => {
    const options = Object.keys(rule.meta.options);
    return `  ${rule.meta.id.padEnd(width)}  ${rule.meta.fixLevel.padEnd(10)}  ${rule.meta.description}` +
      (options.length > 0 ? `\n  ${' '.repeat(width)}  ${' '.repeat(10)}  options: ${options.join(', ')}` : '');
  });
  return `Rules (id, best fix level, what it finds):\n${lines.join('\n')}\n`;
}
