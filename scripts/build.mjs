// Builds dist/: unbundled ESM with .d.ts (tsc), the CDN bundle (rollup) and the JSON Schemas (from zod).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildExamples } from './build-examples.mjs';
import { writeEditorData } from './editor-data.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const run = (name, args) => execFileSync(bin(name), args, { cwd: root, stdio: 'inherit' });

rmSync(`${root}/dist`, { recursive: true, force: true });
run('tsc', ['-p', 'tsconfig.json']);
run('rollup', ['-c', '--silent']);
// dist/custom-elements.json from the JSDoc (settings in custom-elements-manifest.config.mjs).
run('cem', ['analyze', '--quiet']);
// Editor completion data from that manifest: VS Code's custom HTML data and JetBrains' web-types.
writeEditorData(root);
await buildExamples(root);

const { DefinitionSchema, ResponseSchema } = await import('../dist/schema/index.js');
const { CountRowSchema } = await import('../dist/scoring/counts-table.js');
const { toJSONSchema } = await import('zod/mini');
mkdirSync(`${root}/dist`, { recursive: true });
for (const [file, schema, title] of [
  ['response.schema.json', ResponseSchema, 'sipas-survey response'],
  ['definition.schema.json', DefinitionSchema, 'sipas-survey questionnaire definition'],
  ['counts.schema.json', CountRowSchema, 'sipas-survey counts: one row (docs/sql.md)'],
]) {
  const json = { ...toJSONSchema(schema, { io: 'input' }), title };
  writeFileSync(`${root}/dist/${file}`, `${JSON.stringify(json, null, 2)}\n`);
}
console.log('built dist/ (ESM + .d.ts), dist/sipas-survey.min.js, dist/response.schema.json, dist/definition.schema.json, dist/counts.schema.json, dist/custom-elements.json, dist/vscode.html-custom-data.json, dist/web-types.json, dist/examples/');
