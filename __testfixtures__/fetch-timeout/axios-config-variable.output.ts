import axios, { type AxiosRequestConfig } from 'axios';

export async function load(config: AxiosRequestConfig) {
  return axios(config);
}
