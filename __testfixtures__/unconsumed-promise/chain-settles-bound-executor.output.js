// Nextcloud Talk's muted-speaker warner: the executor is bound to the component. The chain is
// still how the outer promise settles, so its rejection goes to the executor's `reject`.
export class Warner {
  askPermission() {
    return new Promise(function (resolve, reject) {
      void Notification.requestPermission()
        .then((permission) => {
          this.permission = permission
          resolve(permission)
        })
        .catch(reject)
    }.bind(this))
  }

  // Bound with an argument in front: the parameters are not resolve and reject any more, so
  // the chain is an ordinary dropped promise.
  askLater(delay) {
    return new Promise(function (wait, resolve) {
      void Notification.requestPermission().then(resolve).catch((error) => console.error(error))
      setTimeout(() => {}, wait)
    }.bind(this, delay))
  }
}
