async function save(id: string): Promise<void> {
  await fetch(`/save/${id}`, { method: 'POST', signal: AbortSignal.timeout(5_000) });
}

export async function watch(button: HTMLButtonElement, id: string) {
  button.addEventListener('click', () => {
    save(id);
  });
  await save(id);
  new Promise<void>((resolve) => setTimeout(resolve, 10));
}
