export * from './definition.js';
export * from './response.js';
export * from './overrides.js';
export { formatSchemaIssues } from './format-issues.js';
export type { SchemaProblem } from './format-issues.js';
export { checkResponse, type ResponseCheck } from './check-response.js';
