import Vue from 'vue';

export const Clock = Vue.extend({
  data() {
    return { now: Date.now() };
  },
  mounted() {
    const id = setInterval(() => {
      this.now = Date.now();
    }, 1000);
    console.log('started', id);
  },
});

Vue.component('relative-time', {
  props: ['value'],
  template: '<time>{{ label }}</time>',
  created: function () {
    setInterval(this.update, 60000);
  },
  beforeDestroy: function () {
    this.$emit('gone');
  },
  methods: {
    update: function () {},
  },
});
