// A Nuxt plugin: Nuxt runs its setup once per app, so its listeners live as long as the page.
import lifecycle from 'page-lifecycle/dist/lifecycle.mjs';

export default defineNuxtPlugin(() => {
  const state = ref(lifecycle.state);
  lifecycle.addEventListener('statechange', (event: { newState: string }) => {
    state.value = event.newState;
  });
  window.addEventListener('appinstalled', () => {
    state.value = 'installed';
  });
  return { provide: { pageLifecycleState: state } };
});
