// Demo-page behaviour only (not part of Shieldkit).
const select = document.getElementById('language');
select.value = document.documentElement.lang;
select.addEventListener('change', () => {
  const rtl = ['ar', 'fa', 'ps', 'ur'].includes(select.value);
  document.documentElement.lang = select.value;
  document.documentElement.dir = rtl ? 'rtl' : 'ltr';
});

// Let a visitor try the exit without losing the demo: ask first.
document.addEventListener('shield-exit', (event) => {
  if (!window.confirm('This is the demo: leave for the exit page now?')) event.preventDefault();
});
