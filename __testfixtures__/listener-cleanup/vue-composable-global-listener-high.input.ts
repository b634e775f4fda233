import { ref } from 'vue'

declare const eventBus: { on(event: 'SONGS_DELETED', handler: (songs: string[]) => void): void }

// A composable is made to be called by many components: every component that mounts adds one more.
export function useDeletedSongs() {
  const deleted = ref<string[]>([])
  eventBus.on('SONGS_DELETED', (songs) => {
    deleted.value.push(...songs)
  })
  return { deleted }
}
