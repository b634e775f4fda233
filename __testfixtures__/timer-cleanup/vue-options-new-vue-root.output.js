import Vue from 'vue';

new Vue({
  el: '#app',
  data: { lastSeen: null },
  mounted() {
    this.intervalId = setInterval(() => {
      this.lastSeen = new Date();
    }, 30000);
  },
  beforeDestroy() {
    clearInterval(this.intervalId);
  },
});
