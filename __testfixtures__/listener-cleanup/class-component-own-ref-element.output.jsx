import { Component, createRef } from 'inferno';
import { Panel } from './panel';

// Not a finding: componentDidMount runs once per mount, and the <select> and <input> are the
// component's own elements (createRef rendered with ref={this.…}): they unmount with it, and
// their listeners go with them.
export class ChipSelect extends Component {
  selectRef = createRef();
  inputRef;

  constructor(props) {
    super(props);
    this.inputRef = createRef();
  }

  componentDidMount() {
    const element = this.selectRef.current;
    if (element) {
      element.addEventListener('search', (event) => this.props.onSearch?.(String(event.type)));
    }
    this.inputRef.current?.addEventListener('focus', () => this.setState({ focused: true }));
  }

  render() {
    return (
      <div>
        <select ref={this.selectRef} />
        <input ref={this.inputRef} />
      </div>
    );
  }
}

// Still findings: componentDidUpdate runs again on the same element (one more listener at each
// update), and a ref on a child component is not an element this class renders.
export class Gallery extends Component {
  boxRef = createRef();
  panelRef = createRef();

  componentDidMount() {
    this.panelRef.current?.addEventListener('close', this.onClose);
  }

  componentWillUnmount() {
    this.panelRef.current?.removeEventListener('close', this.onClose);
  }

  componentDidUpdate() {
    this.boxRef.current?.addEventListener('scroll', this.onScroll);
  }

  onClose = () => this.setState({ open: false });
  onScroll = () => this.setState({ scrolled: true });

  render() {
    return (
      <div ref={this.boxRef}>
        <Panel ref={this.panelRef} />
      </div>
    );
  }
}
