/**
 * What a project plan read while it ran (for `--cache`, which keeps a plan's findings while all
 * of it is unchanged; run-cache.ts): the files of the run whose text it read, the files outside
 * the run it read (package entry points, package.json manifests), the folders it asked whether
 * they hold a package.json or `.git`, every relative specifier it resolved and what to, whether
 * it asked the type layer, and the project settings of each file it asked them for (noted by
 * run-project-phase.ts). The plan sees the project only through the views made here, so
 * nothing it reads escapes the record.
 */
import path from 'node:path';
import type { ProjectFiles } from './project-files';
import type { PackageFileSystem } from './public-api';
import type { TypesOf } from './project-call-sites';

export interface PlanReads {
  /** Absolute paths of the run's files whose text the plan read (or parsed). */
  runFiles: Set<string>;
  /** Absolute paths of other files it read; their bytes count. */
  otherFiles: Set<string>;
  /** Paths it asked the existence of, with the answer. */
  exists: Map<string, boolean>;
  /** `folder \0 specifier` -> [a file of that folder, the specifier, the file it named or `null`]. */
  resolved: Map<string, [from: string, specifier: string, target: string | null]>;
  /** It asked the type layer (its answers depend on the whole program). */
  usedTypes: boolean;
  /** The files whose project settings it asked (`context.settingsOf`), with the answer as JSON. */
  settings: Map<string, string>;
}

export interface RecordedViews {
  project: ProjectFiles;
  fileSystem: PackageFileSystem;
  typesOf: TypesOf | null;
  reads: PlanReads;
}

/** Views of the project, the package files and the type layer that note every read in `reads`. */
export function recordPlanReads(project: ProjectFiles, fileSystem: PackageFileSystem, typesOf: TypesOf | null): RecordedViews {
  const reads: PlanReads = { runFiles: new Set(), otherFiles: new Set(), exists: new Map(), resolved: new Map(), usedTypes: false, settings: new Map() };
  const readRunFile = (file: string): void => {
    const absolute = project.absolutePathOf(file);
    if (absolute !== null) reads.runFiles.add(absolute);
  };
  const recorded: ProjectFiles = {
    // The list of the run's files is part of the plan's key (run-project-phase.ts): no need to note it.
    files: project.files,
    displayPathOf: (absolutePath) => project.displayPathOf(absolutePath),
    absolutePathOf: (file) => project.absolutePathOf(file),
    text(file) {
      readRunFile(file);
      return project.text(file);
    },
    open(file) {
      readRunFile(file);
      return project.open(file);
    },
    openAbsolute(absolutePath) {
      const display = project.displayPathOf(absolutePath);
      if (display !== null) readRunFile(display);
      else reads.otherFiles.add(path.resolve(absolutePath));
      return project.openAbsolute(absolutePath);
    },
    scoped: (fn) => project.scoped(fn),
    resolve(fromFile, specifier) {
      const key = `${path.dirname(fromFile)}\0${specifier}`;
      const known = reads.resolved.get(key);
      if (known) return known[2];
      const target = project.resolve(fromFile, specifier);
      reads.resolved.set(key, [fromFile, specifier, target]);
      return target;
    },
    // Kept apart from `resolve`'s: a recalled plan checks each with project-modules.ts
    // `resolveProjectSpecifierFrom`, which is `resolve` for a relative specifier and follows the aliases too.
    resolveAlias(fromFile, specifier) {
      const key = `alias\0${path.dirname(fromFile)}\0${specifier}`;
      const known = reads.resolved.get(key);
      if (known) return known[2];
      const target = project.resolveAlias(fromFile, specifier);
      reads.resolved.set(key, [fromFile, specifier, target]);
      return target;
    },
  };
  const recordedFileSystem: PackageFileSystem = {
    exists(file) {
      const answer = fileSystem.exists(file);
      reads.exists.set(file, answer);
      return answer;
    },
    readText(file) {
      reads.otherFiles.add(file);
      return fileSystem.readText(file);
    },
  };
  const recordedTypesOf: TypesOf | null = typesOf
    ? (absolutePath, text) => {
        reads.usedTypes = true;
        return typesOf(absolutePath, text);
      }
    : null;
  return { project: recorded, fileSystem: recordedFileSystem, typesOf: recordedTypesOf, reads };
}
