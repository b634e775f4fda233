import axios from 'axios';

export const client = axios.create({
  baseURL: process.env.API_URL,
  headers: { accept: 'application/json' },
  timeout: 10_000,
});
