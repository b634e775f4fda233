import { useEffect } from 'react';
import { Hub } from './hub';

// The key of a hub's subscription is an option whose value has the option's own name (`{ subId }`)
// or is a member chain: ended by that key before subscribing again, it is one per key (low).
// A variable under another option's name (`pageSize` in `{ subId: feedId, limit: pageSize }`) is
// data handed to the hub: `Hub.clear(pageSize)` ends no subscription, and the subscription is
// reported as any other (before: taken for the key, and skipped for the cleanup's clear).
export function Board({ subId, filters }: { subId: string; filters: string[] }) {
  const load = () => {
    Hub.destroyList([ subId ], () => {
      Hub.subscribe({ subId, filters }, (message: unknown) => console.log(message));
    });
  };

  useEffect(() => load(), [ filters ]);
  return null;
}

export function Feed({ feedId, pageSize }: { feedId: string; pageSize: number }) {
  const load = () => {
    Hub.subscribe({ subId: feedId, limit: pageSize }, (message: unknown) => console.log(message));
  };

  useEffect(() => {
    load();
    return () => {
      Hub.clear(pageSize);
    };
  }, []);
  return null;
}
