import React from 'react';
import { layoutStore } from './layout-store';

// The new componentWillUnmount is written like the method it pairs with (`public`, `: void`).
export class Header extends React.Component {
  public componentDidMount(): void {
    layoutStore.on('left-panel', this.onLeftPanel);
  }

  public componentWillUnmount(): void {
    layoutStore.off('left-panel', this.onLeftPanel);
  }

  private onLeftPanel = (): void => {
    this.forceUpdate();
  };

  public render(): React.ReactNode {
    return null;
  }
}

// Added in the constructor: no method to pair with, so like every method of the class, which all
// say their accessibility and return type.
export class Player extends React.PureComponent {
  public constructor(props: object) {
    super(props);
    layoutStore.on('resize', this.onResize);
  }

  public componentWillUnmount(): void {
    layoutStore.off('resize', this.onResize);
  }

  private onResize = (): void => {
    this.forceUpdate();
  };

  protected renderControls(): React.ReactNode {
    return null;
  }

  public render(): React.ReactNode {
    return this.renderControls();
  }
}

// Methods written without either: the new one is too.
export class Clock extends React.Component {
  constructor(props: object) {
    super(props);
    layoutStore.on('tick', this.onTick);
  }

  componentWillUnmount() {
    layoutStore.off('tick', this.onTick);
  }

  onTick = (): void => {
    this.forceUpdate();
  };

  render() {
    return null;
  }
}
