// <sipas-survey> in a React 19 app. React 19 supports custom elements itself: a prop whose name is one of the
// element's properties is set as that property (numbers and objects arrive intact), and `on<event-name>` with
// the exact event name adds a listener. Built by `npm run build` into dist/examples/react.js (see demo/react.html).
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function SurveyPage() {
  const [received, setReceived] = useState(null);
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

createRoot(document.getElementById('app')).render(<SurveyPage />);
