// Bundles the framework examples under demo/ into dist/examples/ (left out of the npm package): React ships
// CommonJS and Vue single-file components need compiling, as they would in a portal's own build.
import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { build } from 'esbuild';
import { compileScript, parse } from 'vue/compiler-sfc';

/** Compiles `.vue` files the way Vite's Vue plugin does, telling the compiler which tags are custom elements. */
function vueSingleFileComponents() {
  return {
    name: 'vue-single-file-components',
    setup(esbuild) {
      esbuild.onLoad({ filter: /\.vue$/ }, async ({ path }) => {
        const { descriptor, errors } = parse(await readFile(path, 'utf8'), { filename: path });
        if (errors.length > 0) throw errors[0];
        const script = compileScript(descriptor, {
          id: path,
          inlineTemplate: true,
          templateOptions: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('sipas-') } },
        });
        return { contents: script.content, loader: descriptor.scriptSetup?.lang === 'ts' ? 'ts' : 'js', resolveDir: dirname(path) };
      });
    },
  };
}

export async function buildExamples(root) {
  await build({
    absWorkingDir: root,
    entryPoints: { react: 'demo/react-example.tsx', vue: 'demo/vue-example.js' },
    outdir: 'dist/examples',
    bundle: true,
    format: 'esm',
    target: 'es2022',
    minify: true,
    jsx: 'automatic',
    legalComments: 'none',
    logLevel: 'warning',
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    plugins: [vueSingleFileComponents()],
  });
}
