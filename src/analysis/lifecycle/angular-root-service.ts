/**
 * Whether a class is an Angular service provided in the root (or platform) injector:
 * `@Injectable({ providedIn: 'root' })`, or Angular 22's `@Service()` (auto-provided in root unless
 * `autoProvided: false`). Angular makes one instance for the life of the
 * application and destroys it only with the application, so what its constructor acquires
 * lives as long as the process (docs/catalog.md, "Process lifetime by intent").
 */
import type { Class, Node } from '@babel/types';
import { findObjectProperty, getPropertyName, unwrapExpression } from '../syntax/expressions';

const APPLICATION_INJECTORS = new Set(['root', 'platform']);

/** A class's decorator calls (`@Injectable({ … })`, `@core.Component({ … })`): the decorator's name, its first argument unwrapped, and how many arguments it has. */
export function readDecoratorCalls(node: Class): { name: string | null; options: Node | null; argumentCount: number }[] {
  return (node.decorators ?? []).flatMap((decorator) => {
    const expression = decorator.expression;
    if (expression.type !== 'CallExpression') return [];
    const callee = expression.callee;
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getPropertyName(callee) : null;
    const options = expression.arguments[0] ? unwrapExpression(expression.arguments[0] as Node) : null;
    return [{ name, options, argumentCount: expression.arguments.length }];
  });
}

export function isRootProvidedService(node: Class): boolean {
  return readDecoratorCalls(node).some(({ name, options, argumentCount }) => {
    // Case: Angular 22's `@Service()`: auto-provided in the root injector unless `autoProvided: false`
    // (callers check the class is Angular's, so another library's `@Service()` never gets here as one)
    if (name === 'Service') {
      if (!options) return argumentCount === 0;
      if (options.type !== 'ObjectExpression') return false;
      const autoProvided = findObjectProperty(options, 'autoProvided');
      if (!autoProvided) return true;
      const flag = autoProvided.type === 'ObjectProperty' ? unwrapExpression(autoProvided.value) : null;
      return flag?.type === 'BooleanLiteral' && flag.value;
    }
    if (name !== 'Injectable' || options?.type !== 'ObjectExpression') return false;
    // Case: `@Injectable({ providedIn: 'root' })`; not `providedIn: SomeModule` or `'any'` (one per lazy injector)
    const property = findObjectProperty(options, 'providedIn');
    const value = property?.type === 'ObjectProperty' ? unwrapExpression(property.value) : null;
    return value?.type === 'StringLiteral' && APPLICATION_INJECTORS.has(value.value);
  });
}
