/**
 * The files of the run that import a file (`ProjectContext.importersOf`): each names it in an
 * `import … from` / `export … from` / `import '…'`, a dynamic `import('…')` or a `require('…')`,
 * by a relative specifier or by one the nearest tsconfig's `paths` / `baseUrl` maps to it
 * (project-modules.ts `resolveProjectSpecifier`). Read from the texts (no parse): a specifier in a
 * comment or a string counts too, which only adds importers. The specifiers are read once, on the
 * first question; per file asked, only those that hold its name (for an `index` file: its
 * folder's name, `index`, or `./` / `../`) are resolved, once per folder.
 * Not followed: a package name (`@app/lib` through a workspace's `node_modules`), a package.json
 * `imports` alias (`#lib`), a tsconfig alias that names the file without its name (`"@db": ["src/db/client.ts"]`)
 * and a computed `import(name)`: such an importer is missing from the answer.
 */
import path from 'node:path';
import type { ProjectFiles } from './project-files';

const SPECIFIER = /\b(?:from|import|require)\s*\(?\s*(['"])([^'"\n]{1,300})\1/g;
/** `.`, `..`, `./`, `../`, `../..`: a folder's index named by the folder alone. */
const FOLDER_ONLY = /^(?:\.{1,2}\/)*\.{1,2}\/?$/;

type FileSpecifiers = { file: string; from: string; specifiers: string[] };

/** Each file's specifiers (one pass of the pattern over the run's texts). */
function readSpecifiers(project: ProjectFiles): FileSpecifiers[] {
  const list: FileSpecifiers[] = [];
  for (const file of project.files) {
    const text = project.text(file);
    const from = project.absolutePathOf(file);
    if (text === null || from === null) continue;
    const found: string[] = [];
    SPECIFIER.lastIndex = 0;
    for (let match = SPECIFIER.exec(text); match; match = SPECIFIER.exec(text)) found.push(match[2]!);
    if (found.length > 0) list.push({ file, from, specifiers: found });
  }
  return list;
}

/** A package name: `@scope/name` or `name`, then a subpath. */
const PACKAGE_SUBPATH = /^((?:@[\w.-]+\/)?[\w.-]+)\/(.+)$/;
const BUILD_DIR = /^(?:dist|lib|build|out|esm|cjs)\//;

/**
 * `subpathImportersOf(file)`: display paths of the run's files that may import `file` by a
 * package name and a subpath the file's path ends with (`@acme/client/src/api` -> …/src/api.ts,
 * `…/dist/api.js` -> …/src/api.ts), which the importer index does not follow: a workspace
 * package with no `exports` map is reachable at every file. Matched on the path alone (the
 * package's folder is not checked), so it may name a file another package's subpath names.
 */
export function createSubpathImporterIndex(project: ProjectFiles): (file: string) => readonly string[] {
  let specifiers: FileSpecifiers[] | null = null;
  return (file) => {
    const absolute = project.absolutePathOf(file);
    if (absolute === null) return [];
    const bare = absolute.split(path.sep).join('/').replace(/\.[^./]*$/, '');
    const importers: string[] = [];
    for (const entry of (specifiers ??= readSpecifiers(project))) {
      if (entry.file === file) continue;
      const named = entry.specifiers.some((specifier) => {
        if (/^[./#]|:/.test(specifier)) return false;
        const subpath = PACKAGE_SUBPATH.exec(specifier)?.[2]?.replace(/\.(?:c|m)?[jt]sx?$/, '');
        if (!subpath) return false;
        const candidates = BUILD_DIR.test(subpath) ? [subpath, `src/${subpath.replace(BUILD_DIR, '')}`] : [subpath];
        return candidates.some((candidate) => bare.endsWith(`/${candidate}`) || bare.endsWith(`/${candidate}/index`));
      });
      if (named) importers.push(entry.file);
    }
    return importers;
  };
}

/** `importersOf(file)`: display paths of the run's files that import `file` (a display path), sorted, itself excluded. */
export function createImporterIndex(project: ProjectFiles): (file: string) => readonly string[] {
  const answers = new Map<string, string[]>();
  /** A specifier names the same file from every file of one folder. */
  const resolved = new Map<string, string | null>();
  /** Each file's specifiers, read once (one pass of the pattern over the texts). */
  let specifiers: FileSpecifiers[] | null = null;
  const listSpecifiers = (): FileSpecifiers[] => readSpecifiers(project);
  return (file) => {
    const known = answers.get(file);
    if (known) return known;
    const importers: string[] = [];
    answers.set(file, importers);
    const absolute = project.absolutePathOf(file);
    if (absolute === null) return importers;
    const name = path.basename(absolute).replace(/\.[^.]*$/, '');
    const isIndex = name === 'index';
    const needle = isIndex ? path.basename(path.dirname(absolute)) : name;
    for (const entry of (specifiers ??= listSpecifiers())) {
      if (entry.file === file) continue;
      const dir = path.dirname(entry.from);
      for (const specifier of entry.specifiers) {
        if (!specifier.includes(needle) && !(isIndex && (specifier.includes('index') || FOLDER_ONLY.test(specifier)))) continue;
        const key = `${dir}\0${specifier}`;
        let target = resolved.get(key);
        if (target === undefined) resolved.set(key, (target = project.resolveAlias(entry.from, specifier)));
        if (target !== null && project.displayPathOf(target) === file) {
          importers.push(entry.file);
          break;
        }
      }
    }
    return importers;
  };
}
