import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const folder = dirname(fileURLToPath(import.meta.url));

/** Every module a file loads at run time: value imports and re-exports; `import type` is erased. */
function runtimeSpecifiers(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly = clause !== undefined && (clause.isTypeOnly || (clause.name === undefined && clause.namedBindings !== undefined && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      if (!typeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      if (!node.isTypeOnly) found.push(node.moduleSpecifier.text);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      found.push(arg && ts.isStringLiteral(arg) ? arg.text : '<computed>');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Relative imports that leave db/migrations, i.e. the live application's code. */
function crossings(file: string, text = readFileSync(file, 'utf8')): string[] {
  return runtimeSpecifiers(file, text).filter((spec) => {
    if (spec === '<computed>') return true;
    if (!spec.startsWith('.')) return false;
    const target = relative(folder, resolve(dirname(file), spec));
    return target.startsWith('..');
  });
}

const migrationFiles = readdirSync(folder)
  .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.test-helper.ts'))
  .map((name) => join(folder, name));

describe('migrations are frozen history', () => {
  it('finds the migration files', () => {
    expect(migrationFiles.length).toBeGreaterThanOrEqual(8);
  });

  // A migration that ran live application code would do something else on an old
  // library each time that code changed; what a migration needs is copied beside it.
  it.each(migrationFiles.map((file) => [relative(folder, file), file]))('%s loads nothing from outside db/migrations', (_name, file) => {
    expect(crossings(file)).toEqual([]);
  });

  it('notices a value import from the live code, and lets a type-only one pass', () => {
    const crossingsOf = (text: string): string[] => crossings(join(folder, 'probe.ts'), text);
    expect(crossingsOf("import { indexDocument } from '../search/indexer.ts';")).toEqual(['../search/indexer.ts']);
    expect(crossingsOf("export { x } from '../queries/library.ts';")).toEqual(['../queries/library.ts']);
    expect(crossingsOf("import type { Migration } from '../migration.ts';")).toEqual([]);
    expect(crossingsOf("import { type Migration } from '../migration.ts';")).toEqual([]);
    expect(crossingsOf("import { migration001 } from './001_initial.ts';")).toEqual([]);
    expect(crossingsOf("const m = await import('../open.ts');")).toEqual(['../open.ts']);
    expect(crossingsOf("import { createHash } from 'node:crypto';")).toEqual([]);
  });
});
