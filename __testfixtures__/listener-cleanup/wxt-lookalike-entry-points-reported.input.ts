// Not WXT's entry points: a defineContentScript imported from the project's own module, and a
// method that is not `main`, may run any number of times: their listeners are reported.
import { defineContentScript } from './my-entry';

export default defineContentScript({
  main(ctx: unknown) {
    window.addEventListener('message', (event) => {
      console.log(event.data);
    });
  },
});

export const other = defineUnlistedScript({
  run() {
    window.addEventListener('message', (event) => {
      console.log(event.data);
    });
  },
});
