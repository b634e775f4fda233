export function showErrorPage(error) {
  document.body.textContent = String(error);
}
