export async function enablePush(registration: ServiceWorkerRegistration, key: string): Promise<PushSubscription> {
  const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  return subscription;
}
