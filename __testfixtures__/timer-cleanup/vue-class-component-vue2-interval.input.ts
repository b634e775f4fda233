import { Component, Prop, Vue } from 'vue-property-decorator';

@Component
export default class LiveClock extends Vue {
  @Prop({ default: 1000 }) readonly period!: number;

  now = Date.now();

  mounted(): void {
    setInterval(() => {
      this.now = Date.now();
    }, this.period);
  }
}
