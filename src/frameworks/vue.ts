// Vue 3 typings: `import type {} from 'sipas-survey/vue'` once (or list it in tsconfig's "types") and vue-tsc checks
// <sipas-survey> / <sipas-report> in templates (also with strictTemplates): each binding against the element's own
// property type, `@sipas-submit` with its typed event. Vue's compiler still needs `isCustomElement` for sipas-* tags.
import type { DefineComponent } from 'vue';
import type { SipasReport } from '../components/sipas-report.js';
import type { SipasSurvey } from '../components/sipas-survey.js';
import type { SipasSurveyEventMap } from '../events/index.js';
import type { ElementProperties } from './element-properties.js';

/** "sipas-submit" → "SipasSubmit": the form Vue gives a listener's prop (`onSipasSubmit`). */
type PascalCase<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${PascalCase<Tail>}` : Capitalize<Name>;

/** `on<EventName>` props, as Vue's type checker reads `@event-name` listeners. */
type VueEventProps<EventMap> = { [Name in keyof EventMap & string as `on${PascalCase<Name>}`]?: (event: EventMap[Name]) => void };

declare module 'vue' {
  interface GlobalComponents {
    'sipas-survey': DefineComponent<ElementProperties<SipasSurvey> & VueEventProps<SipasSurveyEventMap>>;
    'sipas-report': DefineComponent<ElementProperties<SipasReport>>;
  }
}
