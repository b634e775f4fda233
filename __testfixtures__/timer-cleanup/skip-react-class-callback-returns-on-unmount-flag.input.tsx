import React from 'react';

// Each one-shot callback first returns on the flag componentWillUnmount sets: after unmount it
// does nothing, so there is nothing to cancel.
export class CodeBlock extends React.Component<{ code: string }> {
  private unmounted = false;
  private mounted = false;
  private ref = React.createRef<HTMLPreElement>();

  public componentDidMount(): void {
    this.mounted = true;
    window.setTimeout(() => {
      if (this.unmounted) return;
      this.highlight();
    }, 10);
    requestAnimationFrame(() => {
      if (!this.mounted) {
        return;
      }
      this.highlight();
    });
  }

  public componentWillUnmount(): void {
    this.unmounted = true;
    this.mounted = false;
  }

  private highlight(): void {
    this.ref.current?.classList.add('highlighted');
  }

  public render(): React.ReactNode {
    return <pre ref={this.ref}>{this.props.code}</pre>;
  }
}
