// Counts of the work the page does, so the end-to-end tests can check how it
// behaves by counting instead of timing: a count is the same on a busy
// machine as on an idle one, a duration is not (npm run perf reports times).
// A fixed set of numbers, so a long session never grows it; an increment is
// all it costs. Read from outside the page as `window.__vardpengenCounters`.

export interface Counters {
  /** Evaluations of every chosen rule set for the current clinic (ResultsState.evaluate). */
  evaluations: number;
  /** Points of the sweep chart's curves evaluated, in slices (ResultsState.evaluateSweep). */
  sweepPoints: number;
  /** Sweep points the sweep worker evaluated, off the main thread. */
  workerSweepPoints: number;
  /** The most sweep points evaluated within one task of the main thread. */
  sweepPointsPerTaskMax: number;
  /** Chart.js charts constructed, updated (one redraw of new data) and destroyed, by chart. */
  componentsChartCreated: number;
  componentsChartUpdated: number;
  componentsChartDestroyed: number;
  sweepChartCreated: number;
  sweepChartUpdated: number;
  sweepChartDestroyed: number;
  /** Redraws that only moved a chart's marker (the sweep's current value), without a full update. */
  componentsMarkerMoved: number;
  sweepMarkerMoved: number;
}

export const counters: Counters = {
  evaluations: 0,
  sweepPoints: 0,
  workerSweepPoints: 0,
  sweepPointsPerTaskMax: 0,
  componentsChartCreated: 0,
  componentsChartUpdated: 0,
  componentsChartDestroyed: 0,
  sweepChartCreated: 0,
  sweepChartUpdated: 0,
  sweepChartDestroyed: 0,
  componentsMarkerMoved: 0,
  sweepMarkerMoved: 0,
};

if (typeof window !== 'undefined') Object.defineProperty(window, '__vardpengenCounters', { value: counters });

export function count(name: Exclude<keyof Counters, 'sweepPointsPerTaskMax' | 'workerSweepPoints'>): void {
  counters[name]++;
}

let pointsInTask = 0;
let inTask = false;

/** Counts one sweep point, and how many points the current task of the main thread has evaluated. */
export function countSweepPoint(): void {
  counters.sweepPoints++;
  if (!inTask) {
    inTask = true;
    // A timer queued now runs only once this task and its microtasks are done, so it marks the
    // task's end. It is queued at the task's first point, before the sweep queues its own yield,
    // and timers of equal delay run in order: the count is reset before the next slice starts.
    setTimeout(() => {
      inTask = false;
      pointsInTask = 0;
    });
  }
  counters.sweepPointsPerTaskMax = Math.max(counters.sweepPointsPerTaskMax, ++pointsInTask);
}

/** Counts the points a sweep worker evaluated (none of them on the main thread). */
export function countWorkerSweepPoints(points: number): void {
  counters.workerSweepPoints += points;
}
