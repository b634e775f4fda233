import { useEffect } from 'react';
import { BackHandler } from 'react-native';
import { useEffect as useAbortableEffect } from 'foxact/use-abortable-effect';
import { addEventListener } from './events';
import { createNanoEvents } from 'nanoevents';

const emitter = createNanoEvents();

export function Helpers({ onOnline, onBack }: { onOnline: () => void; onBack: () => boolean }) {
  useEffect(() => addEventListener(window, 'online', onOnline), [onOnline]);
  useEffect(() => {
    const { remove } = BackHandler.addEventListener('hardwareBackPress', onBack);
    return () => remove();
  }, [onBack]);
  useEffect(() => {
    const unbind = emitter.on('tick', () => console.log('tick'));
    return unbind;
  }, []);
  useEffect(() => emitter.on('tock', () => console.log('tock')), []);
  useAbortableEffect((signal: AbortSignal) => {
    window.addEventListener('resize', () => console.log('whoa'), { signal });
  }, []);
  return null;
}
