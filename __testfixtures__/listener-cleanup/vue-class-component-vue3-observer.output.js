import { Options, Vue } from 'vue-class-component';

@Options({})
export default class Panel extends Vue {
  handleOnline(event) {
    this.sync(event);
  }
  mounted() {
    this.observer = new ResizeObserver(() => this.measure());
    this.observer.observe(this.$el);
    window.addEventListener('online', this.handleOnline);
  }

  beforeUnmount() {
    this.$emit('closing');
    window.removeEventListener('online', this.handleOnline);
    this.observer?.disconnect();
  }

  measure() {}

  sync() {}
}
