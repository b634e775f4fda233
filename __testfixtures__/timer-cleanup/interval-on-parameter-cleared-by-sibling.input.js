// The interval is kept on the player and cleared by the function beside the one that starts it.
export class PlaybackManager {
    constructor() {
        function onProgress() {
            this.reportProgress();
        }

        function stopProgressTimer(player) {
            if (player._progressInterval) {
                clearInterval(player._progressInterval);
                player._progressInterval = null;
            }
        }

        function startProgressTimer(player) {
            stopProgressTimer(player);
            player._progressInterval = setInterval(onProgress.bind(player), 10000);
        }

        // The real leak next to it: nothing clears the ping interval kept on the player.
        function startPing(player) {
            player._pingInterval = setInterval(() => player.ping(), 30000);
        }

        this.start = (player) => {
            startProgressTimer(player);
            startPing(player);
        };
        this.stop = stopProgressTimer;
    }

    dispose() {
        this.start = null;
    }
}
