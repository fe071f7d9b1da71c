// The page's own language switch (not part of Shieldkit): widgets follow <html lang>.
const select = document.getElementById('language');
select.value = document.documentElement.lang;
select.addEventListener('change', () => {
  document.documentElement.lang = select.value;
});
