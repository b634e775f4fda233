import { Component, Vue } from 'vue-property-decorator';

@Component
export default class Board extends Vue {
  width = 0;

  mounted(): void {
    window.addEventListener('resize', this.onResize);
    document.addEventListener('keydown', this.onKey.bind(this));
    window.addEventListener('scroll', () => this.onResize());
  }

  onResize(): void {
    this.width = window.innerWidth;
  }

  onKey(event: KeyboardEvent): void {
    console.log(event.key);
  }
}
