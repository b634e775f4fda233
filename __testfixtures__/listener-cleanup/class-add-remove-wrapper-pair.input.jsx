import { Component, createRef } from 'inferno';

// Not a finding: addPanelListener only forwards its callers' event and handler, and every call of
// it is undone by removePanelListener with the same ones (in componentWillUnmount).
export class Dialog extends Component {
  panelRef = createRef();

  addPanelListener(type, listener) {
    if (listener) {
      this.panelRef.current?.addEventListener(type, listener);
    }
  }

  removePanelListener(type, listener) {
    if (listener) {
      this.panelRef.current?.removeEventListener(type, listener);
    }
  }

  componentDidMount() {
    this.addPanelListener('shown', this.props.onShow);
    this.addPanelListener('hidden', this.props.onHide);
  }

  componentWillUnmount() {
    this.removePanelListener('shown', this.props.onShow);
    this.removePanelListener('hidden', this.props.onHide);
  }

  render() {
    return <div />;
  }
}

// Still a finding: 'resize' is added through the wrapper and never removed through its pair.
export class Board {
  listen(type, listener) {
    window.addEventListener(type, listener);
  }

  unlisten(type, listener) {
    window.removeEventListener(type, listener);
  }

  start() {
    this.listen('scroll', this.onScroll);
    this.listen('resize', this.onResize);
  }

  dispose() {
    this.unlisten('scroll', this.onScroll);
  }

  onScroll = () => {};
  onResize = () => {};
}
