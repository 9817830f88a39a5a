import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

/** The single-file CDN bundle: registers <sipas-survey> when loaded with <script type="module">. */
export default {
  input: 'src/define.ts',
  output: { file: 'dist/sipas-survey.min.js', format: 'es', sourcemap: false },
  plugins: [
    // The browser (not Node) and production (not Lit's dev mode) builds of every dependency.
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    esbuild({ tsconfig: 'tsconfig.json', target: 'es2022', minify: true, legalComments: 'none' }),
  ],
};
