import Vue from 'vue';
import Component from 'vue-class-component';

const Base = Vue.extend({ props: { period: Number } });

@Component
export default class Ticker extends Base {
  count = 0;

  mounted() {
    this.intervalId = setInterval(() => this.count++, this.period);
  }

  beforeDestroy() {
    this.$emit('stopped');
    clearInterval(this.intervalId);
  }
}

export class Poller extends Vue.extend({ props: { url: String } }) {
  mounted() {
    this.intervalId = setInterval(() => this.$emit('poll', this.url), 1000);
  }

  beforeDestroy() {
    clearInterval(this.intervalId);
  }
}
