// Inlined as the first script of every benchmark page, so every renderer is timed the same way from the same point.
// Records when the page holds `data-expected-inputs` form controls (buttons aside), counted in the document and in
// every shadow root, after a forced layout: checked at every DOM change (a MutationObserver, which runs after each
// batch of changes, within a task as well as between tasks) and at every animation frame. `fromScript` counts from
// this script's start (the document's first script); `fromNavigation` from navigation start.
(() => {
  const scriptStart = performance.now();
  const expected = Number(document.currentScript.dataset.expectedInputs);
  const controls = 'input:not([type=button], [type=submit], [type=reset], [type=hidden]), textarea, select';
  // Controls per root, recounted only for the roots a mutation batch touched: recounting every root on every
  // batch would cost a page of many shadow roots far more than a page of one document (measured: the probe's
  // own work was ~160 ms of a 50-survey page), and the probe must weigh the same for every renderer.
  const counts = new Map([[document, 0]]);
  const recount = (root) => counts.set(root, root.querySelectorAll(controls).length);
  const observer = new MutationObserver((records) => {
    for (const root of new Set(records.map((record) => record.target.getRootNode()))) recount(root);
    check();
  });
  const attachShadow = Element.prototype.attachShadow;
  // MutationObserver does not see into shadow roots: observe each one as it is created.
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    counts.set(root, 0);
    observer.observe(root, { childList: true, subtree: true });
    return root;
  };
  observer.observe(document, { childList: true, subtree: true });
  const everyFrame = () => {
    for (const root of counts.keys()) recount(root);
    check();
    if (!window.benchResult) requestAnimationFrame(everyFrame);
  };
  requestAnimationFrame(everyFrame);

  function total() {
    let sum = 0;
    for (const count of counts.values()) sum += count;
    return sum;
  }

  function check() {
    if (window.benchResult || total() < expected) return;
    void document.documentElement.offsetHeight; // forces style and layout, shadow trees included
    const readyAt = performance.now();
    window.benchResult = { fromScript: readyAt - scriptStart, fromNavigation: readyAt, controls: total() };
    observer.disconnect();
  }
})();
