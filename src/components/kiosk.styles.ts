import { css } from 'lit';

/**
 * Kiosk mode's rules, adopted by its controller when it loads: pages without kiosk mode never download them.
 * Kiosk mode is touch first: targets of at least 56 px (a host may ask for more, never less), larger text, and no
 * text selection or long-press menu on what a finger taps.
 */
export const kioskStyles = css`
  :host([kiosk]) {
    --_target: max(var(--sipas-target-size, 56px), 56px);
    font-size: 1.125rem;
  }
  :host([kiosk]) :is(.option, button, .legend) {
    -webkit-user-select: none;
    user-select: none;
    -webkit-touch-callout: none;
    -webkit-tap-highlight-color: transparent;
  }
  :host([kiosk]) .option input {
    width: 1.5rem;
    height: 1.5rem;
    vertical-align: -0.375rem;
  }
  .kiosk-next {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin-top: calc(var(--_space) * 3);
  }
  .kiosk-countdown {
    margin: 0;
    flex: 1 1 14rem;
    font-weight: 600;
  }
  .idle-dialog {
    max-inline-size: min(32rem, calc(100vw - 2rem));
    padding: calc(var(--_space) * 3);
    color: var(--_text);
    background: var(--_background);
    border: 3px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .idle-dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  .idle-dialog .heading {
    font-size: 1.375rem;
  }
  .idle-dialog .continue {
    inline-size: 100%;
    min-block-size: max(var(--_target), 72px);
    font-size: 1.375rem;
  }
`;
