import Vue from 'vue';

export default Vue.extend({
  data() {
    return { y: 0 };
  },
  mounted() {
    const list = this.$refs.list;
    this.handleScroll = () => {
      this.y = list.scrollTop;
    };
    window.addEventListener('scroll', this.handleScroll);
    document.addEventListener('keydown', this.onKey, true);
    this.$refs.list.addEventListener('scroll', this.onScroll, { passive: true });
  },
  beforeDestroy() {
    this.$emit('gone');
    window.removeEventListener('scroll', this.handleScroll);
    document.removeEventListener('keydown', this.onKey, true);
    this.$refs.list?.removeEventListener('scroll', this.onScroll);
  },
  methods: {
    onKey() {},
    onScroll() {},
  },
});
