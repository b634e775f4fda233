import React from 'react';
import { AppContext, type AppContextValue } from './app-context';

// Added in the constructor on `context`, the parameter handed to `super(props, context)`: React's
// Component stores it as `this.context`, which componentWillUnmount removes the listeners from.
export class RoomScreen extends React.Component<{ roomId: string }> {
  public static contextType = AppContext;
  public declare context: React.ContextType<typeof AppContext>;

  public constructor(props: { roomId: string }, context: AppContextValue) {
    super(props, context);
    context.client.on('timeline', this.onTimeline);
    context.roomStore.on('update', this.onRoomUpdate);
  }

  public componentWillUnmount(): void {
    this.context.client.removeListener('timeline', this.onTimeline);
    this.context.roomStore.off('update', this.onRoomUpdate);
  }

  private onTimeline = (): void => {
    this.forceUpdate();
  };

  private onRoomUpdate = (): void => {
    this.forceUpdate();
  };

  public render(): React.ReactNode {
    return null;
  }
}
