import React from 'react';

export class Released extends React.Component {
  componentDidMount() {
    window.addEventListener('resize', this.handleResize);
    window.addEventListener('resize', this.handleResize);
  }

  componentWillUnmount() {
    window.removeEventListener('resize', this.handleResize);
  }

  handleResize = () => this.forceUpdate();

  render() {
    return null;
  }
}

export class Reversed extends React.Component {
  componentDidMount() {
    window.removeEventListener('resize', this.handleResize);
  }

  componentWillUnmount() {
    window.addEventListener('resize', this.handleResize);
  }

  handleResize = () => this.forceUpdate();

  render() {
    return null;
  }
}
