import Vue from 'vue';
import Component from 'vue-class-component';

const Base = Vue.extend({ props: { period: Number } });

@Component
export default class Ticker extends Base {
  count = 0;

  mounted() {
    setInterval(() => this.count++, this.period);
  }

  beforeDestroy() {
    this.$emit('stopped');
  }
}

export class Poller extends Vue.extend({ props: { url: String } }) {
  mounted() {
    setInterval(() => this.$emit('poll', this.url), 1000);
  }
}
