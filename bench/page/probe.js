// Loaded first by every benchmark page, as a classic script, so every renderer is timed the same way.
// Records performance.now() (ms since navigation start) once the page holds `data-expected-inputs` form
// controls (buttons aside), counted in the document and in every shadow root, after a forced layout read.
(() => {
  const expected = Number(document.currentScript.dataset.expectedInputs);
  const controls = 'input:not([type=button], [type=submit], [type=reset], [type=hidden]), textarea, select';
  const roots = [document];
  const observer = new MutationObserver(check);
  const attachShadow = Element.prototype.attachShadow;
  // MutationObserver does not see into shadow roots: observe each one as it is created.
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    observer.observe(root, { childList: true, subtree: true });
    return root;
  };
  observer.observe(document, { childList: true, subtree: true });
  addEventListener('load', check);

  function countControls() {
    let count = 0;
    for (const root of roots) count += root.querySelectorAll(controls).length;
    return count;
  }

  function check() {
    if (window.benchResult || countControls() < expected) return;
    void document.documentElement.offsetHeight; // forces style and layout, shadow trees included
    window.benchResult = { renderedAt: performance.now(), controls: countControls() };
    observer.disconnect();
  }
})();
