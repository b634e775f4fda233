/**
 * What formatters need beyond the run itself, computed once by the CLI (or a test): where the
 * repository root is, the review's commit and comment cap.
 */
import { createRepositoryPathResolver } from '../core/repository-path';
import type { RunResult } from '../core/finding';
import { getRuleHelp, type RuleHelp } from './rule-docs';

/** Default for `--max-comments`: inline comments beyond it go into the review's body. */
export const DEFAULT_MAX_COMMENTS = 50;

export interface FormatContext {
  color: boolean;
  cwd: string;
  /**
   * A reported path (`Finding.file`) relative to the repository root with `/`: what SARIF,
   * GitHub and reviewdog key on. Outside git (or outside the repository), the path as
   * reported.
   */
  repositoryPath: (file: string) => string;
  /** The commit a GitHub review is for (`--commit`); GitHub takes the PR's head when absent. */
  commitId?: string;
  /** Most inline comments in a GitHub review (`--max-comments`). */
  maxComments: number;
  /** Description, Go analogue, fix level and page of a rule, from the run's rules. */
  ruleHelp: (id: string) => RuleHelp;
}

export interface FormatContextOptions {
  color?: boolean;
  commitId?: string;
  maxComments?: number;
}

export function createFormatContext(result: Pick<RunResult, 'cwd' | 'repositoryRoot' | 'realCwd'> & Partial<Pick<RunResult, 'rules'>>, options: FormatContextOptions = {}): FormatContext {
  const resolve = result.repositoryRoot ? createRepositoryPathResolver(result.cwd, result.realCwd ?? result.cwd, result.repositoryRoot) : null;
  const cache = new Map<string, string>();
  const context: FormatContext = {
    color: options.color ?? false,
    cwd: result.cwd,
    repositoryPath: (file) => {
      let mapped = cache.get(file);
      if (mapped === undefined) {
        mapped = resolve?.(file) ?? file;
        cache.set(file, mapped);
      }
      return mapped;
    },
    maxComments: options.maxComments ?? DEFAULT_MAX_COMMENTS,
    ruleHelp: (id) => getRuleHelp(result.rules ?? [], id),
  };
  if (options.commitId) context.commitId = options.commitId;
  return context;
}
