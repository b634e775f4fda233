/**
 * Compiles a fixture project with the TypeScript API so a test can import what a bundler would
 * run: vitest resolves relative imports but not a tsconfig's `paths` aliases (`@lib/queue`).
 * Every import or export whose specifier the project's own compiler options resolve to one of its
 * source files is rewritten to the relative path of that file's emitted `.js`; package and node
 * builtin imports are left as they are. Returns the folder the `.js` files are written to (inside
 * `dir`, so the project's package.json `type` applies to them).
 */
import path from 'node:path';
import ts from 'typescript';

export function compileProject(dir: string, outName = '.compiled'): string {
  const configPath = path.join(dir, 'tsconfig.json');
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
    throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  } });
  if (!parsed) throw new Error(`cannot read ${configPath}`);
  const outDir = path.join(dir, outName);
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: false, outDir, rootDir: dir, declaration: false, sourceMap: false };
  const program = ts.createProgram(parsed.fileNames, options);

  const rewrite = (specifier: string, fromFile: string): string | undefined => {
    if (specifier.startsWith('.')) return undefined;
    const resolved = ts.resolveModuleName(specifier, fromFile, options, ts.sys).resolvedModule;
    if (!resolved || resolved.isExternalLibraryImport || !parsed.fileNames.includes(resolved.resolvedFileName)) return undefined;
    let relative = path.relative(path.dirname(fromFile), resolved.resolvedFileName).replace(/\.[cm]?tsx?$/, '.js');
    relative = relative.split(path.sep).join('/');
    return relative.startsWith('.') ? relative : `./${relative}`;
  };

  const aliases: ts.TransformerFactory<ts.SourceFile> = (context) => (sourceFile) => {
    const visit = (node: ts.Node): ts.Node => {
      if (ts.isStringLiteral(node) && (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent)) && node.parent.moduleSpecifier === node) {
        const target = rewrite(node.text, sourceFile.fileName);
        if (target) return ts.factory.createStringLiteral(target);
      }
      return ts.visitEachChild(node, visit, context);
    };
    return ts.visitEachChild(sourceFile, visit, context);
  };

  const result = program.emit(undefined, undefined, undefined, false, { before: [aliases] });
  if (result.emitSkipped) {
    throw new Error(`emit skipped for ${dir}: ${ts.formatDiagnostics(result.diagnostics, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => dir, getNewLine: () => '\n' })}`);
  }
  return outDir;
}
