// The webm duration trick: seeking past the end starts a seek, which ends with 'timeupdate'
// (report-only, low: it stays pending only if the element has no metadata yet).
export async function getDuration(video: HTMLVideoElement): Promise<number> {
  video.currentTime = 1e101;
  await new Promise((resolve) => {
    video.ontimeupdate = () => {
      video.ontimeupdate = null;
      resolve(video.duration);
    };
  });
  video.currentTime = 0;
  return video.duration;
}

// The real leak next to it: 'timeupdate' with no seek comes only while the video plays (high).
export async function nextTick(video: HTMLVideoElement): Promise<number> {
  await new Promise((resolve) => {
    video.ontimeupdate = () => {
      video.ontimeupdate = null;
      resolve(video.currentTime);
    };
  });
  return video.currentTime;
}
