/** A host's `heading-level` as an ARIA heading level: a whole number from 1 to 6, 2 when it is not a number. */
export const headingLevel = (level: number): number => Math.min(Math.max(Math.round(level) || 2, 1), 6);
