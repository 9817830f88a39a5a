// <sipas-survey> in a Preact app, in TypeScript (type-checked by tests/frameworks/typings.test.ts in strict mode).
import type {} from 'sipas-survey/preact';
import type { SurveyResponse } from 'sipas-survey';
import { render } from 'preact';
import { useState } from 'preact/hooks';

function SurveyPage() {
  const [received, setReceived] = useState<SurveyResponse | null>(null);
  return (
    <main>
      <h1>Đánh giá sự hài lòng (Preact)</h1>
      <sipas-survey
        agencyCode="H29.100"
        agencyName="UBND xã Phú An"
        channel="online"
        headingLevel={2}
        desk="Quầy 3"
        onsipas-submit={(event) => setReceived(event.detail)}
      />
      {received && <p role="status">Đã nhận phiếu {received.responseId}</p>}
      <sipas-report minN={5} />
    </main>
  );
}

render(<SurveyPage />, document.getElementById('app')!);
