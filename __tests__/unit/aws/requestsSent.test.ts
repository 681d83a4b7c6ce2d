import { afterEach, describe, expect, it } from '@jest/globals'
import { Agent, createServer, request, type ClientRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { watchRequests } from '../../../src/aws/requestsSent.js'

// A loopback server that takes requests and never answers, so a request's fate is only whether it left.
let server: Server | undefined
afterEach(async () => {
  const closing = server
  server = undefined
  if (closing === undefined) return
  closing.closeAllConnections()
  await new Promise((resolve) => closing.close(resolve))
})

async function silentServer(): Promise<number> {
  server = createServer(() => undefined)
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return (server.address() as AddressInfo).port
}

function get(port: number, agent?: Agent): ClientRequest {
  const req = request({ host: '127.0.0.1', port, path: '/token', agent })
  req.on('error', () => undefined)
  req.end()
  return req
}

describe('watchRequests', () => {
  it('settles once a request made before has left the process', async () => {
    const watch = watchRequests()
    const req = get(await silentServer())
    expect(req.writableFinished).toBe(false)
    await watch.sent()
    expect(req.writableFinished).toBe(true)
  })

  it('waits no longer than its limit for a request that cannot leave', async () => {
    const watch = watchRequests(50)
    const port = await silentServer()
    // One socket, held by a request that is never answered: the second waits for it for ever.
    const agent = new Agent({ maxSockets: 1 })
    get(port, agent)
    const queued = get(port, agent)
    const started = performance.now()
    await watch.sent()
    // Well under the default limit of 1 s: the limit given is the one kept.
    expect(performance.now() - started).toBeLessThan(500)
    expect(queued.writableFinished).toBe(false)
    agent.destroy()
  })

  it('settles at once when no request was made', async () => {
    await expect(watchRequests().sent()).resolves.toBeUndefined()
  })
})
