import { WatchSize } from './watch-size';

export function SizeBadge() {
  WatchSize((width) => console.log(width));
  return <span>size</span>;
}
