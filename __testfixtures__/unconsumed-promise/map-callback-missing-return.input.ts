import axios from 'axios';

export async function notifyAll(url: string, mobiles: string[]) {
  const sent = mobiles.map((mobile) => {
    axios.post(url, { mobile }, { timeout: 5_000 });
  });
  await Promise.all(sent);
}

export function notEveryMap(url: string, mobiles: string[]) {
  const notLast = mobiles.map((mobile) => {
    axios.post(url, { mobile }, { timeout: 5_000 });
    return mobile;
  });
  mobiles.forEach((mobile) => {
    axios.post(url, { mobile }, { timeout: 5_000 });
  });
  return notLast;
}
