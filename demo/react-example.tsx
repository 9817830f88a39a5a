// <sipas-survey> in a React 19 app, in TypeScript. React 19 supports custom elements itself: a prop whose name is
// one of the element's properties is set as that property (numbers and objects arrive intact), and
// `on<event-name>` with the exact event name adds a listener. `sipas-survey/react` types both for JSX (strict
// mode: a wrong `channel` or a misspelt property does not compile). Built by `npm run build` into
// dist/examples/react.js (see demo/react.html); type-checked by tests/frameworks/typings.test.ts.
import type {} from 'sipas-survey/react';
import type { SurveyResponse } from 'sipas-survey';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function SurveyPage() {
  const [received, setReceived] = useState<SurveyResponse | null>(null);
  return (
    <main>
      <h1>Đánh giá sự hài lòng (React)</h1>
      <sipas-survey
        agencyCode="25.721.25975"
        agencyName="UBND xã Phú An"
        channel="online"
        headingLevel={2}
        onsipas-submit={(event) => setReceived(event.detail)}
      />
      {received && (
        <p role="status" className="received">
          Đã nhận phiếu {received.responseId}
        </p>
      )}
    </main>
  );
}

createRoot(document.getElementById('app')!).render(<SurveyPage />);
