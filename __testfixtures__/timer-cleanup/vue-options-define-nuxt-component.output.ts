import { defineNuxtComponent } from '#app';

export default defineNuxtComponent({
  data() {
    return { frame: 0, intervalId: undefined as ReturnType<typeof setInterval> | undefined };
  },
  beforeMount() {
    this.intervalId = setInterval(() => this.frame++, 100);
  },
  beforeUnmount(): void {
    console.log('bye');
    clearInterval(this.intervalId);
  },
});
