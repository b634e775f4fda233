/**
 * The previous-version baseline of `npm run bench -- --baseline-rev <rev>`: that commit's tree
 * (`git archive`) in a temp folder, compiled with this checkout's TypeScript and node_modules.
 * Alone: `node bench/revision.mjs <rev>` builds it and prints the path of its bin.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * A previous version of unleak, built from git into a temp folder (reused when built): its
 * tsconfig.build.json compiled with this checkout's TypeScript and node_modules (symlinked).
 * Returns the path of its bin/unleak.js, or null with a note when it cannot be built.
 */
export function buildRevision(root, rev, { log = console.log, progress = console.error } = {}) {
  let sha;
  try {
    sha = execFileSync('git', ['-C', root, 'rev-parse', '--verify', `${rev}^{commit}`], { encoding: 'utf8' }).trim();
  } catch {
    log(`note: --baseline-rev ${rev} is not a commit here; no previous-version row`);
    return null;
  }
  const dir = path.join(os.tmpdir(), `unleak-bench-rev-${sha.slice(0, 12)}`);
  const bin = path.join(dir, 'bin', 'unleak.js');
  const marker = path.join(dir, '.bench-built');
  // A build kept from an earlier run is reused while its node_modules link still resolves (the
  // checkout that made it may be gone): the link is pointed at this checkout's node_modules.
  if (fs.existsSync(marker)) {
    const link = path.join(dir, 'node_modules');
    if (!fs.existsSync(link)) {
      fs.rmSync(link, { force: true });
      fs.symlinkSync(path.join(root, 'node_modules'), link, 'dir');
    }
    return { bin, sha };
  }
  progress(`building ${rev} (${sha.slice(0, 12)}) into ${dir} …`);
  try {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const archive = execFileSync('git', ['-C', root, 'archive', '--format=tar', sha], { maxBuffer: 512 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: archive });
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], { cwd: dir, stdio: 'pipe' });
    fs.writeFileSync(marker, sha + '\n');
    return { bin, sha };
  } catch (error) {
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`.trim().split('\n').slice(0, 5).join(' / ');
    log(`note: could not build ${rev} (${output || error.message.split('\n')[0]}); no previous-version row`);
    return null;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
  const built = buildRevision(root, process.argv[2] ?? 'HEAD');
  if (!built) process.exit(1);
  console.log(built.bin);
}
