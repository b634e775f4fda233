import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { isStateUpdateCall } from './state-update';

const callee = (code: string) => (parseSnippet(code).find((node) => node.type === 'CallExpression')!.node as { callee: Parameters<typeof isStateUpdateCall>[0] }).callee;

describe('isStateUpdateCall', () => {
  it('takes React state setters, setState and store updates', () => {
    for (const code of ['setItems(x);', 'this.setState({ a: 1 });', 'dispatch(action);', 'commit("m");']) expect(isStateUpdateCall(callee(code)), code).toBe(true);
  });
  it('refuses other calls', () => {
    for (const code of ['settle(x);', 'reset();', 'this.sendNext();', 'store["setState"](x);']) expect(isStateUpdateCall(callee(code)), code).toBe(false);
  });
});
