/* global document, fetch, URLSearchParams, setTimeout, clearTimeout */
import { initAll } from '/govuk/govuk-frontend.min.js';

initAll();

// Search as you type: the form still works without this script, as a plain GET.
const form = document.querySelector('form[data-live-search]');
const results = document.getElementById('live-results');
const input = form?.querySelector('input[name="q"]');
let pending;

input?.addEventListener('input', () => {
  clearTimeout(pending);
  pending = setTimeout(async () => {
    const query = new URLSearchParams({ q: input.value.trim() });
    const response = await fetch(`${form.dataset.liveSearch}?${query}`);
    if (response.ok) results.innerHTML = await response.text();
  }, 200);
});
