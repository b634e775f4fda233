// `hub.subscribe({ client, topic })` with one object of plain data and nothing to call back is
// most likely a request to a message hub (it sends what is retained for the topic), not an
// observer: reported at low confidence, with no fix (what it returns may have nothing to end).
// An object that carries callbacks is an observer, and a kept result is what the code goes on
// to use: both reported as before.
let hub;
let prices;
let levels;

export function init(services) {
    hub = services.hub;
    prices = services.prices;
    levels = services.levels;
}

export function follow(client, topic) {
    hub.subscribe({
        user: client.user,
        client: client,
        topic: topic,
    });
}

export function watchPrices(render) {
    prices.subscribe({
        next: (price) => render(price),
    });
}

export function watchLevels(render) {
    levels.subscribe({ onData: render });
}

export function openStream(topic, render) {
    const stream = hub.subscribe({ topic: topic });
    stream.subscribe(render);
}
