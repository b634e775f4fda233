import * as React from 'react';

// Not a finding: the ref callback removes on null through the field it stored the element in.
export class List extends React.Component {
  private list: HTMLDivElement | null = null;

  private onSelectAll = (event: Event) => {
    event.preventDefault();
  };

  private onRef = (element: HTMLDivElement | null) => {
    if (element === null && this.list !== null) {
      this.list.removeEventListener('select-all', this.onSelectAll);
    }
    this.list = element;
    if (element !== null) {
      element.addEventListener('select-all', this.onSelectAll);
    }
  };

  public render() {
    return <div ref={this.onRef} />;
  }
}

// Still a finding: the field it stores is another one than the field it removes from.
export class Pane extends React.Component {
  private container: HTMLDivElement | null = null;
  private previous: HTMLDivElement | null = null;

  private onResize = () => {
    this.forceUpdate();
  };

  private onRef = (ref: HTMLDivElement | null) => {
    if (ref === null) {
      this.previous?.removeEventListener('resize-pane', this.onResize);
    } else {
      ref.addEventListener('resize-pane', this.onResize);
    }
    this.container = ref;
  };

  public render() {
    return <div ref={this.onRef} />;
  }
}

// Not a finding either: the removal reads the stored element through a const of the field.
export class Toggletip extends React.Component {
  private buttonRef: HTMLButtonElement | null = null;

  private onShown = () => {
    this.forceUpdate();
  };

  private onButtonRef = (ref: HTMLButtonElement | null) => {
    if (ref === null) {
      const current = this.buttonRef;
      current?.removeEventListener('tooltip-shown', this.onShown);
    } else {
      ref.addEventListener('tooltip-shown', this.onShown);
    }
    this.buttonRef = ref;
  };

  public render() {
    return <button ref={this.onButtonRef} />;
  }
}
