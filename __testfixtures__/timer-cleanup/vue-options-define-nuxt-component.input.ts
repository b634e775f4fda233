import { defineNuxtComponent } from '#app';

export default defineNuxtComponent({
  data() {
    return { frame: 0 };
  },
  beforeMount() {
    setInterval(() => this.frame++, 100);
  },
  beforeUnmount(): void {
    console.log('bye');
  },
});
