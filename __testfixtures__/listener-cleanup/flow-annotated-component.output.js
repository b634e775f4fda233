// @flow
import React from 'react';
import type { Node } from 'react';

type Props = { onResize: () => void };

// A Flow-typed component: parsed with babel's Flow plugin, fixed like any other.
export default class Sidebar extends React.Component<Props> {
  props: Props;

  handleResize = (): void => {
    this.props.onResize();
  };

  componentDidMount(): void {
    window.addEventListener('resize', this.handleResize);
  }

  componentWillUnmount(): void {
    window.removeEventListener('resize', this.handleResize);
  }

  render(): Node {
    return null;
  }
}
