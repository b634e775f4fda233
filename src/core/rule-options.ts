/**
 * Rule options: defaults from each rule's meta, values from the config file, the programmatic
 * API or jscodeshift's command line, checked against the declared type with a clear message.
 */
import type { AnyRule, OptionSpec } from './rule';

export class OptionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OptionError';
  }
}

function describe(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}

function coerce(ruleId: string, name: string, spec: OptionSpec, value: unknown, fromText: boolean): unknown {
  const where = `option "${name}" of rule ${ruleId}`;
  switch (spec.type) {
    case 'number': {
      const n = fromText && typeof value === 'string' && value.trim() !== '' ? Number(value.replace(/_/g, '')) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) throw new OptionError(`${where} must be a number, got ${describe(value)}`);
      return n;
    }
    case 'string':
      if (typeof value !== 'string') throw new OptionError(`${where} must be a string, got ${describe(value)}`);
      return value;
    case 'boolean':
      if (fromText && (value === 'true' || value === 'false')) return value === 'true';
      if (typeof value !== 'boolean') throw new OptionError(`${where} must be true or false, got ${describe(value)}`);
      return value;
    case 'string[]': {
      const list = fromText && typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value;
      if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) {
        throw new OptionError(`${where} must be an array of strings, got ${describe(value)}`);
      }
      return list;
    }
    case 'object':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new OptionError(`${where} must be an object, got ${describe(value)}`);
      }
      return value;
  }
}

/**
 * Fills in defaults and validates `given`. Unknown option names are an error (a typo must not
 * silently fall back to the default). `fromText` accepts strings for numbers, booleans and
 * lists, as a command line gives them.
 */
export function resolveRuleOptions(
  rule: AnyRule,
  given: Record<string, unknown> | undefined,
  { fromText = false, ignoreUnknown = false } = {},
): Record<string, unknown> {
  const specs = rule.meta.options as Record<string, OptionSpec>;
  const resolved: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) resolved[name] = spec.default;
  if (!given) return resolved;
  for (const [name, value] of Object.entries(given)) {
    const spec = specs[name];
    if (!spec) {
      if (ignoreUnknown) continue;
      const known = Object.keys(specs);
      throw new OptionError(
        `rule ${rule.meta.id} has no option "${name}"` + (known.length ? ` (options: ${known.join(', ')})` : ' (it takes no options)'),
      );
    }
    if (value === undefined) continue;
    const coerced = coerce(rule.meta.id, name, spec, value, fromText);
    const problem = spec.validate?.(coerced);
    if (problem) throw new OptionError(`option "${name}" of rule ${rule.meta.id}: ${problem}`);
    resolved[name] = coerced;
  }
  return resolved;
}
