// The questionnaires a command line scores with: the built-in ones, and each --definition file, read as the widget
// reads one (readJsonFile) and checked, with the reasons a file is refused. Shared by sipas-score and sipas-sql.
import { scoredDefinitions } from '../../dist/definitions/index.js';
import { parseDefinition } from '../../dist/model/definition.js';
import { readJsonFile } from './files.mjs';

/** A --definition file that cannot be used (unreadable, not JSON, not a valid definition): a usage error, exit 2. */
export class DefinitionFileError extends Error {}

/** The built-in definitions followed by those of `files`, in order; throws DefinitionFileError naming the file. */
export async function loadDefinitions(files) {
  const definitions = [...(await scoredDefinitions())];
  for (const file of files) {
    let read;
    try {
      read = await readJsonFile(file);
    } catch (error) {
      throw new DefinitionFileError(`--definition ${error.message}`);
    }
    if (!read.ok) throw new DefinitionFileError(`--definition ${file} ${read.message}`);
    const result = parseDefinition(read.value);
    if (!result.ok) throw new DefinitionFileError(`--definition ${file} is not a valid definition:\n${result.problems.map((p) => `  ${p.path} ${p.message}`).join('\n')}`);
    definitions.push(result.definition);
  }
  return definitions;
}
