/**
 * When this build of unleak was made: the modification time of its compiled files (an installed
 * package's files keep theirs). What a `--cache` file keeps is used only by the build that
 * wrote it: a development build of the same version runs other code.
 */
import fs from 'node:fs';

let stamp: number | undefined;

export function buildStamp(): number {
  if (stamp === undefined) {
    try {
      stamp = fs.statSync(__filename).mtimeMs;
    } catch {
      stamp = 0; // bundled or virtual: the version alone
    }
  }
  return stamp;
}
