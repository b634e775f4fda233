import { defineComponent } from 'vue';

export default defineComponent({
  mounted() {
    this.mediaQuery = window.matchMedia('(max-width: 600px)');
    this.mediaQuery.addEventListener('change', this.onChange);
    this.handleVisibilityChange = function () {
      console.log(this);
    };
    document.addEventListener('visibilitychange', this.handleVisibilityChange);
    if (this.live) {
      this.source = new EventSource('/events');
      this.source.addEventListener('message', this.onMessage);
    }
  },
  beforeUnmount() {
    this.mediaQuery.removeEventListener('change', this.onChange);
    document.removeEventListener('visibilitychange', this.handleVisibilityChange);
    this.source?.close();
  },
  methods: { onChange() {}, onMessage() {} },
});
