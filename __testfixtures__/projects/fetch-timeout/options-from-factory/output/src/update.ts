import got from 'got';
import { getBareOptions, getHttpOptions } from './http-options';

const localOptions = () => ({ timeout: { request: 30_000 } });

// Not findings: every object the options' function returns has a `timeout`.
export async function getManifest(url: string): Promise<string> {
  return got(url, await getHttpOptions()).text();
}

export async function getSignature(url: string): Promise<string> {
  const options = await getHttpOptions();
  return got(url, { ...options, headers: { accept: 'text/plain' } }).text();
}

export async function getChannel(url: string): Promise<string> {
  return got(url, localOptions()).text();
}

// Still a finding: these options have no deadline.
export async function getNotes(url: string): Promise<string> {
  return got(url, { timeout: { request: 10_000 }, ...getBareOptions() }).text();
}

// Not a finding: the function returns a const that holds an object literal with `timeout`.
function reportOptions(token: string) {
  const options = { headers: { authorization: token }, timeout: { request: 30_000 } };
  return options;
}

export async function getReport(url: string, token: string): Promise<string> {
  return got(url, { ...reportOptions(token), responseType: 'text' }).text();
}
