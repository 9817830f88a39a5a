export { applyAnswer, pruneAnswers, toggleChoice, visibleItems, isEmptyAnswer } from './answers.js';
export { parseContext, CONTEXT_ATTRIBUTES, type ContextAttribute, type ContextResult } from './context.js';
export { parseDefinition, DEFINITION_LIMITS, type DefinitionResult } from './definition.js';
export { shortHash } from './hash.js';
export { listItems, type LocatedItem } from './items.js';
export { buildResponse, wordingHash, wordingOf, type ResponseInput } from './response.js';
export { localize } from './text.js';
export { validateAnswers, type ValidationCode, type ValidationIssue } from './validation.js';
export { isVisible, matchesAnyOf } from './visibility.js';
