import { Component } from 'react';

interface NoticeProps {
  noticeId: string;
  onClosed(noticeId: string): void;
}

// The callback also sets the component's own state: cancelling it at unmount stays automatic.
export class FadingNotice extends Component<NoticeProps, { fading: boolean }> {
  state = { fading: false };
  private timeoutId?: ReturnType<typeof setTimeout>;

  componentDidMount() {
    this.timeoutId = setTimeout(() => {
      this.setState({ fading: true });
      this.props.onClosed(this.props.noticeId);
    }, 2000);
  }

  componentWillUnmount() {
    clearTimeout(this.timeoutId);
  }

  render() {
    return <div className={this.state.fading ? 'fading' : ''}>{this.props.noticeId}</div>;
  }
}
