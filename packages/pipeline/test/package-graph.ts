/**
 * The package graph as the bundlers see it: every module reachable from a package entry, following
 * static and dynamic imports and re-exports through other packages' public entries (their
 * `@jixiao/source` condition), down to the outside libraries it reaches.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../../..');

/** `packages/<dir>` or `apps/<dir>` of a workspace package, by its name. */
function packageDir(name: string): string | null {
  for (const group of ['packages', 'apps']) {
    const dir = join(ROOT, group, name.replace(/^@jixiao\//, ''));
    if (existsSync(join(dir, 'package.json'))) {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name: string };
      if (pkg.name === name) return dir;
    }
  }
  return null;
}

/** The source file of a workspace package's entry (`@jixiao/report/docx` → src/docx/index.ts). */
export function entryFile(specifier: string): string | null {
  const m = /^(@jixiao\/[^/]+)(\/.*)?$/.exec(specifier);
  if (!m) return null;
  const dir = packageDir(m[1]!);
  if (dir === null) return null;
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    exports: Record<string, { '@jixiao/source'?: string }>;
  };
  const target = pkg.exports[`.${m[2] ?? ''}`]?.['@jixiao/source'];
  if (target === undefined) throw new Error(`${specifier} is not a public entry`);
  return join(dir, target);
}

function resolveRelative(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), base]) {
    if (existsSync(candidate)) return candidate;
  }
  throw new Error(`cannot resolve ${specifier} from ${from}`);
}

/** The outside module a bare specifier names: `docx`, `node:fs`, `@fluentui/react-components`. */
function externalName(specifier: string): string {
  if (specifier.startsWith('node:')) return specifier;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

export interface Reach {
  /** Outside modules reached, each with one chain of files that reaches it (entry first). */
  external: Map<string, string[]>;
  files: Set<string>;
}

/** Everything reachable from one entry (a file path). Type-only imports count as well. */
export function reach(entry: string): Reach {
  const external = new Map<string, string[]>();
  const files = new Set<string>();
  const queue: { file: string; chain: string[] }[] = [{ file: entry, chain: [entry] }];
  while (queue.length > 0) {
    const { file, chain } = queue.shift()!;
    if (files.has(file)) continue;
    files.add(file);
    const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName: spec } of info.importedFiles) {
      const next = spec.startsWith('.')
        ? resolveRelative(file, spec)
        : spec.startsWith('@jixiao/')
          ? entryFile(spec)
          : null;
      if (next !== null) queue.push({ file: next, chain: [...chain, next] });
      else if (!spec.startsWith('.') && !spec.startsWith('@jixiao/')) {
        const name = externalName(spec);
        if (!external.has(name))
          external.set(
            name,
            chain.map((f) => f.slice(ROOT.length + 1)),
          );
      }
    }
  }
  return { external, files };
}
