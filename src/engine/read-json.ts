/** A JSON file that holds an object (a package.json), or `null` when it is missing, unreadable, not JSON or not an object. */
import fs from 'node:fs';

export function readJsonObject(file: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
