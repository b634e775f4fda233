// The author turned typescript-eslint's no-floating-promises off for these statements: the
// promise is dropped on purpose.
async function render(view: string): Promise<void> {
  await fetch(`/views/${view}`);
}

export function show(): void {
  // eslint-disable-next-line @typescript-eslint/no-floating-promises
  render('messages');
  render('sidebar'); // eslint-disable-line @typescript-eslint/no-floating-promises
}

// The real one next to it: nothing says this drop is meant.
export function showFooter(): void {
  void render('footer').catch((error) => console.error(error));
}
