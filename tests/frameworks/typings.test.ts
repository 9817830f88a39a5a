import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface CheckResult {
  code: number;
  output: string;
}

describe('the framework typings (sipas-survey/react, sipas-survey/preact, sipas-survey/vue) in a strict TypeScript portal', () => {
  it('type-check the React and Preact .tsx examples and the Vue SFC example, and refuse every mistake in the mistake files', async function () {
    // Two real compilers over the built package's .d.ts: slow on a shared machine.
    this.timeout(300_000);
    await executeServerCommand('typecheck-examples-start');
    let result: { pending: true } | { react: CheckResult; preact: CheckResult; vue: CheckResult };
    do result = await executeServerCommand('typecheck-examples-result');
    while ('pending' in result);
    const { react, preact, vue } = result;
    // The mistake files hold one expect-error per wrong usage: an error not caught there, or a mistake no longer
    // refused, fails the check like an error in the examples themselves.
    expect(react.output, 'tsc -p tests/frameworks/typings/tsconfig.react.json').to.equal('');
    expect(react.code).to.equal(0);
    expect(preact.output, 'tsc -p tests/frameworks/typings/tsconfig.preact.json').to.equal('');
    expect(preact.code).to.equal(0);
    expect(vue.output, 'vue-tsc -p tests/frameworks/typings/tsconfig.vue.json').to.equal('');
    expect(vue.code).to.equal(0);
  });
});
