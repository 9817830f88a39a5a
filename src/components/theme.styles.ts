import { css } from 'lit';

/*
 * The dark palette, used twice: when the system prefers dark (unless theme="light") and when theme="dark".
 * Host-set --sipas-* colours win over both. Every pair meets WCAG 2.2 AA: text ≥ 4.5:1, controls ≥ 3:1.
 */
const darkPalette = css`
  --_text: var(--sipas-color-text, #ececec);
  --_muted: var(--sipas-color-muted, #c4c4c4);
  --_background: var(--sipas-color-background, #121212);
  --_surface: var(--sipas-color-surface, #1f1f1f);
  --_border: var(--sipas-color-border, #9a9a9a);
  --_accent: var(--sipas-color-accent, #8ab4f8);
  --_on-accent: var(--sipas-color-on-accent, #0b1a2e);
  --_error: var(--sipas-color-error, #f2b8b5);
  color-scheme: dark;
`;

/** The design tokens and the light/dark theme every sipas element shares; host-set --sipas-* values win. */
export const themeStyles = css`
  :host {
    /* A stack that renders every Vietnamese diacritic on common systems, with no web font to download. */
    --_font: var(--sipas-font-family, system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif);
    --_text: var(--sipas-color-text, #1b1b1b);
    --_muted: var(--sipas-color-muted, #4a4a4a);
    --_background: var(--sipas-color-background, #ffffff);
    --_surface: var(--sipas-color-surface, #f6f6f4);
    --_border: var(--sipas-color-border, #6b6b6b);
    --_accent: var(--sipas-color-accent, #0b5cad);
    --_on-accent: var(--sipas-color-on-accent, #ffffff);
    --_error: var(--sipas-color-error, #b3261e);
    --_radius: var(--sipas-radius, 6px);
    --_space: var(--sipas-space, 0.5rem);
    --_target: var(--sipas-target-size, 44px);
    color-scheme: light;
    display: block;
    color: var(--_text);
    background: var(--_background);
    font-family: var(--_font);
    line-height: 1.5;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${darkPalette}
    }
  }
  :host([theme='dark']) {
    ${darkPalette}
  }
  :host([hidden]) {
    display: none;
  }
`;
