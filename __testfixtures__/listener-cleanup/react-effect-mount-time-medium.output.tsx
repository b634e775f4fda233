import { useEffect, useState } from 'react';
declare const eventBus: { on(event: string, handler: (songs: string[]) => void): void };

// Once per mount of the component: whether it piles up is decided by whoever renders it.
export function SongList() {
  const [songs, setSongs] = useState<string[]>([]);
  useEffect(() => {
    eventBus.on('songs-updated', (updated) => setSongs(updated));
  }, []);
  return <ul>{songs.map((song) => <li key={song}>{song}</li>)}</ul>;
}

// The real leak next to it: the effect runs again in one mount, whenever `album` changes.
export function AlbumSongs({ album }: { album: string }) {
  const [songs, setSongs] = useState<string[]>([]);
  useEffect(() => {
    eventBus.on(`songs-updated:${album}`, (updated) => setSongs(updated));
  }, [album]);
  return <ul>{songs.map((song) => <li key={song}>{song}</li>)}</ul>;
}
