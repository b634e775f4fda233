import { Options, Vue } from 'vue-class-component';

@Options({ props: { delay: Number } })
export default class Toast extends Vue {
  delay!: number;
  visible = true;

  private intervalId?: ReturnType<typeof setInterval>;

  created() {
    this.intervalId = setInterval(() => this.poll(), 5000);
  }

  private frameId?: number;

  mounted() {
    this.frameId = requestAnimationFrame(() => document.body.classList.add('toast-shown'));
  }

  beforeUnmount() {
    clearInterval(this.intervalId);
    if (this.frameId !== undefined) cancelAnimationFrame(this.frameId);
  }

  poll() {}
}
