export async function focusFirst(form: HTMLFormElement): Promise<HTMLInputElement> {
  const input = form.querySelector('input')!;
  input.focus();
  return new Promise<HTMLInputElement>((resolve, reject) => {
    const deadline = AbortSignal.timeout(30_000);
    const listening = new AbortController();
    input.addEventListener('focus', () => { listening.abort(); resolve(input); }, { signal: listening.signal });
    deadline.addEventListener('abort', () => { listening.abort(); reject(deadline.reason); }, { signal: listening.signal });
  });
}
