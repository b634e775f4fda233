// A promise around the request that a timer rejects: the wait has a deadline, written by hand.
export function fetchWithTimeout(url, options, timeoutMs) {
    return new Promise(function (resolve, reject) {
        const timeout = setTimeout(reject, timeoutMs);
        fetch(url, options).then(function (response) {
            clearTimeout(timeout);
            resolve(response);
        }, function (error) {
            clearTimeout(timeout);
            reject(error);
        });
    });
}

export function fetchWithDeadline(url, timeoutMs) {
    return new Promise((resolve, reject) => {
        setTimeout(() => reject(new Error(`timed out after ${timeoutMs} ms`)), timeoutMs);
        fetch(url).then(resolve, reject);
    });
}

// The real leak next to it: a timer that only logs bounds nothing.
export function fetchLogged(url, timeoutMs) {
    return new Promise((resolve, reject) => {
        setTimeout(() => console.warn('slow request', url), timeoutMs);
        fetch(url, { signal: AbortSignal.timeout(10_000) }).then(resolve, reject);
    });
}
