import type { Record } from '../../src/record.js';

export function whenDecoded(record: Record): Promise<string> {
  return new Promise((resolve) => {
    record.once('decoded', resolve);
  });
}
