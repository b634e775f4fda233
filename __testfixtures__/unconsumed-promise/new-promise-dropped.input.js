export function warmUp(load) {
  new Promise((resolve, reject) => load((error) => (error ? reject(error) : resolve())));
}
