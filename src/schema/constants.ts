// Plain values the schemas are built from. Kept apart from the zod schemas so that code which needs only a
// constant (the model, the first render) does not pull zod into the page's critical bytes.

/**
 * The version of the response contract; a backend can branch on it. Its integer part is the major version:
 * 1.1 only added optional fields (context.desk, collection, completion), so a 1 still validates and means the same.
 */
export const RESPONSE_SCHEMA_VERSION = 1.1;

/** Every version this schema accepts, oldest first; responses are written with the last. */
export const RESPONSE_SCHEMA_VERSIONS = [1, RESPONSE_SCHEMA_VERSION] as const;

/** How the citizen dealt with the agency: at its desk, through the online portal, or by post. */
export const CHANNELS = ['in-person', 'online', 'postal'] as const;

/** How an answer was collected: on the citizen's own device, at a kiosk, typed in from a paper form, or read out in an interview. */
export const COLLECTION_MODES = ['online', 'kiosk', 'paper', 'interview'] as const;

/** The most characters a desk (a counter's number or name) may have. */
export const DESK_MAX_LENGTH = 50;
