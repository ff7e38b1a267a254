import { formatDiagnostics } from '../cli/print-diagnostics.js';
import { scoreFiles, type ScoreRequest } from '../cli/score-data.js';
import type { TraceEvent } from '../engine/trace.js';
import { ExitCode } from '../cli/output.js';
import { remember } from './explanation.js';
import { changesAnything, compareVersions, type Changes } from './movement.js';
import { buildVersion, type Version } from './version.js';
import { watchFiles, type FileWatch } from './watch-files.js';

/** The exit code bin.ts gives a defect; here, the kind of problem a load that threw is. */
export const INTERNAL_ERROR = 70;

/** A load that failed: its diagnostics as `formatDiagnostics` prints them. */
export interface Problem {
  readonly exitCode: number;
  readonly text: string;
}

export interface PreviewState {
  /** The last good evaluation: it stays on screen while the files have errors. */
  readonly version?: Version;
  /** The last good evaluation against the one before it that differed. */
  readonly changes?: Changes;
  /** Set while the files on disk do not evaluate. */
  readonly problem?: Problem;
  readonly loading: boolean;
  /** When the last load finished, and how long reading and scoring took. */
  readonly loadedAt?: Date;
  /** performance.now() when the last load began, and the milliseconds reading and scoring took. */
  readonly loadStartedAt?: number;
  readonly loadMs?: number;
}

export type PreviewRequest = Omit<ScoreRequest, 'checkRules' | 'evaluateOptions'>;

/**
 * The preview's model, apart from any screen: evaluates the files, keeps
 * the last good version and what changed since the one before, and
 * re-evaluates when the files change. Loads never overlap: a change during
 * a load runs one more load after it.
 */
export class PreviewSession {
  private state: PreviewState = { loading: false };
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | undefined;
  private again = false;
  private count = 0;
  private focus: string | undefined;
  private watch: FileWatch | undefined;

  constructor(readonly request: PreviewRequest) {}

  getState = (): PreviewState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** The unit on screen: the next load traces it, so its breakdown comes with the new ranking. */
  setFocus(unit: string | undefined): void {
    this.focus = unit;
  }

  /** Reads and evaluates the files; resolves when no load is pending. */
  reload(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.loadUntilCurrent().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Re-evaluates whenever the rule file or the data file is saved. */
  startWatching(settleMs?: number): Promise<void> {
    this.watch ??= watchFiles([this.request.rules, this.request.data], () => void this.reload(), settleMs);
    return this.watch.ready;
  }

  async close(): Promise<void> {
    await this.watch?.close();
    this.watch = undefined;
    this.listeners.clear();
  }

  private async loadUntilCurrent(): Promise<void> {
    do {
      this.again = false;
      await this.loadOnce();
    } while (this.again);
  }

  private async loadOnce(): Promise<void> {
    try {
      await this.score();
    } catch (e) {
      // A defect, not a mistake in the files: said on screen, and the last ranking stays.
      const text = e instanceof Error ? (e.stack ?? String(e)) : String(e);
      this.update({ problem: { exitCode: INTERNAL_ERROR, text }, loading: false, loadedAt: new Date() });
    }
  }

  private async score(): Promise<void> {
    const started = performance.now();
    // Said on screen while the data file is being read, not before: drawing
    // first would put the whole frame's cost ahead of the scoring.
    this.state = { ...this.state, loading: true };
    setImmediate(() => this.notify());
    const focus = this.focus;
    const events: TraceEvent[] = [];
    const outcome = await scoreFiles({
      ...this.request,
      evaluateOptions: (data) => {
        const index = focus === undefined ? -1 : data.units.findIndex((u) => u.unit === focus);
        return index < 0 ? {} : { trace: { unit: index, sink: (e) => events.push(e) } };
      },
    });
    const loadMs = Math.round(performance.now() - started);
    if (!outcome.ok) {
      // The diagnostics are formatted now, while the file is as they describe it.
      const text = formatDiagnostics(outcome.diagnostics, this.request.lang);
      this.update({ problem: { exitCode: outcome.exitCode, text }, loading: false, loadedAt: new Date(), loadStartedAt: started, loadMs });
      return;
    }
    this.count += 1;
    const version = buildVersion(this.count, outcome);
    if (focus !== undefined) remember(version, focus, events);
    const previous = this.state.version;
    let changes = previous ? compareVersions(previous, version) : undefined;
    // A save that changes no rank and no total keeps the markers of the last real change.
    if (changes && !changesAnything(changes)) changes = this.state.changes;
    this.set({ version, ...(changes ? { changes } : {}), loading: false, loadedAt: new Date(), loadStartedAt: started, loadMs });
  }

  private update(patch: Partial<PreviewState>): void {
    this.set({ ...this.state, ...patch });
  }

  private set(state: PreviewState): void {
    this.state = state;
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/** Whether a failed first load can never be fixed by saving a file (a wrong option). */
export function isUsageProblem(problem: Problem): boolean {
  return problem.exitCode === ExitCode.usage;
}
