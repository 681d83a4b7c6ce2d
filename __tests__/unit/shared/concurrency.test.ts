import { describe, expect, it } from '@jest/globals'
import { callLimiter } from '../../../src/shared/concurrency.js'

const turns = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setImmediate(resolve))
}

describe('callLimiter', () => {
  it.each([
    { limit: 1, calls: 4, failing: [] as number[] },
    { limit: 2, calls: 5, failing: [0, 1, 3] },
    { limit: 3, calls: 10, failing: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] },
    { limit: 20, calls: 5, failing: [4] }
  ])(
    'limit $limit, $calls calls, failing $failing: at most the limit in flight, first come first served, every call settles',
    async ({ limit, calls, failing }) => {
      const run = callLimiter(limit)
      const began: number[] = []
      let inFlight = 0
      let most = 0
      const settled = await Promise.allSettled(
        Array.from({ length: calls }, (_, i) =>
          run(async () => {
            began.push(i)
            most = Math.max(most, ++inFlight)
            await turns(2 + (i % 3))
            inFlight--
            if (failing.includes(i)) throw new Error(`call ${i} failed`)
            return i
          })
        )
      )
      expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message))).toEqual(
        Array.from({ length: calls }, (_, i) => (failing.includes(i) ? `call ${i} failed` : i))
      )
      expect(most).toBe(Math.min(limit, calls))
      expect(began).toEqual(Array.from({ length: calls }, (_, i) => i))
    }
  )

  it('gives a place freed by a failed call to the next one waiting', async () => {
    const run = callLimiter(1)
    const first = run(() => Promise.reject(new Error('refused')))
    const second = run(() => Promise.resolve('second ran'))
    await expect(first).rejects.toThrow('refused')
    await expect(second).resolves.toBe('second ran')
  })
})
