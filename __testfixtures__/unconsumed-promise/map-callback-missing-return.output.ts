import axios from 'axios';

export async function notifyAll(url: string, mobiles: string[]) {
  const sent = mobiles.map((mobile) => {
    return axios.post(url, { mobile }, { timeout: 5_000 });
  });
  await Promise.all(sent);
}

export function notEveryMap(url: string, mobiles: string[]) {
  const notLast = mobiles.map((mobile) => {
    void axios.post(url, { mobile }, { timeout: 5_000 }).catch((error) => { if (error?.name !== 'AbortError' && error?.name !== 'CanceledError') console.error(error); });
    return mobile;
  });
  mobiles.forEach((mobile) => {
    void axios.post(url, { mobile }, { timeout: 5_000 }).catch((error) => { if (error?.name !== 'AbortError' && error?.name !== 'CanceledError') console.error(error); });
  });
  return notLast;
}
