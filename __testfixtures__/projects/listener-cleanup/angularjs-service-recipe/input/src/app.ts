import angular from 'angular';
import { SessionProvider } from './services/session-provider';
import { BannerController } from './views/banner-controller';

export default angular
  .module('app', [])
  .factory('SessionProvider', SessionProvider)
  .controller('BannerController', BannerController).name;
