// A test-runner command that returns Chromium's whole accessibility tree, groups included: the stock a11ySnapshot
// keeps only "interesting" nodes, which drops the fieldset groups the tests must see.
export function accessibilityTreePlugin() {
  return {
    name: 'accessibility-tree-command',
    async executeCommand({ command, session }) {
      if (command !== 'accessibility-tree') return undefined;
      const page = session.browser.getPage(session.id);
      return page.accessibility.snapshot({ interestingOnly: false });
    },
  };
}
