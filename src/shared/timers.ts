/**
 * Timers for delays the step computes (from inputs, schedules, deadlines). Node's own take a whole number of
 * milliseconds up to 2^31 - 1: AbortSignal.timeout throws on 10200.000000000002 (0.17 minutes), and every timer
 * fires after 1 ms instead of 25 days or more (wait-timeout-minutes may be 30 days).
 */

/** The longest delay one Node timer runs (about 24.8 days). */
export const MAX_TIMER_MS = 2 ** 31 - 1

/** The delay as one Node timer takes it: whole milliseconds (rounded up, so it never ends early), 0 to MAX_TIMER_MS. */
export function timerDelayMs(ms: number): number {
  if (Number.isNaN(ms) || ms <= 0) return 0
  return Math.min(MAX_TIMER_MS, Math.ceil(ms))
}

/**
 * Calls `fn` once `ms` have passed, however long that is, in steps no timer overflows. Returns a function that
 * cancels it. `unref`: the timer does not keep the process alive (as AbortSignal.timeout's does not).
 */
export function afterDelay(ms: number, fn: () => void, { unref = false }: { readonly unref?: boolean } = {}): () => void {
  if (ms === Infinity) return () => undefined
  const endsAt = performance.now() + (Number.isNaN(ms) ? 0 : Math.max(0, ms))
  let timer: NodeJS.Timeout | undefined
  // Asynchronous even for a delay of 0, as setTimeout is; re-armed until the whole delay has passed.
  const arm = (): void => {
    timer = setTimeout(() => (endsAt - performance.now() <= 0 ? fn() : arm()), timerDelayMs(endsAt - performance.now()))
    if (unref) timer.unref()
  }
  arm()
  return () => clearTimeout(timer)
}

/** A signal that aborts `ms` from now, like AbortSignal.timeout but for any delay, with the same TimeoutError reason. */
export function timeoutSignal(ms: number): AbortSignal {
  const controller = new AbortController()
  afterDelay(ms, () => controller.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), { unref: true })
  return controller.signal
}
