import { defineComponent } from 'vue';

export default defineComponent({
  mounted() {
    window.matchMedia('(max-width: 600px)').addEventListener('change', this.onChange);
    document.addEventListener('visibilitychange', function () {
      console.log(this);
    });
    if (this.live) {
      this.source = new EventSource('/events');
      this.source.addEventListener('message', this.onMessage);
    }
  },
  methods: { onChange() {}, onMessage() {} },
});
