/**
 * Throttling met by pacing: every AWS Backup request waits for its turn in the pace of its operation and region
 * (src/aws/requestPacing.ts), and a throttled request is sent again, in that pace, for as long as AWS still accepts
 * others of the same operation in that region, or until the call is abandoned. That is safe for every call the step
 * makes: a throttled request takes no effect, and StartBackupJob carries an idempotency token anyway.
 *
 * It sits in the SDK's middleware stack below the retry middleware, so the SDK's standard strategy still retries
 * 5xx and network errors with its backoff, and retry-max-attempts counts those alone: throttling is not retried by
 * the SDK (whose retry budget, shared by a client's calls, runs out under heavy throttling).
 */
import { isThrottlingError, StandardRetryStrategy } from '@smithy/core/retry'
import type { FinalizeRequestMiddleware, RelativeMiddlewareOptions, RetryStrategyV2, StandardRetryToken } from '@smithy/types'
import { RequestPacer } from './requestPacing.js'

interface Waiter {
  readonly resolve: (sentAt: number) => void
  readonly reject: (error: unknown) => void
  readonly signal?: AbortSignal
  readonly onAbort: () => void
}

interface Lane {
  readonly pacer: RequestPacer
  readonly waiting: Waiter[]
  timer?: NodeJS.Timeout
}

/** The paces of one step's calls, one per operation and region, shared by every call that makes them. */
export class Pacing {
  private readonly lanes = new Map<string, Lane>()

  constructor(private readonly now: () => number = Date.now) {}

  /** Resolves with the send time once the request may go; rejects if `signal` aborts first. */
  turn(key: string, signal?: AbortSignal): Promise<number> {
    const lane = this.lane(key)
    const now = this.now()
    if (lane.waiting.length === 0 && lane.pacer.delayMs(now) === 0) {
      lane.pacer.sent(now, false)
      return Promise.resolve(now)
    }
    if (signal?.aborted) return Promise.reject(abortError(signal))
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        signal,
        onAbort: () => {
          lane.waiting.splice(lane.waiting.indexOf(waiter), 1)
          reject(abortError(signal))
          if (lane.waiting.length === 0) this.idle(lane)
        }
      }
      signal?.addEventListener('abort', waiter.onAbort, { once: true })
      lane.waiting.push(waiter)
      this.pump(lane)
    })
  }

  succeeded(key: string): void {
    this.lane(key).pacer.succeeded(this.now())
  }

  /** Learns from a throttled request; true when it should be given up (AWS accepts none of these any more). */
  throttled(key: string, sentAt: number): boolean {
    const { pacer } = this.lane(key)
    const now = this.now()
    pacer.throttled(sentAt, now)
    return pacer.stalled(now)
  }

  /** The pace of one lane, in requests per second; undefined while AWS has not throttled it. */
  rate(key: string): number | undefined {
    return this.lanes.get(key)?.pacer.requestsPerSecond
  }

  private lane(key: string): Lane {
    let lane = this.lanes.get(key)
    if (!lane) {
      lane = { pacer: new RequestPacer(), waiting: [] }
      this.lanes.set(key, lane)
    }
    return lane
  }

  /** Lets the first waiter go when its turn has come, and sets one timer for the next; none while nobody waits. */
  private pump(lane: Lane): void {
    this.idle(lane)
    const now = this.now()
    const delay = lane.pacer.delayMs(now)
    const first = lane.waiting[0]
    if (first === undefined) return
    if (delay > 0) {
      lane.timer = setTimeout(() => this.pump(lane), delay)
      return
    }
    lane.waiting.shift()
    first.signal?.removeEventListener('abort', first.onAbort)
    lane.pacer.sent(now, lane.waiting.length > 0)
    first.resolve(now)
    if (lane.waiting.length > 0) this.pump(lane)
  }

  private idle(lane: Lane): void {
    clearTimeout(lane.timer)
    lane.timer = undefined
  }
}

function abortError(signal: AbortSignal | undefined): unknown {
  const reason: unknown = signal?.reason
  return reason instanceof Error ? reason : Object.assign(new Error('The call was abandoned.'), { name: 'AbortError' })
}

// The SDK puts a call's abortSignal here (its SMITHY_CONTEXT_KEY); read by name, @smithy/types being types only.
const SMITHY_CONTEXT = '__smithy_context'

/**
 * The middleware that paces one region's client: each attempt waits for its turn, and a throttled one is sent
 * again in the pace until Pacing says to give up or the call's abortSignal aborts.
 */
export function pacingMiddleware<I extends object, O extends object>(region: string, pacing: Pacing): FinalizeRequestMiddleware<I, O> {
  return (next, context) => async (args) => {
    const key = `${context.commandName ?? 'unknown'} ${region}`
    const signal = (context as Record<string, { abortSignal?: AbortSignal } | undefined>)[SMITHY_CONTEXT]?.abortSignal
    for (;;) {
      const sentAt = await pacing.turn(key, signal)
      try {
        const result = await next(args)
        pacing.succeeded(key)
        return result
      } catch (error) {
        if (!isThrottlingError(error as Parameters<typeof isThrottlingError>[0])) throw error
        if (pacing.throttled(key, sentAt) || signal?.aborted) throw error
      }
    }
  }
}

/** Where the pacing goes in the stack: inside the retry loop, before signing (a request is signed when it leaves). */
export const PACING_MIDDLEWARE_OPTIONS: RelativeMiddlewareOptions = {
  relation: 'before',
  toMiddleware: 'httpSigningMiddleware',
  name: 'paceRequests'
}

/** The SDK's standard retry strategy for every error but throttling, which the pacing has already retried. */
export function retryAllButThrottling(maxAttempts: number): RetryStrategyV2 {
  const standard = new StandardRetryStrategy(maxAttempts)
  return {
    acquireInitialRetryToken: (scope) => standard.acquireInitialRetryToken(scope),
    // Its own tokens come back to it: the SDK passes on what acquireInitialRetryToken gave.
    refreshRetryTokenForRetry: (token, info) =>
      info.errorType === 'THROTTLING' ? Promise.reject(info.error) : standard.refreshRetryTokenForRetry(token as StandardRetryToken, info),
    recordSuccess: (token) => standard.recordSuccess(token as StandardRetryToken)
  }
}
