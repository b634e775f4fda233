import request from 'superagent';

export async function load(url: string) {
  return request.get(url).timeout(5000);
}
