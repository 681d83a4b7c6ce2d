/**
 * How fast to send one operation's requests to one region, learnt from AWS's throttling answers: AWS keeps a
 * request-rate quota per API, account and region that the step cannot know in advance. Pure: the caller passes the
 * time and does the waiting (src/aws/pacedRequests.ts).
 *
 * - Until AWS first throttles, requests go as fast as they come (the callers bound how many are in flight).
 * - A throttling answer means the quota's bucket is empty, so what got through in the last seconds is what the
 *   quota allows: the pace drops a little below that rate. Throttles of requests sent before that drop are ignored:
 *   they were answers to the old pace, already accounted for.
 * - While requests queue and none is throttled, the pace creeps up (5 % a second), so it finds a quota that was
 *   shared for a while with other callers, and a pace that went too low.
 */

/** The slowest pace: AWS's own adaptive limiter never goes below this either. */
export const MIN_RATE_PER_SECOND = 0.5
/**
 * A throttled request is given up only when AWS has accepted none of this operation in this region for this long:
 * throttling alone never fails a request while others still get through.
 */
export const STALL_MS = 60_000

// What got through in this window, when AWS throttles, is taken as the quota's rate.
const WINDOW_MS = 2_000
// Below the measured rate, so that the quota's bucket refills and the next burst does not drain it.
const BELOW_MEASURED = 0.9
const PROBE_STEP = 0.05
const PROBE_EVERY_MS = 1_000

export class RequestPacer {
  /** Requests per second; undefined until AWS first throttles. */
  private rate: number | undefined
  private lastSentAt: number | undefined
  private firstSentAt: number | undefined
  private lastSuccessAt: number | undefined
  /** When the pace last changed (down or up): throttles of requests sent before a drop are not counted again. */
  private lastDropAt = -Infinity
  private lastChangeAt = -Infinity
  /** Answer times of recent successes, oldest first, no older than WINDOW_MS. */
  private readonly successes: number[] = []

  /** The pace in requests per second; undefined while AWS has not throttled. */
  get requestsPerSecond(): number | undefined {
    return this.rate
  }

  /** How long from `now` the next request must wait (0: it may go now). */
  delayMs(now: number): number {
    if (this.rate === undefined || this.lastSentAt === undefined) return 0
    return Math.max(0, this.lastSentAt + 1000 / this.rate - now)
  }

  /** A request goes now; `queued`: others are waiting behind it, so a faster pace would be used. */
  sent(now: number, queued: boolean): void {
    this.firstSentAt ??= now
    // A request that goes a little after its turn (timers keep whole milliseconds) is counted at its turn, so the
    // lateness does not add up; after a pause the pace starts over from now, with no burst.
    const turn = this.rate === undefined || this.lastSentAt === undefined ? now : this.lastSentAt + 1000 / this.rate
    this.lastSentAt = now - turn < 1000 / (this.rate ?? Infinity) ? Math.min(now, turn) : now
    if (queued && this.rate !== undefined && now - this.lastChangeAt >= PROBE_EVERY_MS) {
      this.rate *= 1 + PROBE_STEP
      this.lastChangeAt = now
    }
  }

  succeeded(now: number): void {
    this.lastSuccessAt = now
    this.successes.push(now)
    this.forget(now)
  }

  /** AWS throttled a request sent at `sentAt`. */
  throttled(sentAt: number, now: number): void {
    if (sentAt < this.lastDropAt) return
    this.forget(now)
    // The window, or the time since the first request if shorter, but at least a second: a first burst that got
    // through in a few milliseconds says little about a rate per second.
    const span = Math.max(1000, Math.min(WINDOW_MS, now - (this.firstSentAt ?? now)))
    const measured = (this.successes.length * 1000) / span
    this.rate = Math.max(MIN_RATE_PER_SECOND, Math.min(this.rate ?? Infinity, measured) * BELOW_MEASURED)
    this.lastDropAt = now
    this.lastChangeAt = now
  }

  /** True when AWS has accepted no request of this pace for STALL_MS: retrying a throttled one is then pointless. */
  stalled(now: number): boolean {
    const since = this.lastSuccessAt ?? this.firstSentAt
    return since !== undefined && now - since >= STALL_MS
  }

  private forget(now: number): void {
    while (this.successes.length > 0 && (this.successes[0] as number) <= now - WINDOW_MS) this.successes.shift()
  }
}
