// A module-level recorder object: start() listens on the MediaRecorder it makes, cancel() stops it.
export const audioRecorder = {
  audioBlobs: [],
  mediaRecorder: null,
  start(stream) {
    audioRecorder.mediaRecorder = new MediaRecorder(stream);
    audioRecorder.audioBlobs = [];
    // Not a finding: cancel() stops the recorder, and its listeners go with it.
    audioRecorder.mediaRecorder.addEventListener('dataavailable', (event) => {
      audioRecorder.audioBlobs.push(event.data);
    });
    audioRecorder.mediaRecorder.start();
  },
  cancel() {
    audioRecorder.mediaRecorder.stop();
    audioRecorder.mediaRecorder = null;
  },
};

export const viewport = {
  media: window.matchMedia('(max-width: 600px)'),
  onResize: null,
  watch(onChange) {
    // Still a finding: nothing in the file ever ends what `viewport.media` has registered.
    viewport.media.addEventListener('change', onChange);
  },
};
