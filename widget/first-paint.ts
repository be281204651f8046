/**
 * When the widget draws. The page's first widget spreads its work over short tasks: the script's evaluation
 * (which a deferred script shares with the page's first layout), parsing the stylesheet, the config, then the
 * face. Before the face, three frames lay out hidden samples of its fonts, two each (see font-warm-up.ts).
 * Until the face is drawn nothing in the shadow root shows or takes space, so the widget never shows without
 * 113. Once a widget has been drawn the code is compiled and warm: another element, or one moved in the page,
 * draws in the task that connects it, in a few milliseconds and with no empty frame.
 */

/** How long afterFrame waits for a frame that may not come. */
const FRAME_FALLBACK_MS = 100;

let warm = false;

/** Runs `work` in a task of its own, unless `signal` aborts first. */
export function later(signal: AbortSignal, work: () => void): void {
  const timer = setTimeout(work);
  signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
}

/**
 * Runs `work` like later(), once the browser has drawn a frame (a frame's work goes first, when it is due). A
 * hidden page draws no frames, so a timer stands in for one there.
 */
export function afterFrame(signal: AbortSignal, work: () => void): void {
  let scheduled = false;
  const next = () => {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    later(signal, work);
  };
  const frame = requestAnimationFrame(() => setTimeout(next));
  const timer = setTimeout(next, FRAME_FALLBACK_MS);
  signal.addEventListener(
    'abort',
    () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    },
    { once: true },
  );
}

export interface FirstPaintSteps {
  /** Adopts the stylesheet: the first task after the script's. */
  styles(): void;
  /** Lays out font sample `step` (0, 1, 2), one per frame. */
  fontSample(step: number): void;
  /** Reads the config and builds the state, beside the second sample. */
  setUp(): void;
  /** Draws the face. */
  show(): void;
}

/**
 * Runs the steps to the first paint: at once when a widget has been drawn on this page before, else spread over
 * tasks and frames as described above. Each step runs through `safely`; `signal` ends the schedule.
 */
export function scheduleFirstPaint(signal: AbortSignal, steps: FirstPaintSteps, safely: (work: () => void) => void) {
  const step = (work: () => void) => () => safely(work);
  const shown = () => {
    steps.show();
    warm = true;
  };
  if (warm) {
    steps.setUp();
    shown();
    return;
  }
  later(
    signal,
    step(() => {
      steps.styles();
      steps.fontSample(0);
      afterFrame(
        signal,
        step(() => {
          steps.setUp();
          steps.fontSample(1);
          afterFrame(
            signal,
            step(() => {
              steps.fontSample(2);
              afterFrame(signal, step(shown));
            }),
          );
        }),
      );
    }),
  );
}
