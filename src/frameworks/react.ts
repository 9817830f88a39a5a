// JSX typings for React 19: `import type {} from 'sipas-survey/react'` once (or list it in tsconfig's "types") and
// <sipas-survey> / <sipas-report> type-check in .tsx with their own property types and typed `on<event>` handlers.
// React 19 sets a prop as the element's property when the element has one, and `onsipas-submit` listens to the
// event of that exact name, so these are the names React itself uses.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { SipasReport } from '../components/sipas-report.js';
import type { SipasSurvey } from '../components/sipas-survey.js';
import type { SipasSurveyEventMap } from '../events/index.js';
import type { ElementProperties } from './element-properties.js';

/** `on<event-name>` props, as React 19 reads them for custom elements. */
type ReactEventProps<EventMap> = { [Name in keyof EventMap & string as `on${Name}`]?: (event: EventMap[Name]) => void };

/** The props of a custom element in React's JSX: React's own (key, ref, className, …), its options and its events. */
export type ReactElementProps<E extends SipasSurvey | SipasReport, EventMap = {}> = DetailedHTMLProps<HTMLAttributes<E>, E> &
  ElementProperties<E> &
  ReactEventProps<EventMap>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'sipas-survey': ReactElementProps<SipasSurvey, SipasSurveyEventMap>;
      'sipas-report': ReactElementProps<SipasReport>;
    }
  }
}
