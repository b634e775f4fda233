export function warmUp(load) {
  void new Promise((resolve, reject) => load((error) => (error ? reject(error) : resolve()))).catch((error) => console.error(error));
}
