import { Options, Vue } from 'vue-class-component';

@Options({ props: { delay: Number } })
export default class Toast extends Vue {
  delay!: number;
  visible = true;

  created() {
    setInterval(() => this.poll(), 5000);
  }

  mounted() {
    requestAnimationFrame(() => document.body.classList.add('toast-shown'));
  }

  poll() {}
}
