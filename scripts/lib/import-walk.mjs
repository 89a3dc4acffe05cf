// The files a value passes through, found by following the imports of the names it is carried by: what the test
// that keeps the walks of docs/architecture.md true calls. Syntax only (no type checking), so it reads the whole
// walk in well under a second; module specifiers are resolved exactly as TypeScript resolves them.
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Follows imports from `roots` (absolute file paths). An import is followed only when the name it imports is in
 * `names` (a default import counts under its local name), and it leads to the file that declares that name,
 * through re-exports (`export { x } from`, `export * from`, an imported binding exported again). Each file reached
 * is followed in turn.
 *
 * Returns the absolute, real paths reached (a root only if it is reached again); imports of libraries (under
 * node_modules) are not followed. Throws when a followed import cannot be resolved or its name is declared nowhere
 * along its re-exports, so a renamed symbol fails loudly.
 * Specifiers resolve with the compiler options of the nearest tsconfig.json (path aliases, package `exports`).
 */
export function followNamedImports(roots, names) {
  const reached = new Set();
  const queue = roots.map((root) => realpathSync(root));
  while (queue.length > 0) {
    const file = queue.shift();
    for (const binding of moduleOf(file).imports) {
      const name = binding.imported === 'default' ? binding.local : binding.imported;
      if (!names.has(name) && !names.has(binding.local)) continue;
      const target = resolveSpecifier(binding.specifier, file);
      if (target === EXTERNAL) continue;
      if (target === null)
        throw new Error(`${file}: cannot resolve '${binding.specifier}' (imports ${name})`);
      const declaring =
        binding.imported === '*' ? target : declaringFile(target, binding.imported, new Set());
      if (declaring === null)
        throw new Error(`${file}: '${binding.specifier}' declares no '${binding.imported}'`);
      if (!reached.has(declaring)) {
        reached.add(declaring);
        queue.push(declaring);
      }
    }
  }
  return reached;
}

/** The file that declares `name` as exported from `file`, following re-exports; null when nothing does. */
function declaringFile(file, name, seen) {
  const key = `${file}#${name}`;
  if (seen.has(key)) return null;
  seen.add(key);
  const { exports, starExports } = moduleOf(file);
  const entry = exports.get(name);
  if (entry === 'local') return file;
  if (entry !== undefined) {
    const target = resolveSpecifier(entry.specifier, file);
    if (target === null || target === EXTERNAL) return null;
    return entry.imported === '*' ? target : declaringFile(target, entry.imported, seen);
  }
  if (name === 'default') return null;
  for (const specifier of starExports) {
    const target = resolveSpecifier(specifier, file);
    const found = target === null || target === EXTERNAL ? null : declaringFile(target, name, seen);
    if (found !== null) return found;
  }
  return null;
}

const modules = new Map();

/**
 * A module's import bindings (`{ local, imported, specifier }`, `imported` being 'default' or '*' for those forms)
 * and exports (name → 'local' or `{ specifier, imported }` for a re-export), read from its syntax.
 */
function moduleOf(file) {
  let parsed = modules.get(file);
  if (parsed !== undefined) return parsed;
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const imports = [];
  const exports = new Map();
  const starExports = [];
  const localExports = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const specifier = statement.moduleSpecifier.text;
      const clause = statement.importClause;
      if (clause?.name) imports.push({ local: clause.name.text, imported: 'default', specifier });
      const bindings = clause?.namedBindings;
      if (bindings && ts.isNamespaceImport(bindings))
        imports.push({ local: bindings.name.text, imported: '*', specifier });
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          imports.push({
            local: element.name.text,
            imported: (element.propertyName ?? element.name).text,
            specifier,
          });
        }
      }
    } else if (ts.isExportDeclaration(statement)) {
      const specifier =
        statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)
          ? statement.moduleSpecifier.text
          : null;
      const clause = statement.exportClause;
      if (specifier !== null && clause === undefined) starExports.push(specifier);
      else if (specifier !== null && ts.isNamespaceExport(clause))
        exports.set(clause.name.text, { specifier, imported: '*' });
      else if (clause && ts.isNamedExports(clause)) {
        for (const element of clause.elements) {
          const original = (element.propertyName ?? element.name).text;
          if (specifier !== null) exports.set(element.name.text, { specifier, imported: original });
          else localExports.push([element.name.text, original]);
        }
      }
    } else if (ts.isExportAssignment(statement)) {
      exports.set('default', 'local');
    } else if (hasExportModifier(statement)) {
      const isDefault = statement.modifiers.some(
        (modifier) => modifier.kind === ts.SyntaxKind.DefaultKeyword,
      );
      if (isDefault) exports.set('default', 'local');
      for (const declared of declaredNames(statement)) exports.set(declared, 'local');
    }
  }
  // `import { a } from './x'; export { a as b }`: the name is declared where `a` came from.
  for (const [exported, original] of localExports) {
    const binding = imports.find((candidate) => candidate.local === original);
    exports.set(exported, binding ? { specifier: binding.specifier, imported: binding.imported } : 'local');
  }
  parsed = { imports, exports, starExports };
  modules.set(file, parsed);
  return parsed;
}

function hasExportModifier(statement) {
  return (
    ts.canHaveModifiers(statement) &&
    (statement.modifiers ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
  );
}

function declaredNames(statement) {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((declaration) => bindingNames(declaration.name));
  }
  return statement.name && ts.isIdentifier(statement.name) ? [statement.name.text] : [];
}

function bindingNames(name) {
  if (ts.isIdentifier(name)) return [name.text];
  return name.elements.flatMap((element) =>
    ts.isOmittedExpression(element) ? [] : bindingNames(element.name),
  );
}

const optionsByConfig = new Map();
/** A library's module (under node_modules, not a workspace): outside what a walk covers. */
const EXTERNAL = Symbol('external');

/** The real path `specifier` names from `fromFile`, EXTERNAL for a library, null when TypeScript cannot resolve it. */
function resolveSpecifier(specifier, fromFile) {
  const { resolvedModule } = ts.resolveModuleName(specifier, fromFile, compilerOptionsFor(fromFile), ts.sys);
  if (resolvedModule === undefined) return null;
  const real = realpathSync(resolvedModule.resolvedFileName);
  return real.split(path.sep).includes('node_modules') ? EXTERNAL : real;
}

function compilerOptionsFor(file) {
  let dir = path.dirname(file);
  while (!existsSync(path.join(dir, 'tsconfig.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) return {};
    dir = parent;
  }
  const configFile = path.join(dir, 'tsconfig.json');
  let options = optionsByConfig.get(configFile);
  if (options === undefined) {
    const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
    // The file list is not needed, only the options: an empty directory listing spares the glob over the tree.
    const host = { ...ts.sys, readDirectory: () => [] };
    options = ts.parseJsonConfigFileContent(config, host, dir, undefined, configFile).options;
    optionsByConfig.set(configFile, options);
  }
  return options;
}
