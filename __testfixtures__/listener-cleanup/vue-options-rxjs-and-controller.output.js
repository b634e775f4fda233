import Vue from 'vue';
import { interval } from 'rxjs';

export default Vue.extend({
  data() {
    return { ticks: 0 };
  },
  created() {
    this.subscription = interval(1000).subscribe(() => this.ticks++);
    const controller = this.controller = new AbortController();
    void fetch('/api/status', { signal: controller.signal });
  },
  beforeDestroy() {
    this.subscription?.unsubscribe();
    this.controller?.abort();
  },
});
