import React from 'react';
import { AppContext, type AppContextValue } from './app-context';

// `context` is not handed to `super(…)` here: nothing says it is `this.context`, so the listener
// added on it is still reported.
export class RoomScreen extends React.Component<{ roomId: string }> {
  public static contextType = AppContext;
  public declare context: React.ContextType<typeof AppContext>;

  public constructor(props: { roomId: string }, context: AppContextValue) {
    super(props);
    context.client.on('timeline', this.onTimeline);
  }

  public componentWillUnmount(): void {
    this.context.client.removeListener('timeline', this.onTimeline);
  }

  private onTimeline = (): void => {
    this.forceUpdate();
  };

  public render(): React.ReactNode {
    return null;
  }
}
