import { Options, Vue } from 'vue-class-component';

@Options({})
export default class Panel extends Vue {
  mounted() {
    new ResizeObserver(() => this.measure()).observe(this.$el);
    window.addEventListener('online', (event) => this.sync(event));
  }

  beforeUnmount() {
    this.$emit('closing');
  }

  measure() {}

  sync() {}
}
