import { bus } from './bus';

// The setup already hands back a stop function that removes one of its
// listeners; the other one is missing from it.
export const initShortcuts = () => {
  const onReset = () => {
    resetView();
  };
  bus.on('reset', onReset);
  bus.on('select-user', ({ user }) => {
    selectUser(user);
  });
  return () => {
    bus.off('reset', onReset);
  };
};
