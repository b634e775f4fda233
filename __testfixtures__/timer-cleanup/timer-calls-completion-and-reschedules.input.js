// A no-delay timer that calls the completion callback handed in last, and then runs its own
// method again: not a deferred completion but a loop, which runs on after close(). Still a finding.
class Pump {
  run(done) {
    setTimeout(() => { this.step(); done(); this.run(done); }, 0);
  }

  step() {
    this.n = (this.n || 0) + 1;
  }

  close() {
    this.n = 0;
  }
}

module.exports = Pump;
