import { useEffect } from 'react';

interface Channel {
  on(name: string, fn: () => void): void;
  off(name: string, fn: () => void): void;
}

// The cleanup removes the listener through a const copy of the parameter: the same object.
export function useMessages(channel: Channel, onMessage: () => void): void {
  useEffect(() => {
    channel.on('message', onMessage);
    const current = channel;
    return () => {
      current.off('message', onMessage);
    };
  }, [channel, onMessage]);
}

// Still a finding: the variable copied is reassigned after the copy, so the copy may hold another object.
export function useStatus(first: Channel, second: Channel, onStatus: () => void): void {
  useEffect(() => {
    let active = first;
    const saved = active;
    active = second;
    const target = active;
    target.on('status', onStatus);
    return () => {
      saved.off('status', onStatus);
      target.off('status', onStatus);
    };
  }, [first, second, onStatus]);
}
