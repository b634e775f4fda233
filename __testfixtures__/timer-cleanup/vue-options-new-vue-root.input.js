import Vue from 'vue';

new Vue({
  el: '#app',
  data: { lastSeen: null },
  mounted() {
    void setInterval(() => {
      this.lastSeen = new Date();
    }, 30000);
  },
});
