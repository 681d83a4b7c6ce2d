import { subscribe } from 'node:diagnostics_channel'
import type { ClientRequest } from 'node:http'

/*
 * Compiling the AWS SDK's code holds the event loop for about 100 ms, and a request made just before cannot connect
 * until the compile ends. Waiting until the requests already made have left lets the compile overlap their round
 * trips instead: the OIDC token request goes out at once and the SDK loads while GitHub answers it. Node reports
 * each client request on this built-in diagnostics channel; should it report none, nothing is waited for.
 */
const CHANNEL = 'http.client.request.start'
const MAX_WAIT_MS = 1_000

export interface RequestWatch {
  /** Settles once every HTTP request made so far has been sent (or has failed), or after at most `maxWaitMs`. */
  sent(): Promise<void>
}

export function watchRequests(maxWaitMs = MAX_WAIT_MS): RequestWatch {
  const unsent = new Set<Promise<void>>()
  subscribe(CHANNEL, (message) => {
    const request = (message as { request?: ClientRequest }).request
    if (request === undefined) return
    // 'close' also follows an error; no 'error' listener, so that an error nobody handles still surfaces.
    const left = new Promise<void>((resolve) => {
      request.once('finish', () => resolve())
      request.once('close', () => resolve())
    })
    unsent.add(left)
    void left.then(() => unsent.delete(left))
  })
  return {
    async sent() {
      // The channel reports a request on the tick after it was made.
      await new Promise((resolve) => setImmediate(resolve))
      let timer: NodeJS.Timeout | undefined
      const limit = new Promise((resolve) => (timer = setTimeout(resolve, maxWaitMs)))
      await Promise.race([Promise.all(unsent), limit])
      clearTimeout(timer)
    }
  }
}
