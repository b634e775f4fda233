export interface Settings {
  base: string;
}

export function define(settings: Settings): Settings;
export function define(settings: Promise<Settings>): Promise<Settings>;
export function define(settings: Settings | Promise<Settings>): Settings | Promise<Settings> {
  return settings;
}

export async function load(): Promise<Settings> {
  return { base: '/' };
}
