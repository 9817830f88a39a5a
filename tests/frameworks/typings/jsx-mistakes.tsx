// Mistakes a portal developer can make with <sipas-survey> in JSX: each must fail to compile, checked once with
// React's JSX and once with Preact's (the example beside it in each tsconfig imports that framework's typings).
// TypeScript reports an expect-error directive with no error under it, so if the typings stopped catching one, the
// check fails.

export const mistakes = (
  <>
    <sipas-survey
      // @ts-expect-error: "fax" is not a channel
      channel="fax"
    />
    <sipas-survey
      // @ts-expect-error: no built-in questionnaire is called "sipas-2030"
      questionnaire="sipas-2030"
    />
    <sipas-survey
      // @ts-expect-error: the heading level is a number
      headingLevel="2"
    />
    <sipas-survey
      // @ts-expect-error: a layout is auto, single or paged
      layout="wide"
    />
    <sipas-survey
      // @ts-expect-error: the response has no `score`
      onsipas-submit={(event) => event.detail.score}
    />
    <sipas-survey
      // @ts-expect-error: `answers` is read-only
      answers={{}}
    />
    <sipas-report
      // @ts-expect-error: min-n is a number
      minN="5"
    />
  </>
);
