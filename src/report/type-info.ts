/**
 * The one line the human formats (pretty, markdown) show about the type layer of a run:
 * which programs answered, or why none did, and what could not be used.
 */
import type { TypeInfo } from '../core/finding';

export function describeTypeInfo(info: TypeInfo | undefined): string | null {
  if (!info) return null;
  const used = [...info.tsconfigs, ...(info.inferredProgram ? ['an inferred program for files without a tsconfig'] : [])];
  const head = used.length > 0 ? `type information: ${used.join(', ')}` : `type information: none (${info.none ?? 'no program'})`;
  return info.problems.length > 0 ? `${head}; ${info.problems.join('; ')} — syntactic answers there` : head;
}
