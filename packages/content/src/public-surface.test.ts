// The package's public surface, pinned: every entry point in package.json `exports` and every name each one
// exports, values and types alike (read with the TypeScript compiler, so a type that disappears shows up too).
// A change here is a change for the Studio and the site; update the snapshot only on purpose.
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const entryPoints = (
  JSON.parse(readFileSync(resolve(packageRoot, 'package.json'), 'utf8')) as {
    exports: Record<string, string>;
  }
).exports;

function exportedNames(): Record<string, string[]> {
  const files = Object.values(entryPoints).map((file) => resolve(packageRoot, file));
  const program = ts.createProgram(files, {
    allowImportingTsExtensions: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  return Object.fromEntries(
    Object.entries(entryPoints).map(([entry, file]) => {
      const source = program.getSourceFile(resolve(packageRoot, file));
      const module = source && checker.getSymbolAtLocation(source);
      if (!module) throw new Error(`cannot read entry point ${entry} (${file})`);
      const names = checker.getExportsOfModule(module).map((symbol) => {
        const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
        if (!(target.flags & ts.SymbolFlags.Value)) return `type ${symbol.name}`;
        // `declare const` (TypeGen's reference marker) names a value that exists for the compiler only.
        const ambient = target.declarations?.some((node) => ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Ambient);
        return ambient ? `declare ${symbol.name}` : symbol.name;
      });
      return [entry, names.sort()];
    }),
  );
}

describe('@clinic/content public surface', () => {
  const surface = exportedNames();

  it('exports exactly the pinned names from each entry point', () => {
    expect(surface).toMatchSnapshot();
  });

  it('has at run time every value name the compiler sees', async () => {
    for (const [entry, file] of Object.entries(entryPoints)) {
      const runtime = Object.keys(await import(resolve(packageRoot, file))).sort();
      const values = surface[entry]!.filter((name) => !name.includes(' '));
      expect({ entry, names: runtime }).toEqual({ entry, names: values });
    }
  });
});
