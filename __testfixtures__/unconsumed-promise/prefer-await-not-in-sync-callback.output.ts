async function save(id: string): Promise<void> {
  await fetch(`/save/${id}`, { method: 'POST', signal: AbortSignal.timeout(5_000) });
}

export async function watch(button: HTMLButtonElement, id: string) {
  button.addEventListener('click', () => {
    void save(id).catch((error) => console.error(error));
  });
  await save(id);
  void new Promise<void>((resolve) => setTimeout(resolve, 10)).catch((error) => console.error(error));
}
