import { Component } from 'react';

export class CopyButton extends Component<{ text: string }, { copied: boolean }> {
  state = { copied: false };

  componentDidMount() {}

  handleClick = () => {
    navigator.clipboard.writeText(this.props.text);
    this.setState({ copied: true });
    setTimeout(() => this.setState({ copied: false }), 1500);
  };

  render() {
    return <button onClick={this.handleClick}>{this.state.copied ? 'Copied' : 'Copy'}</button>;
  }
}
