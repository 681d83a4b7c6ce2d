import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals'
import type { SdkError } from '@smithy/types'
import { Pacing, retryAllButThrottling } from '../../../src/aws/pacedRequests.js'

describe('Pacing', () => {
  beforeEach(() => {
    jest.useFakeTimers({ now: 0 })
  })
  afterEach(() => {
    jest.useRealTimers()
  })

  /** A lane AWS has throttled after a burst of 10 got through: 9 requests a second, one every 111 ms. */
  function throttledLane(pacing: Pacing, key: string): void {
    for (let i = 0; i < 10; i++) {
      void pacing.turn(key)
      pacing.succeeded(key)
    }
    jest.advanceTimersByTime(50)
    pacing.throttled(key, 50)
  }

  it('lets requests go at once until AWS throttles, then one at a time in the pace, first come first served', async () => {
    const pacing = new Pacing()
    expect(await pacing.turn('StartBackupJob us-east-1')).toBe(0)
    throttledLane(pacing, 'StartBackupJob us-east-1')
    const went: [string, number][] = []
    const turns = ['a', 'b', 'c'].map((name) => pacing.turn('StartBackupJob us-east-1').then((at) => went.push([name, at])))
    await jest.advanceTimersByTimeAsync(1_000)
    await Promise.all(turns)
    expect(went.map(([name]) => name)).toEqual(['a', 'b', 'c'])
    // 1000 / 9 ms apart, to the whole millisecond timers keep.
    went.forEach(([, at], i) => expect(Math.abs(at - (i + 1) * (1000 / 9))).toBeLessThan(i + 2))
    expect(jest.getTimerCount()).toBe(0)
  })

  it('keeps the lanes of operations and regions apart', async () => {
    const pacing = new Pacing()
    throttledLane(pacing, 'StartBackupJob us-east-1')
    void pacing.turn('StartBackupJob us-east-1')
    expect(await pacing.turn('StartBackupJob eu-west-1')).toBe(50)
    expect(await pacing.turn('DescribeBackupJob us-east-1')).toBe(50)
  })

  it('drops a request abandoned while it waits, and the next one takes its turn', async () => {
    const pacing = new Pacing()
    throttledLane(pacing, 'DescribeBackupJob us-east-1')
    const abandoned = new AbortController()
    const first = pacing.turn('DescribeBackupJob us-east-1', abandoned.signal)
    const second = pacing.turn('DescribeBackupJob us-east-1')
    abandoned.abort(new Error('time is up'))
    await expect(first).rejects.toThrow('time is up')
    await jest.advanceTimersByTimeAsync(200)
    expect(Math.abs((await second) - 1000 / 9)).toBeLessThan(2)
    expect(jest.getTimerCount()).toBe(0)
  })

  it('says to give up a throttled request only once AWS has accepted none for a minute', () => {
    const pacing = new Pacing()
    void pacing.turn('StartBackupJob us-east-1')
    pacing.succeeded('StartBackupJob us-east-1')
    jest.advanceTimersByTime(59_999)
    expect(pacing.throttled('StartBackupJob us-east-1', 59_999)).toBe(false)
    jest.advanceTimersByTime(1)
    expect(pacing.throttled('StartBackupJob us-east-1', 60_000)).toBe(true)
  })
})

describe('retryAllButThrottling', () => {
  const error = Object.assign(new Error('x'), { $metadata: {} }) as SdkError

  it('leaves throttling to the pacing: no retry, the error as it came', async () => {
    const strategy = retryAllButThrottling(5)
    const token = await strategy.acquireInitialRetryToken('')
    await expect(strategy.refreshRetryTokenForRetry(token, { errorType: 'THROTTLING', error })).rejects.toBe(error)
  })

  it('retries a 5xx until the attempts it was given are spent', async () => {
    jest.useRealTimers()
    const strategy = retryAllButThrottling(2)
    const token = await strategy.acquireInitialRetryToken('')
    // 500, 502, 503 and 504 are TRANSIENT to the SDK.
    const retry = await strategy.refreshRetryTokenForRetry(token, { errorType: 'TRANSIENT', error })
    expect(retry.getRetryCount()).toBe(1)
    await expect(strategy.refreshRetryTokenForRetry(retry, { errorType: 'TRANSIENT', error })).rejects.toThrow()
  })
})
