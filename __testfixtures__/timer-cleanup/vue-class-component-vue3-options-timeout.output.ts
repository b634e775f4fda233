import { Options, Vue } from 'vue-class-component';

@Options({ props: { delay: Number } })
export default class Toast extends Vue {
  delay!: number;
  visible = true;
  private intervalId?: ReturnType<typeof setInterval>;
  private frameId?: number;

  created() {
    this.intervalId = setInterval(() => this.poll(), 5000);
  }

  mounted() {
    this.frameId = requestAnimationFrame(() => document.body.classList.add('toast-shown'));
  }

  beforeUnmount() {
    clearInterval(this.intervalId);
    if (this.frameId !== undefined) cancelAnimationFrame(this.frameId);
  }

  poll() {}
}
