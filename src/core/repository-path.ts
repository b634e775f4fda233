/**
 * Repository-relative paths, as SARIF, GitHub and reviewdog key on them. Pure: the caller
 * resolves `cwd` through symbolic links once (git reports the real path of the work tree, and
 * `/tmp` may be a link, as on macOS).
 */
import path from 'node:path';

/**
 * Maps a path (absolute, or relative to `cwd`) to its path relative to `repoRoot` with `/`, or
 * `null` outside it. `realCwd` is `cwd` with links resolved.
 */
export function createRepositoryPathResolver(cwd: string, realCwd: string, repoRoot: string): (file: string) => string | null {
  return (file) => {
    const absolute = path.resolve(cwd, file);
    const relativeToCwd = path.relative(cwd, absolute);
    const real = relativeToCwd.startsWith('..') || path.isAbsolute(relativeToCwd) ? absolute : path.join(realCwd, relativeToCwd);
    const relative = path.relative(repoRoot, real);
    if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
    return relative.split(path.sep).join('/');
  };
}
