import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

type ExportTarget = string | { types?: string; default?: string };
interface PackageJson {
  main: string;
  module: string;
  types: string;
  customElements: string;
  bin?: Record<string, string>;
  exports: Record<string, ExportTarget>;
  sideEffects: string[];
}

const packageJson: PackageJson = await (await fetch('/package.json')).json();
const packed: string[] = await executeServerCommand('npm-pack-list');
const relative = (path: string) => path.replace(/^\.\//, '');

describe('the npm package (npm pack --dry-run)', () => {
  it('holds only the built dist/, the commands and what they share, and the package documents: no tests, demo, examples, bench results or maps', () => {
    const commands = Object.values(packageJson.bin ?? {}).map(relative);
    expect(packed).to.include.members(['bin/lib/files.mjs', 'bin/lib/definitions.mjs']);
    const stray = packed.filter(
      (path) => !path.startsWith('dist/') && !commands.includes(path) && !/^bin\/lib\/[\w-]+\.mjs$/.test(path) && !/^(package\.json|README\.md|LICENSE(\.\w+)?)$/.test(path),
    );
    expect(stray).to.deep.equal([]);
    const unwanted = packed.filter((path) => /\.map$|^dist\/examples\/|(^|\/)(tests?|demo|bench|screenshots)\//.test(path));
    expect(unwanted).to.deep.equal([]);
  });

  it('contains every file that exports, main, module, types and customElements name, with types beside each module', () => {
    const targets = [packageJson.main, packageJson.module, packageJson.types, packageJson.customElements];
    for (const [subpath, target] of Object.entries(packageJson.exports)) {
      if (typeof target === 'string') {
        targets.push(target);
        continue;
      }
      expect(target.types, `exports["${subpath}"] has types`).to.be.a('string');
      targets.push(target.types!, target.default!);
    }
    const missing = targets.map(relative).filter((path) => !packed.includes(path));
    expect(missing).to.deep.equal([]);
  });

  it('exports the index, define entries, schemas, events and manifest; no minified file is the main entry', () => {
    expect(Object.keys(packageJson.exports)).to.include.members([
      '.',
      './define.js',
      './define-report.js',
      './define-entry.js',
      './schema.js',
      './events.js',
      './response.schema.json',
      './definition.schema.json',
      './counts.schema.json',
      './custom-elements.json',
    ]);
    for (const entry of [packageJson.main, packageJson.module, (packageJson.exports['.'] as { default: string }).default]) {
      expect(entry).not.to.match(/\.min\.js$/);
    }
  });

  it('names in sideEffects exactly the modules that register a custom element', async () => {
    const registering: string[] = [];
    for (const path of packed.filter((p) => p.endsWith('.js'))) {
      const source = await (await fetch(`/${path}`)).text();
      if (source.includes('customElements.define(')) registering.push(path);
    }
    expect(registering).to.include('dist/define.js');
    expect([...packageJson.sideEffects].map(relative).filter((path) => packed.includes(path)).sort()).to.deep.equal(registering.sort());
  });
});
