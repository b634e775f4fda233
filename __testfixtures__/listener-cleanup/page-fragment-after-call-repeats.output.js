// A fragment-only navigation after the call (`location.href = '#results'`) stays on the same
// document: the page does not end, so search() runs at each submit and its listener piles up.
async function search(query) {
  document.addEventListener('keydown', (e) => console.log(query, e.key));
  const res = await fetch('/search?q=' + query, { signal: AbortSignal.timeout(5000) });
  return res.json();
}
document.querySelector('form').addEventListener('submit', async (event) => {
  event.preventDefault();
  await search(event.target.q.value);
  location.href = '#results';
});
