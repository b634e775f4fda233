interface WidgetBus {
  on(event: string, handler: (payload: { url: string }) => void): void;
  clear(): void;
}
declare const widgetBus: WidgetBus;

// destroy() clears the imported emitter itself: on a small emitter that drops every handler,
// on a chart it only wipes what is shown. Unsure by nature: medium.
export class CampaignManager {
  start(): void {
    widgetBus.on('execute-campaign', (event) => {
      this.execute(event);
    });
  }

  execute(event: unknown): void {
    console.log(event);
  }

  destroy(): void {
    widgetBus.clear();
  }
}

// The real leak next to it: nothing clears or removes anything.
export class BannerManager {
  start(): void {
    widgetBus.on('show-banner', (event) => {
      this.show(event);
    });
  }

  show(event: unknown): void {
    console.log(event);
  }

  destroy(): void {
    console.log('bye');
  }
}
