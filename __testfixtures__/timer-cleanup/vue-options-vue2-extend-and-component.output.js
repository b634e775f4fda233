import Vue from 'vue';

export const Clock = Vue.extend({
  data() {
    return { now: Date.now() };
  },
  mounted() {
    const id = this.intervalId = setInterval(() => {
      this.now = Date.now();
    }, 1000);
    console.log('started', id);
  },
  beforeDestroy() {
    clearInterval(this.intervalId);
  },
});

Vue.component('relative-time', {
  props: ['value'],
  template: '<time>{{ label }}</time>',
  created: function () {
    this.intervalId = setInterval(this.update, 60000);
  },
  beforeDestroy: function () {
    this.$emit('gone');
    clearInterval(this.intervalId);
  },
  methods: {
    update: function () {},
  },
});
