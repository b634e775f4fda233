/**
 * The files of the run that import a file (`ProjectContext.importersOf`): each names it in an
 * `import … from` / `export … from` / `import '…'`, a dynamic `import('…')` or a `require('…')`,
 * by a relative specifier or by one the nearest tsconfig's `paths` / `baseUrl` maps to it
 * (project-modules.ts `resolveProjectSpecifier`). Built once, on the first question, from one scan
 * of each file's text (no parse): a specifier in a comment or a string counts too, which only
 * adds importers. A package name (`@app/lib` through a workspace's `node_modules`), a
 * package.json `imports` alias (`#lib`) and a computed `import(name)` are not followed: such an
 * importer is missing from the answer.
 */
import path from 'node:path';
import type { ProjectFiles } from './project-files';

const SPECIFIER = /\b(?:from|import|require)\s*\(?\s*(['"])([^'"\n]{1,300})\1/g;

/** `importersOf(file)`: display paths of the run's files that import `file` (a display path), sorted, itself excluded. */
export function createImporterIndex(project: ProjectFiles): (file: string) => readonly string[] {
  let index: Map<string, string[]> | null = null;
  const build = (): Map<string, string[]> => {
    const byTarget = new Map<string, string[]>();
    /** A specifier names the same file from every file of one folder. */
    const resolved = new Map<string, string | null>();
    for (const file of project.files) {
      const absolute = project.absolutePathOf(file);
      const text = absolute === null ? null : project.text(file);
      if (absolute === null || text === null) continue;
      const dir = path.dirname(absolute);
      const targets = new Set<string>();
      SPECIFIER.lastIndex = 0;
      for (let match = SPECIFIER.exec(text); match; match = SPECIFIER.exec(text)) {
        const specifier = match[2]!;
        const key = `${dir}\0${specifier}`;
        let target = resolved.get(key);
        if (target === undefined) resolved.set(key, (target = project.resolveAlias(absolute, specifier)));
        const display = target === null ? null : project.displayPathOf(target);
        if (display !== null && display !== file) targets.add(display);
      }
      for (const target of targets) {
        const importers = byTarget.get(target);
        if (importers) importers.push(file);
        else byTarget.set(target, [file]);
      }
    }
    return byTarget;
  };
  return (file) => (index ??= build()).get(file) ?? [];
}
