async function openTab(title, text) {
  await new Promise((resolve) => setTimeout(resolve, 0));
  document.title = `${title} (${text.length})`;
}

export function openTextFile(filePath) {
  const fs = window.require('fs');
  const text = fs.readFileSync(filePath, 'utf8');
  void openTab(filePath, text).catch((error) => console.error(error));
}
