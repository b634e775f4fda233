import { bus } from './bus';

// The setup already hands back a stop function that removes one of its
// listeners; the other one is missing from it.
export const initShortcuts = () => {
  const onReset = () => {
    resetView();
  };
  bus.on('reset', onReset);
  const handleSelectUser = ({ user }) => {
    selectUser(user);
  };
  bus.on('select-user', handleSelectUser);
  return () => {
    bus.off('reset', onReset);
    bus.off('select-user', handleSelectUser);
  };
};
