import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

/**
 * Drops the indentation of the elements' templates and styles from the bundle. In an html`` template, whitespace
 * that spans a line break between a tag or binding and the next tag or binding renders nothing (the templates put
 * every meaningful space on one line), yet each run becomes a DOM text node in every instance; in css`` it and the
 * comments (which say why a rule is there, for readers of the source) are only bytes. Only src/components/ is
 * touched, where every such run is template or style text.
 */
function collapseTemplateWhitespace() {
  return {
    name: 'collapse-template-whitespace',
    transform(code, id) {
      if (!/\/src\/components\/[^/]+\.ts$/.test(id)) return null;
      const collapsed = id.endsWith('.styles.ts')
        ? code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s*\n\s*/g, ' ')
        : code
            .replace(/>\s*\n\s*</g, '><')
            .replace(/>\s*\n\s*\$\{/g, '>${')
            .replace(/\}\s*\n\s*</g, '}<')
            .replace(/\}\s*\n\s*\$\{/g, '}${');
      return { code: collapsed, map: null };
    },
  };
}

/** Every bundle's plugins: the browser (not Node) and production (not Lit's dev mode) builds of every dependency. */
const plugins = () => [
  nodeResolve({ browser: true, exportConditions: ['production'] }),
  collapseTemplateWhitespace(),
  esbuild({ tsconfig: 'tsconfig.json', target: 'es2022', minify: true, legalComments: 'none' }),
];

/** The CDN bundle: registers <sipas-survey> when its entry file is loaded with <script type="module">. */
const surveyBundle = {
  input: 'src/cdn-entry.ts',
  // Lets the lazy chunks import shared code from the entry file itself, instead of a wrapper entry re-exporting a chunk.
  preserveEntrySignatures: 'allow-extension',
  // What the first render needs is in the entry file; code needed later (the response schema at submit, the
  // schema for host-supplied definitions, other questionnaires) goes to chunks beside it, loaded on demand.
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: false,
    entryFileNames: 'sipas-survey.min.js',
    // The paper form's chunk gets a short name (6 hash digits): its path is written in the entry every citizen loads.
    chunkFileNames: ({ name }) => (name === 'print-controller' ? 'chunks/print-[hash:6].min.js' : 'chunks/[name]-[hash].min.js'),
    manualChunks: (id) => (id.includes('/node_modules/zod/') ? 'zod' : undefined),
  },
  plugins: plugins(),
};

/** The report's CDN bundle: registers <sipas-report>; separate, so that the survey's bytes do not grow with it. */
const reportBundle = {
  input: 'src/define-report.ts',
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: false,
    entryFileNames: 'sipas-report.min.js',
    // Each built-in questionnaire stays a chunk of its own, loaded when the report needs it.
    chunkFileNames: 'chunks/report-[name]-[hash].min.js',
  },
  plugins: plugins(),
};

/** The keying screen's CDN bundle: registers <sipas-entry>, for staff pages only, so a citizen never loads it. */
const entryBundle = {
  input: 'src/define-entry.ts',
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: false,
    entryFileNames: 'sipas-entry.min.js',
    chunkFileNames: 'chunks/entry-[name]-[hash].min.js',
  },
  plugins: plugins(),
};

export default [surveyBundle, reportBundle, entryBundle];
