// alist's artplayer-plugin-ass: the chain is how the outer promise settles. A handler that logs
// would leave it pending for ever when the request fails: the executor's `reject` takes the rejection.
function loadWorker({ workerUrl }) {
  return new Promise((resolve) => {
    fetch(workerUrl)
      .then((res) => res.text())
      .then((text) => {
        const workerBlob = new Blob([text], { type: "text/javascript" })
        resolve(URL.createObjectURL(workerBlob))
      })
  })
}

// A single parameter without parentheses gets them with the new `reject`.
export function loadConfig(load) {
  return new Promise(resolve => {
    load().then((config) => resolve(config))
  })
}

// The executor already takes `reject`: it is used as it is.
export function readJson(url) {
  return new Promise((resolve, reject) => {
    fetch(url).then((res) => res.json()).then(resolve)
  })
}

// `reject` is a name of the code around it: the new parameter is `reject2`.
export function retry(url, reject) {
  return new Promise(function (resolve) {
    fetch(url).then((res) => resolve(res.status))
    reject()
  })
}

// In a callback written in the executor: the same `reject` is in scope there.
export function loadWhenIdle(url) {
  return new Promise((resolve) => {
    requestIdleCallback(() => {
      fetch(url).then((res) => resolve(res.status))
    })
  })
}

// A chain that does not settle the executor's promise is an ordinary dropped promise.
export function warm(url) {
  return new Promise((resolve) => {
    fetch(url).then((res) => res.text())
    setTimeout(resolve, 10)
  })
}

export { loadWorker }
