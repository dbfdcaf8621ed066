// The layer rule (`layers/layers`): which folder may import which. A file's layer is the
// folder it lives in, so a new file obeys the rule of its folder with nothing to list.
// electron/README.md explains the layers; this table is the rule itself.
import { builtinModules } from 'node:module';
import { dirname, join, normalize, relative } from 'node:path';

/** Folder → layer name, most specific first; the names are also the path aliases (@core, …). */
const folders = [
  ['electron/contract/rules', 'rules'],
  ['electron/contract', 'contract'],
  ['electron/core', 'core'],
  ['electron/desktop', 'desktop'],
  ['electron/host', 'host'],
  ['electron/cli', 'cli'],
  ['electron/web', 'web'],
  ['renderer/src', 'renderer'],
  ['db', 'db'],
];

/**
 * What each layer may import: other layers, `node:` built-ins, and packages (`true` is any
 * package but those in `barred`). The shared rules (electron/contract/rules) are part of
 * the contract that db/ may also use.
 */
export const allowed = {
  rules: { layers: ['rules'], node: false, packages: [], why: 'the shared rules are pure: they import only each other' },
  contract: { layers: ['contract', 'rules'], node: false, packages: ['zod'], why: 'the contract is shared with the renderer: pure TypeScript and zod only' },
  core: { layers: ['core', 'contract', 'rules', 'db'], node: true, packages: true, barred: ['electron'], why: 'the core runs headless (CLI, browser host, worker): contract and db/ only, no Electron' },
  db: { layers: ['db', 'rules'], node: true, packages: true, barred: ['electron'], why: 'db/ knows only SQL and the shared rules, nothing above it' },
  desktop: { layers: ['desktop', 'contract', 'rules', 'core', 'web'], node: true, packages: true, barred: ['better-sqlite3'], why: 'the desktop shell reaches the library through the core; SQL lives in db/' },
  host: { layers: ['host', 'contract', 'rules', 'core', 'web'], node: true, packages: true, barred: ['electron', 'better-sqlite3'], why: 'the browser host is a transport: contract, core and web only' },
  cli: { layers: ['cli', 'contract', 'rules', 'core', 'web', 'host'], node: true, packages: true, barred: ['electron', 'better-sqlite3'], why: 'the CLI is a transport: contract, core, web and host only' },
  web: { layers: ['web', 'contract', 'rules'], node: true, packages: true, barred: ['electron', 'better-sqlite3'], why: 'web/ serves files and the CSP to both shells: contract only' },
  renderer: { layers: ['renderer', 'contract', 'rules'], node: false, packages: ['svelte'], why: 'the renderer reaches the core only through the API: contract types and svelte' },
};

const aliases = Object.fromEntries(folders.filter(([, name]) => name !== 'rules').map(([folder, name]) => [`@${name}`, folder]));
aliases['@db'] = 'db';
delete aliases['@renderer'];

/** The layer of a path relative to the project root, or null outside every layer. */
export function layerOf(path) {
  const p = path.replaceAll('\\', '/');
  const hit = folders.find(([folder]) => p === folder || p.startsWith(folder + '/'));
  return hit ? hit[1] : null;
}

/** What an import specifier names: a layer, a node built-in, or a package. */
function targetOf(spec, fromFile) {
  if (spec.startsWith('.')) return { layer: layerOf(normalize(join(dirname(fromFile), spec))) };
  const alias = Object.keys(aliases).find((a) => spec === a || spec.startsWith(a + '/'));
  if (alias) return { layer: layerOf(aliases[alias] + spec.slice(alias.length)) };
  if (spec.startsWith('node:') || builtinModules.includes(spec.split('/')[0])) return { node: true };
  const parts = spec.split('/');
  return { pkg: spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0] };
}

function crossing(layer, spec, fromFile) {
  const may = allowed[layer];
  const target = targetOf(spec, fromFile);
  if ('layer' in target) {
    if (target.layer === null || may.layers.includes(target.layer)) return null;
    return `layer ${target.layer}`;
  }
  if (target.node) return may.node ? null : `Node built-in ${spec}`;
  const ok = may.packages === true ? !may.barred.includes(target.pkg) : may.packages.includes(target.pkg);
  return ok ? null : `package ${target.pkg}`;
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Each folder imports only the layers its layer may import (electron/README.md).' },
    schema: [],
    messages: { crossing: '{{from}} may not import {{what}} ({{spec}}): {{why}}.' },
  },
  create(context) {
    const file = relative(context.cwd, context.filename).replaceAll('\\', '/');
    const layer = layerOf(file);
    if (!layer) return {};
    const check = (node, source) => {
      if (!source || typeof source.value !== 'string') return;
      const what = crossing(layer, source.value, file);
      if (what) context.report({ node: source, messageId: 'crossing', data: { from: layer, what, spec: source.value, why: allowed[layer].why } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null),
    };
  },
};

export default { meta: { name: 'layers' }, rules: { layers: rule } };
