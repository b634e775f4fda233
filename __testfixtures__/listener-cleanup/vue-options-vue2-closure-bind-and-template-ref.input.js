import Vue from 'vue';

export default Vue.extend({
  data() {
    return { y: 0 };
  },
  mounted() {
    const list = this.$refs.list;
    window.addEventListener('scroll', () => {
      this.y = list.scrollTop;
    });
    document.addEventListener('keydown', this.onKey.bind(this), true);
    this.$refs.list.addEventListener('scroll', this.onScroll, { passive: true });
  },
  beforeDestroy() {
    this.$emit('gone');
  },
  methods: {
    onKey() {},
    onScroll() {},
  },
});
