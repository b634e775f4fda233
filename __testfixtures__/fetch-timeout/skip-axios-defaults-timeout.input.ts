import axios from 'axios';

axios.defaults.timeout = 5000;

export async function load(url: string) {
  return axios.get(url);
}
