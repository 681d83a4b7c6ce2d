/**
 * Calls of one operation in one region in flight at once when the step starts or checks many jobs: enough that 50
 * resources take about as long as a few, few enough that the first burst, before AWS has said how fast it may go,
 * stays small (the calls are then paced, src/aws/pacedRequests.ts).
 */
export const REQUEST_CONCURRENCY = 20

/** Status checks and stops in flight at once while waiting: fewer, since they repeat for as long as the jobs run. */
export const WAIT_CONCURRENCY = 10

/**
 * Runs fn over items with at most `limit` calls in flight, keeping the results in input order.
 * Bounded so that many resources do not burst past the account's AWS API request rate.
 */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++
      results[index] = await fn(items[index] as T, index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return results
}

/**
 * A bound on calls in flight that several callers share: a call waits for a free place, first come, first served.
 * Unlike mapConcurrently, it bounds calls rather than items: an item's second call queues behind every call already
 * waiting, such as the other items' first.
 */
export function callLimiter(limit: number): <R>(call: () => Promise<R>) => Promise<R> {
  let active = 0
  const waiting: (() => void)[] = []
  return async (call) => {
    if (active < limit) active++
    // The place is handed over by the call that ends, so `active` stays counted.
    else await new Promise<void>((resolve) => waiting.push(resolve))
    try {
      return await call()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else active--
    }
  }
}
