// Called through a path alias; a test awaits it, the app does not.
export const sendHeartbeat = (heartbeatUrl) => fetch(heartbeatUrl).then((response) => response.ok);
