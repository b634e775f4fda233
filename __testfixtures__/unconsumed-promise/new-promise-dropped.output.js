export function warmUp(load) {
  void new Promise((resolve, reject) => load((error) => (error ? reject(error) : resolve()))).catch((error) => { if (error?.name !== 'AbortError') console.error(error); });
}
