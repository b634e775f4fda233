export async function waitForFocus(input: HTMLInputElement) {
  await new Promise((resolve) => input.addEventListener('focus', resolve, { once: true, signal: AbortSignal.timeout(5000) }));
}
