import { eventBus } from './event-bus';

let listenerSetup = false;
let progressEpisode: string | null = null;

// Not a finding: the registration is guarded by its own listener count: it happens once.
export const useEpisodeProgressTracking = (episode: string) => {
  progressEpisode = episode;
  if (eventBus.listeners('EPISODE_PROGRESS_UPDATED').length === 0) {
    eventBus.on('EPISODE_PROGRESS_UPDATED', (id: string) => {
      if (id === progressEpisode) console.log('progress', id);
    });
  }
};

// Not a finding: called only behind the module's once flag.
const setupMessageListener = () => {
  navigator.serviceWorker?.addEventListener('message', (event) => console.log(event.data));
};

export const useOfflinePlayback = () => {
  if (!listenerSetup) {
    listenerSetup = true;
    setupMessageListener();
  }
  // Still a finding: every call adds another listener.
  eventBus.on('SONGS_DELETED', (ids: string[]) => console.log('deleted', ids.length));
};
