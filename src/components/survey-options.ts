// The values of <sipas-survey>'s enumerated presentation attributes, written once: the property types, the
// Custom Elements Manifest and the editor data all derive from these lists.

/** `single` shows every section; `paged` one section per step; `auto` pages in containers under 600 px. */
export const LAYOUTS = ['auto', 'single', 'paged', 'print'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** `light`, `dark`, or `auto` (follows the system's `prefers-color-scheme`). */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
