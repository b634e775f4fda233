import React from 'react';

// Not findings: componentDidMount runs once per mount, and each listener is on an element this
// component renders, looked up by an id built from the instance (`'timeEditor' + this.idSuffix`
// and <div id={'timeEditor' + this.idSuffix}>): the element unmounts with it, and its listener goes with it.
export class TimeEditor extends React.Component<{ idSuffix: string }, { editing: boolean }> {
  idSuffix = this.props.idSuffix;

  componentDidMount(): void {
    document.getElementById('timeEditor' + this.idSuffix)!.addEventListener('keydown', (e) => {
      e.stopPropagation();
    });
    const row = document.getElementById(`row-${this.props.idSuffix}`);
    row?.addEventListener('wheel', (e) => {
      if (this.state.editing) e.preventDefault();
    }, { passive: false });
  }

  render() {
    return (
      <div id={'timeEditor' + this.idSuffix}>
        <table>
          <tbody>
            <tr id={`row-${this.props.idSuffix}`} />
          </tbody>
        </table>
      </div>
    );
  }
}

// Still findings: an id this class does not render, and a literal id (another component may render it).
export class Notice extends React.Component<{ idSuffix: string }> {
  componentDidMount(): void {
    document.getElementById('sidebar' + this.props.idSuffix)!.addEventListener('wheel', this.onWheel);
    document.getElementById('notice')!.addEventListener('wheel', this.onWheel);
  }

  onWheel = (event: WheelEvent): void => {
    if (event.ctrlKey) event.preventDefault();
  };

  render() {
    return <div id="notice" />;
  }
}
