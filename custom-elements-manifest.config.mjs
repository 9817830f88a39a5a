// Custom Elements Manifest analyzer settings, used by `npm run build` (scripts/build.mjs) to write
// dist/custom-elements.json from the elements' JSDoc, after tsc has written dist/. The plugins make the manifest
// describe the package as published: paths of the dist/ files, defaults as values, types spelled out.

// The values of the enumerated types, read from the built modules (never written a second time here).
const { CHANNELS } = await import('./dist/schema/constants.js');
const { LAYOUTS, THEMES } = await import('./dist/components/survey-options.js');
const { builtInDefinitions } = await import('./dist/definitions/index.js');
const unions = {
  Channel: CHANNELS,
  Layout: LAYOUTS,
  Theme: THEMES,
  QuestionnaireId: Object.keys(builtInDefinitions),
  // The DOM's own type of fetch()'s `credentials`.
  RequestCredentials: ['omit', 'same-origin', 'include'],
};
const quoted = (values) => values.map((value) => `'${value}'`).join(' | ');

/** The analyzer also guesses events from `dispatchEvent(new SomeEvent(arg))`, naming them after `arg` ("error", or
 * nothing). Where `@fires` documents an event of that class, the guess is a duplicate: drop it. */
function documentedEventsWin() {
  return {
    name: 'documented-events-win',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (!declaration.events) continue;
        const documented = new Set(declaration.events.filter((event) => event.description).map((event) => event.type?.text));
        declaration.events = declaration.events.filter((event) => event.description || !documented.has(event.type?.text));
      }
    },
  };
}

/**
 * Defaults written as a constant's name (`DEFAULT_QUESTIONNAIRE_ID`) become the constant's value ('sipas-2017'),
 * a field with no written type gets the type of that value, and the package's union aliases (`Channel`, `Layout`, …)
 * are spelled out as their values, so editors and readers see what the attribute accepts.
 */
function valuesNotNames() {
  return {
    name: 'values-not-names',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
      const constants = new Map(declarations.filter((d) => d.kind === 'variable' && d.default !== undefined).map((d) => [d.name, d.default]));
      const typeOf = (value) => (/^-?\d/.test(value) ? 'number' : /^['"`]/.test(value) ? 'string' : /^(true|false)$/.test(value) ? 'boolean' : undefined);
      for (const entry of declarations.filter((d) => d.customElement).flatMap((d) => [...(d.attributes ?? []), ...(d.members ?? [])])) {
        if (constants.has(entry.default)) entry.default = constants.get(entry.default);
        if (entry.type?.text) {
          entry.type.text = entry.type.text.replace(/\b[A-Z]\w*\b/g, (name) => (unions[name] ? quoted(unions[name]) : name));
        } else if (entry.default !== undefined && typeOf(entry.default)) {
          entry.type = { text: typeOf(entry.default) };
        }
      }
    },
  };
}

/**
 * The analyzer names the sources (src/*.ts), which are not in the package: every path and module reference becomes
 * the dist/ file tsc built from it, and the CDN entry (bundled into dist/sipas-survey.min.js, no module of its own) goes.
 */
function publishedPaths() {
  const published = (path, from) => {
    const resolved = path.startsWith('.') ? new URL(path, `file:///${from}`).pathname.slice(1) : path.replace(/^\//, '');
    return resolved.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  };
  const rewrite = (node, from) => {
    if (Array.isArray(node)) return node.forEach((child) => rewrite(child, from));
    if (!node || typeof node !== 'object') return;
    if (typeof node.module === 'string' && !node.package) node.module = published(node.module, from);
    for (const child of Object.values(node)) rewrite(child, from);
  };
  return {
    name: 'published-paths',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules.filter((module) => module.path !== 'src/cdn-entry.ts');
      for (const module of customElementsManifest.modules) {
        const from = module.path;
        module.path = published(module.path, from);
        rewrite(module.declarations, from);
        rewrite(module.exports, from);
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/frameworks/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [documentedEventsWin(), valuesNotNames(), publishedPaths()],
};
