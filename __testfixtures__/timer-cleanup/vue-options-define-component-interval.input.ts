import { defineComponent } from 'vue';

export default defineComponent({
  name: 'StatusClock',
  props: {
    refreshMs: { type: Number, default: 5000 },
  },
  data() {
    return {
      now: new Date(),
    };
  },
  mounted() {
    setInterval(() => {
      this.now = new Date();
    }, 1000);
    setTimeout(this.refresh, this.refreshMs);
  },
  methods: {
    refresh(): void {
      this.now = new Date();
    },
  },
});
