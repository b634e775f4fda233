import { Component, createRef } from 'react';

// Each input's listener is removed in componentWillUnmount, through the array the inputs were collected in.
export class ItemList extends Component<{ onChange: (event: Event) => void; onClick: (event: Event) => void }> {
  private readonly root = createRef<HTMLDivElement>();
  private readonly processedInputs: HTMLInputElement[] = [];
  private readonly processedButtons: HTMLButtonElement[] = [];
  private readonly removeListeners: (() => void)[] = [];

  componentDidMount(): void {
    for (const input of this.root.current!.getElementsByTagName('input')) {
      input.addEventListener('change', this.handleChange);
      this.processedInputs.push(input);
    }
    for (const button of this.root.current!.getElementsByTagName('button')) {
      // Still a finding: componentWillUnmount removes another handler from the buttons.
      button.addEventListener('click', this.handleClick);
      this.removeListeners.push(() => button.removeEventListener('click', this.handleClick));
      this.processedButtons.push(button);
    }
  }

  componentWillUnmount(): void {
    for (const item of this.processedInputs) {
      item.removeEventListener('change', this.handleChange);
    }
    this.processedButtons.forEach((item) => item.removeEventListener('click', this.handleChange));
    for (const removeListener of this.removeListeners.splice(0)) removeListener();
  }

  private readonly handleChange = (event: Event): void => this.props.onChange(event);
  private readonly handleClick = (event: Event): void => this.props.onClick(event);

  render() {
    return <div ref={this.root} />;
  }
}
