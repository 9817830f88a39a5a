// JSX typings for Preact: `import type {} from 'sipas-survey/preact'` once (or list it in tsconfig's "types") and
// <sipas-survey> / <sipas-report> type-check in .tsx with their own property types and typed `on<event>` handlers.
// Preact sets a prop as the element's property when the element has one (so load the element's script before
// rendering), and `onsipas-submit` listens to `sipas-submit`: it lower-cases only names that start upper-case.
import type { HTMLAttributes } from 'preact';
import type { SipasReport } from '../components/sipas-report.js';
import type { SipasSurvey } from '../components/sipas-survey.js';
import type { SipasSurveyEventMap } from '../events/index.js';
import type { ElementProperties } from './element-properties.js';

/** `on<event-name>` props, as Preact reads them. */
type PreactEventProps<EventMap> = { [Name in keyof EventMap & string as `on${Name}`]?: (event: EventMap[Name]) => void };

/** The props of a custom element in Preact's JSX: Preact's own (key, ref, class, …), its options and its events. */
export type PreactElementProps<E extends SipasSurvey | SipasReport, EventMap = {}> = HTMLAttributes<E> &
  ElementProperties<E> &
  PreactEventProps<EventMap>;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'sipas-survey': PreactElementProps<SipasSurvey, SipasSurveyEventMap>;
      'sipas-report': PreactElementProps<SipasReport>;
    }
  }
}
