import { Component, Vue } from 'vue-property-decorator';

@Component
export default class Board extends Vue {
  width = 0;

  handleScroll() {
    this.onResize();
  }

  mounted(): void {
    window.addEventListener('resize', this.onResize);
    document.addEventListener('keydown', this.onKey);
    window.addEventListener('scroll', this.handleScroll);
  }

  beforeDestroy(): void {
    window.removeEventListener('scroll', this.handleScroll);
    document.removeEventListener('keydown', this.onKey);
    window.removeEventListener('resize', this.onResize);
  }

  onResize(): void {
    this.width = window.innerWidth;
  }

  onKey(event: KeyboardEvent): void {
    console.log(event.key);
  }
}
