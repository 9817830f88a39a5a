// Custom Elements Manifest analyzer settings, used by `npm run build` (scripts/build.mjs) to write
// dist/custom-elements.json from the elements' JSDoc.

/**
 * The analyzer also guesses events from `dispatchEvent(new SomeEvent(arg))`, naming them after `arg`
 * ("error", or nothing). Where `@fires` documents an event of that class, the guess is a duplicate: drop it.
 */
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

export default {
  globs: ['src/**/*.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [documentedEventsWin()],
};
