import https from 'https';

export function call(target: any, cb: () => void) {
  https.get(target, cb);
}
