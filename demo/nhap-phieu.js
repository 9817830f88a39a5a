// The keying page: the pass switch (first keying, or the second of double entry) drives the element.
const entry = document.getElementById('entry');
const pass = document.getElementById('pass');
const apply = () => (entry.pass = pass.value);
apply();
pass.addEventListener('change', apply);
