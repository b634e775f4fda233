import { Component } from 'react';

export class CopyButton extends Component<{ text: string }, { copied: boolean }> {
  state = { copied: false };
  private readonly timeoutIds: ReturnType<typeof setTimeout>[] = [];

  componentDidMount() {}

  componentWillUnmount() {
    for (const timeoutId of this.timeoutIds.splice(0)) clearTimeout(timeoutId);
  }

  handleClick = () => {
    navigator.clipboard.writeText(this.props.text);
    this.setState({ copied: true });
    this.timeoutIds.push(setTimeout(() => this.setState({ copied: false }), 1500));
  };

  render() {
    return <button onClick={this.handleClick}>{this.state.copied ? 'Copied' : 'Copy'}</button>;
  }
}
