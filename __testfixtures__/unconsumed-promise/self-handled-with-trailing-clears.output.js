// check() catches its own errors into the deferred; after its try come only timer clears.
export function waitFor(conditionFunc, deferred) {
  const check = async () => {
    console.debug('checking');
    try {
      if (!await conditionFunc()) return;
      deferred.resolve();
    } catch (err) {
      deferred.reject(err);
    }
    clearInterval(intervalCheck);
    clearTimeout(timeout);
  };
  const intervalCheck = setInterval(check, 10);
  const timeout = setTimeout(() => clearInterval(intervalCheck), 1900);
  check();
  return deferred;
}

// The real leak next to it: the statement after the try can throw, and nobody would see it.
export function poll(conditionFunc, deferred) {
  const check = async () => {
    try {
      if (await conditionFunc()) deferred.resolve();
    } catch (err) {
      deferred.reject(err);
    }
    deferred.notify(conditionFunc.name);
  };
  void check().catch((error) => console.error(error));
}
