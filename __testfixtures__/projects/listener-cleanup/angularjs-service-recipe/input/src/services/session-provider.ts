// An AngularJS service recipe: the app's injector calls it once (services are singletons), so
// the subscription lives as long as the app. No finding.
import { sessionStore } from './session-store';

export function SessionProvider() {
  const state = { user: '' };
  sessionStore.subscribe((next: { user: string }) => {
    state.user = next.user;
  });
  return { user: () => state.user };
}

export type Session = ReturnType<typeof SessionProvider>;
