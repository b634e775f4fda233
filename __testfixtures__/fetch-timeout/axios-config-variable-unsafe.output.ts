import axios, { type AxiosRequestConfig } from 'axios';

export async function load(url: string, config: AxiosRequestConfig) {
  return axios.get(url, { ...config, signal: config?.signal ?? AbortSignal.timeout(10_000) });
}
