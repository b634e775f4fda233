import { step, when } from './composer';

export function buildCartWorkflow(input: { customerId?: string }) {
  // The builder's `then` is not a promise's: it returns what the branch built, nothing to await or catch.
  when({ input }, ({ input }) => input.customerId !== undefined).then(() => {
    step('emit-customer-updated');
  });
}
