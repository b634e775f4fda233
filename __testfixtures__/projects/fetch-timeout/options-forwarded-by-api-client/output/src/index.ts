// The package's entry: what it exports, its users call too.
export { fetchFeed } from './api/feed';
