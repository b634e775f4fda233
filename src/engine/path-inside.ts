/** Whether a file path lies inside a folder (or is the folder): symlink checks, config scopes. */
import path from 'node:path';

export function isPathInside(child: string, parent: string): boolean {
  const relative = path.relative(path.resolve(parent), path.resolve(child));
  // `..` or `../x` leave the folder; a name that merely starts with dots (`..cache`) does not.
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
