import type * as z from 'zod/mini';

/** One thing wrong with an input, located by a path a person can read: `sections[2].items[4].scale`. */
export interface SchemaProblem {
  path: string;
  message: string;
}

/** Formats a property path the way a developer would write it in JavaScript. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) text += (text ? '.' : '') + String(key);
    else text += `[${JSON.stringify(String(key))}]`;
  }
  return text || '(root)';
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function messageFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `expected at least ${issue.minimum} entries`
        : issue.origin === 'string'
          ? `expected at least ${issue.minimum} characters`
          : `expected a number ≥ ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `expected at most ${issue.maximum} entries`
        : issue.origin === 'string'
          ? `expected at most ${issue.maximum} characters`
          : `expected a number ≤ ${issue.maximum}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(describe).join(', ')}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length > 1 ? 'properties' : 'property'} ${issue.keys.map(describe).join(', ')}`;
    case 'invalid_union': {
      const options = 'options' in issue && Array.isArray(issue.options) ? issue.options : undefined;
      return options ? `expected one of ${options.map(describe).join(', ')}` : 'does not match any allowed shape';
    }
    case 'invalid_format':
      return issue.message && issue.message !== 'Invalid input' ? `expected ${issue.message}` : `expected a valid ${issue.format}`;
    case 'invalid_key':
      return `is not an allowed key: ${issue.issues.map(messageFor).join('; ')}`;
    case 'not_multiple_of':
      return `expected a multiple of ${issue.divisor}`;
    default:
      return issue.message && issue.message !== 'Invalid input' ? issue.message : 'is not valid';
  }
}

/** Turns zod issues into readable problems, one per issue, each with its path. */
export function formatSchemaIssues(issues: readonly z.core.$ZodIssue[]): SchemaProblem[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: messageFor(issue) }));
}
