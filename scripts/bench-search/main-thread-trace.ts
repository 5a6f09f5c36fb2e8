/**
 * The page's main-thread tasks during a step, from a Chromium trace: the longest by
 * wall time (what the Long Tasks API reports) and the longest by the thread's own CPU
 * time. On this shared 2-core machine a task of a few milliseconds of work can last
 * 100 ms of wall time when the OS runs another process in between; the CPU figure
 * says how long the work itself held the thread.
 */
import type { Browser, Page } from '@playwright/test';

interface TraceEvent {
  ph?: string;
  name?: string;
  pid?: number;
  tid?: number;
  ts?: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

export interface TaskFigures {
  longestWallMs: number;
  longestCpuMs: number;
  /** Tasks over 50 ms of wall time, and how many of them also used over 50 ms of CPU. */
  overFiftyWall: number;
  overFiftyCpu: number;
}

export async function tracedTasks(browser: Browser, page: Page, step: () => Promise<void>): Promise<TaskFigures> {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  try {
    await step();
  } finally {
    // stopTracing below returns what was recorded even when the step failed.
  }
  const buf = await browser.stopTracing();
  const parsed = JSON.parse(buf.toString('utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  const main = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const tasks = events.filter(
    (e) =>
      e.ph === 'X' &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') &&
      main.has(`${e.pid}:${e.tid}`),
  );
  const ms = (us: number | undefined) => (us ?? 0) / 1000;
  return {
    longestWallMs: Math.max(0, ...tasks.map((t) => ms(t.dur))),
    longestCpuMs: Math.max(0, ...tasks.map((t) => ms(t.tdur))),
    overFiftyWall: tasks.filter((t) => ms(t.dur) > 50).length,
    overFiftyCpu: tasks.filter((t) => ms(t.tdur) > 50).length,
  };
}

export const describeTasks = (t: TaskFigures) =>
  `longest main-thread task ${t.longestWallMs.toFixed(0)} ms wall time, the longest in CPU time ${t.longestCpuMs.toFixed(0)} ms` +
  ` (target ≤ 100 ms); tasks over 50 ms: ${t.overFiftyWall} by wall time, ${t.overFiftyCpu} by CPU time`;
