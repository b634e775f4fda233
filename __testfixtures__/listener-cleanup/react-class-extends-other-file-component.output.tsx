import { HeaderButtons } from './header-buttons';
import { roomStore } from './room-store';

// Extends a component of another file and writes React's mount and unmount hooks: a React class
// component, so the listener its mount hook adds is removed in its componentWillUnmount.
export class RoomHeaderButtons extends HeaderButtons {
  public componentDidMount(): void {
    super.componentDidMount();
    roomStore.on('membership', this.onMembership);
  }

  public componentWillUnmount(): void {
    super.componentWillUnmount();
    roomStore.off('membership', this.onMembership);
  }

  private onMembership = (): void => {
    console.log('membership changed');
  };
}
