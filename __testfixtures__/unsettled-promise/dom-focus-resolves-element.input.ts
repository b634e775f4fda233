export async function focusFirst(form: HTMLFormElement): Promise<HTMLInputElement> {
  const input = form.querySelector('input')!;
  input.focus();
  return new Promise<HTMLInputElement>((resolve) => input.addEventListener('focus', () => resolve(input), { once: true }));
}
