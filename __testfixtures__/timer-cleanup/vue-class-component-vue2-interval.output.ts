import { Component, Prop, Vue } from 'vue-property-decorator';

@Component
export default class LiveClock extends Vue {
  @Prop({ default: 1000 }) readonly period!: number;

  now = Date.now();

  private intervalId?: ReturnType<typeof setInterval>;

  mounted(): void {
    this.intervalId = setInterval(() => {
      this.now = Date.now();
    }, this.period);
  }

  beforeDestroy(): void {
    clearInterval(this.intervalId);
  }
}
