import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/**
 * The client's layers, bottom first (client/ARCHITECTURE.md). A file may import from its own folder and from any
 * folder of a lower layer; folders sharing a layer are independent of each other.
 */
export const LayerOrder: ReadonlyArray<readonly string[]> = [
  ['ot'],
  ['session'],
  ['api'],
  ['errors'],
  ['account'],
  ['ui'],
  ['access', 'editor'],
  ['review', 'signOff'],
  ['pages'],
  ['main.ts'],
];

/** One import of a source file: who imports, the path as written, and the file it names (relative to src/). */
export interface SourceImport {
  from: string;
  specifier: string;
  target: string;
}

// Static imports and re-exports (`import … from '…'`, `export … from '…'`, `import '…'`) and dynamic `import('…')`.
const ImportPattern = /(?:^|\n)\s*(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The relative imports of every .ts file under `srcRoot`; package imports ('@codemirror/…') are not layers. */
export function sourceImports(srcRoot: string): SourceImport[] {
  const found: SourceImport[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        walk(path);
      } else if (entry.name.endsWith('.ts')) {
        const text = readFileSync(path, 'utf8');
        for (const match of text.matchAll(ImportPattern)) {
          const specifier = match[1] ?? match[2];
          if (specifier.startsWith('.')) {
            found.push({ from: toSrc(srcRoot, path), specifier, target: toSrc(srcRoot, moduleFile(resolve(dirname(path), specifier))) });
          }
        }
      }
    }
  };
  walk(srcRoot);
  return found;
}

const toSrc = (srcRoot: string, path: string): string => relative(srcRoot, path).split(sep).join('/');

/** The file an import names, as the bundler finds it: a folder means its index.ts, a bare name its .ts file. */
function moduleFile(path: string): string {
  if (existsSync(path) && statSync(path).isDirectory()) {
    return join(path, 'index.ts');
  }
  return existsSync(`${path}.ts`) ? `${path}.ts` : path;
}

/** The layer unit a file of src/ belongs to: its top folder, or its own name for a file at the top (main.ts). */
export function unitOf(path: string): string {
  const slash = path.indexOf('/');
  return slash < 0 ? path : path.slice(0, slash);
}

function layerOf(unit: string): number {
  return LayerOrder.findIndex((layer) => layer.includes(unit));
}

/** A sentence for each import that does not point down, naming the file, the import and both layers. */
export function layerViolations(imports: readonly SourceImport[]): string[] {
  const problems: string[] = [];
  for (const { from, specifier, target } of imports) {
    const source = unitOf(from);
    const destination = unitOf(target);
    // A stylesheet (main.ts's styles.css) is an asset for the bundler, not a layer of code.
    if (source === destination || !target.endsWith('.ts')) {
      continue;
    }
    const sourceLayer = layerOf(source);
    const destinationLayer = layerOf(destination);
    if (sourceLayer < 0 || destinationLayer < 0) {
      const unknown = sourceLayer < 0 ? source : destination;
      problems.push(`src/${from} imports '${specifier}': '${unknown}' is in no layer; add it to LayerOrder and client/ARCHITECTURE.md`);
    } else if (destinationLayer >= sourceLayer) {
      const how = destinationLayer === sourceLayer ? 'sideways, into a folder of its own layer' : 'up';
      problems.push(`src/${from} imports '${specifier}' (${destination}, layer ${destinationLayer}) from ${source} (layer ${sourceLayer}): it points ${how}; imports must point down`);
    }
  }
  return problems;
}
