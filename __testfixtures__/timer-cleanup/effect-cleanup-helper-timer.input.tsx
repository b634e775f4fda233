import { useEffect, useState } from 'react';

// Only the cleanup calls stopLoading(): its timeout (a reset after the bar's closing
// animation) is the cleanup's own deferred work, meant to run after it. No finding.
export function LoadingBar() {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    setVisible(true);
    const stopLoading = () => {
      setTimeout(() => {
        setVisible(false);
      }, 500);
    };
    return () => {
      stopLoading();
    };
  }, []);
  return visible ? <div className="bar" /> : null;
}

// The same with a function declaration that is the cleanup itself. No finding.
export function Toast({ text }: { text: string }) {
  const [shown, setShown] = useState(true);
  useEffect(() => {
    function fadeOut() {
      setTimeout(() => setShown(false), 300);
    }
    return fadeOut;
  }, []);
  return shown ? <p>{text}</p> : null;
}

// An interval started through a cleanup-only helper: nothing clears it after that (report-only).
export function Poller() {
  useEffect(() => {
    const stop = () => {
      setInterval(() => console.log('still polling'), 1000);
    };
    return () => stop();
  }, []);
  return null;
}

// The helper also runs when the effect starts: its timeout can outlive the component (a finding).
export function Flash() {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const flash = () => {
      setOn(true);
      setTimeout(() => setOn(false), 200);
    };
    flash();
    return () => {
      console.log('bye');
    };
  }, []);
  return on ? <span>*</span> : null;
}
