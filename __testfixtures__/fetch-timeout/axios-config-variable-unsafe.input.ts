import axios, { type AxiosRequestConfig } from 'axios';

export async function load(url: string, config: AxiosRequestConfig) {
  return axios.get(url, config);
}
