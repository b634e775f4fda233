import Component from 'vue-class-component';
import Vue from 'vue';

@Component
export default class Board extends Vue {
  mounted(): void {
    window.addEventListener('resize', this.onResize);
  }

  beforeDestroy(): void {
    window.removeEventListener('resize', this.onResize);
  }

  onResize(): void {}
}
