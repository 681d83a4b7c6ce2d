import { describe, expect, it } from '@jest/globals'
import { MIN_RATE_PER_SECOND, RequestPacer, STALL_MS } from '../../../src/aws/requestPacing.js'

/** Sends `count` requests at `at` ms, each answered at once with success. */
function succeed(pacer: RequestPacer, at: number, count: number): void {
  for (let i = 0; i < count; i++) {
    pacer.sent(at, false)
    pacer.succeeded(at)
  }
}

describe('RequestPacer', () => {
  it('lets every request go at once while AWS has not throttled', () => {
    const pacer = new RequestPacer()
    succeed(pacer, 0, 50)
    expect(pacer.delayMs(0)).toBe(0)
    expect(pacer.requestsPerSecond).toBeUndefined()
  })

  it.each([
    // A first burst: the quota's bucket let 10 through within 50 ms; a second is the least span a rate is read over.
    { what: 'after a first burst of 10', successes: [[0, 10]], throttledAt: 50, rate: 9 },
    // 20 got through in the last 2 s: 10 a second.
    {
      what: 'after 20 in the last 2 s',
      successes: [
        [0, 5],
        [3_500, 10],
        [4_500, 10]
      ],
      throttledAt: 5_000,
      rate: 9
    },
    { what: 'when nothing got through', successes: [], throttledAt: 100, rate: MIN_RATE_PER_SECOND }
  ])('paces a little below what got through when AWS throttles: $what → $rate/s', ({ successes, throttledAt, rate }) => {
    const pacer = new RequestPacer()
    pacer.sent(0, false)
    for (const [at, count] of successes) succeed(pacer, at as number, count as number)
    pacer.throttled(throttledAt, throttledAt)
    expect(pacer.requestsPerSecond).toBeCloseTo(rate, 6)
    pacer.sent(throttledAt, false)
    expect(pacer.delayMs(throttledAt)).toBeCloseTo(1000 / rate, 6)
  })

  it('counts a request sent a little after its turn at its turn, so that timer rounding does not slow the pace', () => {
    const pacer = new RequestPacer()
    succeed(pacer, 0, 10)
    pacer.throttled(0, 0)
    let now = 0
    for (let i = 0; i < 9; i++) {
      now += pacer.delayMs(now) + 1
      pacer.sent(now, false)
    }
    expect(now + pacer.delayMs(now)).toBeCloseTo((10 * 1000) / 9, 6)
  })

  it('starts the pace over from a request sent after a pause, with no burst', () => {
    const pacer = new RequestPacer()
    succeed(pacer, 0, 10)
    pacer.throttled(0, 0)
    pacer.sent(5_000, false)
    expect(pacer.delayMs(5_000)).toBeCloseTo(1000 / 9, 6)
  })

  it('counts the throttles of requests sent before the pace dropped only once', () => {
    const pacer = new RequestPacer()
    succeed(pacer, 0, 10)
    pacer.throttled(0, 50)
    const after = pacer.requestsPerSecond
    for (let i = 0; i < 9; i++) pacer.throttled(10, 60)
    expect(pacer.requestsPerSecond).toBe(after)
    pacer.throttled(70, 80)
    expect(pacer.requestsPerSecond).toBeLessThan(after!)
  })

  it('never drops below the slowest pace', () => {
    const pacer = new RequestPacer()
    pacer.sent(0, false)
    for (let t = 0; t < 20_000; t += 1000) pacer.throttled(t, t)
    expect(pacer.requestsPerSecond).toBe(MIN_RATE_PER_SECOND)
  })

  it.each([
    { queued: true, rate: 9 * 1.05 * 1.05 },
    { queued: false, rate: 9 }
  ])('creeps up 5 % a second only while requests queue (queued: $queued)', ({ queued, rate }) => {
    const pacer = new RequestPacer()
    succeed(pacer, 0, 10)
    pacer.throttled(0, 50)
    for (let t = 100; t <= 2_100; t += 100) pacer.sent(t, queued)
    expect(pacer.requestsPerSecond).toBeCloseTo(rate, 6)
  })

  it.each([
    { lastSuccessAt: undefined, now: STALL_MS - 1, stalled: false },
    { lastSuccessAt: undefined, now: STALL_MS, stalled: true },
    { lastSuccessAt: 30_000, now: 30_000 + STALL_MS - 1, stalled: false },
    { lastSuccessAt: 30_000, now: 30_000 + STALL_MS, stalled: true }
  ])('is stalled once AWS has accepted nothing for STALL_MS (last success $lastSuccessAt, now $now)', ({ lastSuccessAt, now, stalled }) => {
    const pacer = new RequestPacer()
    pacer.sent(0, false)
    if (lastSuccessAt !== undefined) pacer.succeeded(lastSuccessAt)
    expect(pacer.stalled(now)).toBe(stalled)
  })

  it('against a quota of 10 a second, settles near it and sends few requests AWS refuses', () => {
    // Virtual time: AWS's token bucket (10 a second, burst 10) and 500 requests, 20 in flight, answered in 50 ms.
    const pacer = new RequestPacer()
    let tokens = 10
    let bucketAt = 0
    const take = (now: number): boolean => {
      tokens = Math.min(10, tokens + ((now - bucketAt) * 10) / 1000)
      bucketAt = now
      if (tokens < 1) return false
      tokens -= 1
      return true
    }
    let now = 0
    let done = 0
    let refused = 0
    let queue = 500
    const inFlight: { sentAt: number; answerAt: number }[] = []
    while (done < 500) {
      inFlight.sort((a, b) => a.answerAt - b.answerAt)
      const next = inFlight[0]
      const sendAt = queue > 0 && inFlight.length < 20 ? now + pacer.delayMs(now) : Infinity
      if (next !== undefined && next.answerAt <= sendAt) {
        inFlight.shift()
        now = next.answerAt
        if (take(next.sentAt)) {
          pacer.succeeded(now)
          done++
        } else {
          pacer.throttled(next.sentAt, now)
          refused++
          queue++
        }
      } else {
        now = sendAt
        queue--
        pacer.sent(now, queue > 0)
        inFlight.push({ sentAt: now, answerAt: now + 50 })
      }
    }
    expect(now / 1000).toBeLessThan(50 * 1.1)
    expect(refused).toBeLessThan(50)
    expect(pacer.requestsPerSecond).toBeGreaterThan(8)
  })
})
