import { Component } from 'react';

export class CopyButton extends Component<{ text: string }, { copied: boolean }> {
  state = { copied: false };

  componentDidMount() {}

  componentWillUnmount() {
    clearTimeout(this.timeoutId);
  }

  private timeoutId?: ReturnType<typeof setTimeout>;

  handleClick = () => {
    navigator.clipboard.writeText(this.props.text);
    this.setState({ copied: true });
    this.timeoutId = setTimeout(() => this.setState({ copied: false }), 1500);
  };

  render() {
    return <button onClick={this.handleClick}>{this.state.copied ? 'Copied' : 'Copy'}</button>;
  }
}
