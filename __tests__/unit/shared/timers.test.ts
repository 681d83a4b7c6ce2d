import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import { MAX_TIMER_MS, afterDelay, timeoutSignal, timerDelayMs } from '../../../src/shared/timers.js'

describe('timerDelayMs', () => {
  it.each([
    // wait-timeout-minutes 0.17 and 1.33, as seconds × 1000 (+ 5 s of grace for the first).
    [15_200.000000000002, 15_201],
    [79_800.00000000001, 79_801],
    [1500, 1500],
    [0, 0],
    [-20, 0],
    [NaN, 0],
    [43_200 * 60_000, MAX_TIMER_MS],
    [Infinity, MAX_TIMER_MS]
  ])('%p ms → %p ms', (ms, expected) => {
    expect(timerDelayMs(ms)).toBe(expected)
  })
})

describe('afterDelay and timeoutSignal', () => {
  beforeEach(() => {
    jest.useFakeTimers()
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  it('fires once the whole delay has passed, even one longer than a Node timer runs', () => {
    const fired = jest.fn()
    afterDelay(2 * MAX_TIMER_MS + 10, fired)
    jest.advanceTimersByTime(MAX_TIMER_MS)
    jest.advanceTimersByTime(MAX_TIMER_MS)
    expect(fired).not.toHaveBeenCalled()
    jest.advanceTimersByTime(10)
    expect(fired).toHaveBeenCalledTimes(1)
  })

  it('fires for a fractional delay, never before it, and not at all once cancelled', () => {
    const fired = jest.fn()
    const cancelled = jest.fn()
    afterDelay(10_200.000000000002, fired)
    afterDelay(100, cancelled)()
    jest.advanceTimersByTime(10_200)
    expect(fired).not.toHaveBeenCalled()
    jest.advanceTimersByTime(1)
    expect(fired).toHaveBeenCalledTimes(1)
    expect(cancelled).not.toHaveBeenCalled()
  })

  it('aborts a signal with a TimeoutError after a fractional delay, and not early for a 30-day one', () => {
    const soon = timeoutSignal(15_200.000000000002)
    const month = timeoutSignal(43_200 * 60_000 + 5000)
    jest.advanceTimersByTime(15_201)
    expect(soon.aborted).toBe(true)
    expect((soon.reason as DOMException).name).toBe('TimeoutError')
    expect(month.aborted).toBe(false)
  })
})
