import { Component } from 'inferno';

// An Inferno component has React's class lifecycle: what componentDidMount adds, the fix ends in
// componentWillUnmount (before: low, "Theme has no disposal method").
export class Theme extends Component {
  componentDidMount() {
    window.addEventListener('refresh-theme', this.refresh);
  }

  componentWillUnmount() {
    window.removeEventListener('refresh-theme', this.refresh);
  }

  refresh = () => {
    this.forceUpdate();
  };

  render() {
    return <link rel="stylesheet" href={`/css/${this.props.name}.css`} />;
  }
}
