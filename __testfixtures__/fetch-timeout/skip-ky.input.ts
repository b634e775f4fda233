import ky from 'ky';

export async function load(url: string) {
  return ky.get(url).json();
}
