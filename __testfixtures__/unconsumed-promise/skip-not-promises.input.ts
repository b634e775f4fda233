import { fetch } from './http';
import { watch } from 'node:fs/promises';
import { setInterval as every } from 'node:timers/promises';

function compute(): number {
  return 1;
}

async function* stream() {
  yield 1;
}

export function run(items: number[]) {
  compute();
  fetch('/x');
  watch('.');
  every(1000);
  stream();
  items.forEach((item) => console.log(item));
  items.map((item) => item * 2);
  expect(Promise.reject(new Error('x'))).rejects.toThrow();
}
