import { roomStore } from './room-store';

// No base class: the hook names alone do not make a React component, so this is a plain class
// whose componentWillUnmount nothing here calls.
export class RoomWatcher {
  public componentDidMount(): void {
    roomStore.on('membership', this.onMembership);
  }

  public componentWillUnmount(): void {
    console.log('watcher done');
  }

  private onMembership = (): void => {
    console.log('membership changed');
  };
}
