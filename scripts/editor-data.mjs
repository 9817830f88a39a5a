// Editor data generated from dist/custom-elements.json, so that editors complete the tags' attributes and events in
// plain HTML and in Vue templates: VS Code's custom HTML data (dist/vscode.html-custom-data.json, named in
// .vscode/settings.json's "html.customData") and JetBrains' web-types (dist/web-types.json, found through
// package.json's "web-types" field). Called by scripts/build.mjs after the manifest is written.
import { readFileSync, writeFileSync } from 'node:fs';

/** The values an attribute accepts when its type is a union of string literals (and null), else undefined. */
function enumerated(typeText) {
  const members = (typeText ?? '').split('|').map((member) => member.trim()).filter((member) => member !== 'null' && member !== 'undefined');
  const literals = members.map((member) => /^'([^']*)'$/.exec(member)?.[1]);
  return literals.length > 0 && literals.every((literal) => literal !== undefined) ? literals : undefined;
}

const isBoolean = (attribute) => attribute.type?.text === 'boolean';

/** Events and CSS hooks, in Markdown, for the tag's description in VS Code (its format has no place for them). */
function referenceText(element) {
  const list = (title, entries) => (entries?.length ? [`**${title}:**\n${entries.map((entry) => `- \`${entry.name}\`: ${entry.description ?? ''}`).join('\n')}`] : []);
  return [element.summary ?? '', ...list('Events', element.events), ...list('Custom states', element.cssStates)].join('\n\n');
}

function vscodeData(elements) {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tagName,
      description: { kind: 'markdown', value: referenceText(element) },
      attributes: element.attributes.map((attribute) => ({
        name: attribute.name,
        description: [attribute.description, attribute.default !== undefined ? `Default: \`${attribute.default}\`.` : ''].filter(Boolean).join(' '),
        ...(isBoolean(attribute) ? { valueSet: 'v' } : {}),
        ...(enumerated(attribute.type?.text) ? { values: enumerated(attribute.type.text).map((name) => ({ name })) } : {}),
      })),
    })),
  };
}

function webTypes(elements, { name, version }) {
  const described = (entry) => ({ name: entry.name, ...(entry.description ? { description: entry.description } : {}) });
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name,
    version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tagName,
          description: element.description,
          source: { module: element.module, symbol: element.name },
          attributes: element.attributes.map((attribute) => ({
            ...described(attribute),
            ...(attribute.default !== undefined ? { default: attribute.default } : {}),
            value: isBoolean(attribute) ? { kind: 'no-value', type: 'boolean' } : { kind: 'plain', type: attribute.type?.text ?? 'string' },
            ...(enumerated(attribute.type?.text) ? { values: enumerated(attribute.type.text).map((value) => ({ name: value })) } : {}),
          })),
          js: {
            properties: element.members
              .filter((member) => member.kind === 'field' && !member.privacy && !member.static)
              .map((member) => ({ ...described(member), ...(member.type ? { type: member.type.text } : {}) })),
            events: (element.events ?? []).map((event) => ({ ...described(event), ...(event.type ? { type: event.type.text } : {}) })),
          },
          css: {
            properties: (element.cssProperties ?? []).map(described),
            parts: (element.cssParts ?? []).map(described),
          },
        })),
      },
    },
  };
}

export function writeEditorData(root) {
  const manifest = JSON.parse(readFileSync(`${root}/dist/custom-elements.json`, 'utf8'));
  const packageJson = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
  const elements = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.tagName).map((declaration) => ({ ...declaration, module: module.path })),
  );
  writeFileSync(`${root}/dist/vscode.html-custom-data.json`, `${JSON.stringify(vscodeData(elements), null, 2)}\n`);
  writeFileSync(`${root}/dist/web-types.json`, `${JSON.stringify(webTypes(elements, packageJson), null, 2)}\n`);
}
