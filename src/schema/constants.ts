// Plain values the schemas are built from. Kept apart from the zod schemas so that code which needs only a
// constant (the model, the first render) does not pull zod into the page's critical bytes.

/** The version of the response contract; a backend can branch on it. */
export const RESPONSE_SCHEMA_VERSION = 1;

/** How the citizen dealt with the agency: at its desk, through the online portal, or by post. */
export const CHANNELS = ['in-person', 'online', 'postal'] as const;
