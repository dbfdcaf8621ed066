import { builtinModules } from 'node:module';
import { matchesGlob } from 'node:path';
import type { Configuration, FileSet } from 'electron-builder';
import ts from 'typescript';

/** The built files the packaged app runs: package.json's main, the preload beside it, the import worker. */
export const bundles = ['dist/electron/main.mjs', 'dist/electron/preload.cjs', 'dist/import-worker.mjs'];

/** The `files` globs, which electron-builder's loader normalises into file sets. */
export function packedFiles(config: Configuration): string[] {
  return (config.files as (string | FileSet)[]).flatMap((f) => (typeof f === 'string' ? [f] : (f.filter as string[])));
}

export function isUnpacked(config: Configuration, path: string): boolean {
  return (config.asarUnpack as string[]).some((glob) => matchesGlob(path, glob));
}

/**
 * The packages a bundle's source imports at run time: bare specifiers that are not Node built-ins.
 * TypeScript's scanner reads them, so an import written in a bundled library's doc comment is not one.
 */
export function packagesImportedBy(source: string): string[] {
  const specifiers = ts.preProcessFile(source, true, true).importedFiles.map((f) => f.fileName);
  const names = specifiers
    .filter((s) => !s.startsWith('node:'))
    .map((s) => /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*/.exec(s)?.[0])
    .filter((name): name is string => !!name && !builtinModules.includes(name));
  return [...new Set(names)].sort();
}
