import { Component, useEffect } from 'react';
import { EventEmitter } from 'node:events';

type Row = { el: HTMLElement; select(): void };

// Every registration of the loop gets its own removal, kept in an array.
export function useRowHover(rows: HTMLElement[], onEnter: (event: MouseEvent) => void) {
  useEffect(() => {
    const removeListeners: (() => void)[] = [];
    for (const row of rows) {
      row.addEventListener('mouseenter', onEnter);
      removeListeners.push(() => row.removeEventListener('mouseenter', onEnter));
    }
    return () => {
      for (const removeListener of removeListeners) removeListener();
    };
  }, [rows, onEnter]);
}

export function useShortcuts(keys: string[], run: (key: string) => void) {
  useEffect(() => {
    const removeListeners: (() => void)[] = [];
    keys.forEach((key) => {
      const handler = () => run(key);
      window.addEventListener(key, handler);
      removeListeners.push(() => window.removeEventListener(key, handler));
    });
    return () => {
      for (const removeListener of removeListeners) removeListener();
    };
  }, [keys, run]);
}

export function useFeeds(feeds: EventEmitter[], onData: (chunk: string) => void) {
  useEffect(() => {
    const removeListeners: (() => void)[] = [];
    feeds.forEach((feed) => {
      // one listener per feed
      feed.on('data', onData);
      removeListeners.push(() => feed.off('data', onData));
    });
    return () => {
      for (const removeListener of removeListeners) removeListener();
    };
  }, [feeds, onData]);
}

export class Toolbar extends Component<{ buttons: HTMLButtonElement[] }> {
  private readonly removeListeners: (() => void)[] = [];

  componentDidMount() {
    for (const button of this.props.buttons) {
      button.addEventListener('focus', this.onFocus, true);
      this.removeListeners.push(() => button.removeEventListener('focus', this.onFocus, true));
    }
  }

  componentWillUnmount() {
    console.log('bye');
    for (const removeListener of this.removeListeners.splice(0)) removeListener();
  }

  onFocus = () => console.log('focus');

  render() {
    return null;
  }
}

// A property read again at unmount may hold another element by then: for a person to check.
export function useRows(rows: Row[]) {
  useEffect(() => {
    for (const row of rows) {
      row.el.addEventListener('click', row.select);
    }
  }, [rows]);
}

// Not rewritten: a `var` (one binding for every iteration), a counter, `map` using the value.
export function useOld(els: HTMLElement[], onClick: () => void) {
  useEffect(() => {
    for (var i = 0; i < els.length; i++) els[i]!.addEventListener('click', onClick);
    for (var el of els) el.addEventListener('blur', onClick);
    els.map((item) => item.addEventListener('focus', onClick));
  }, [els, onClick]);
}
