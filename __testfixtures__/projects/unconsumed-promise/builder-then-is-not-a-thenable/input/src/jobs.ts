import { loadCount, step } from './composer';

export function countJobs() {
  // A promise chain is dropped: its rejection would go unhandled.
  loadCount().then((count) => {
    step(`count-${count}`);
  });
}
