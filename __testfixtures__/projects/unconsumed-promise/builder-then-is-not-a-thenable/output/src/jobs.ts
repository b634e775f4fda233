import { loadCount, step } from './composer';

export function countJobs() {
  // A promise chain is dropped: its rejection would go unhandled.
  void loadCount().then((count) => {
    step(`count-${count}`);
  }).catch((error) => console.error(error));
}
