/** Name and version, read once from package.json. */
import fs from 'node:fs';
import path from 'node:path';

function findPackageJson(): { name: string; version: string } {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      const pkg = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'unleak') return { name: pkg.name, version: pkg.version ?? '0.0.0' };
    }
    if (path.dirname(dir) === dir) return { name: 'unleak', version: '0.0.0' };
  }
}

const pkg = findPackageJson();
export const TOOL_NAME = pkg.name;
export const TOOL_VERSION = pkg.version;
