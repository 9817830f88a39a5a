-- One row per response. The primary key makes storage exactly-once: a uuid compares without regard to letter case,
-- so the same responseId in capitals is the same row. The cut columns are copied from the response at insert, so
-- queries by questionnaire, agency and period read an index instead of the JSON.
CREATE TABLE sipas_responses (
  response_id uuid PRIMARY KEY,
  response jsonb NOT NULL,
  questionnaire_id text NOT NULL,
  questionnaire_version text NOT NULL,
  agency_code text,
  agency_name text,
  procedure_code text,
  procedure_name text,
  field text,
  channel text,
  desk text,
  collection_mode text NOT NULL DEFAULT 'online',
  submitted_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX sipas_responses_questionnaire_submitted ON sipas_responses (questionnaire_id, questionnaire_version, submitted_at);
CREATE INDEX sipas_responses_agency_submitted ON sipas_responses (agency_code, submitted_at);
-- Reading every response in the order it arrived, page by page (GET /api/responses).
CREATE INDEX sipas_responses_received ON sipas_responses (received_at, response_id);
