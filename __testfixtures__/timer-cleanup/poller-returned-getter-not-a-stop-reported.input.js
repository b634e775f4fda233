// What the function returns reads a value; it stops nothing, so a clear put
// in it would run each time a caller reads the count.
export function startCounter() {
  let count = 0;
  setInterval(() => {
    count += 1;
  }, 1_000);
  return () => count;
}
