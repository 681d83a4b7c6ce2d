import { describe, expect, it } from '@jest/globals'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { errorAnnotations, nodeBinaries } from './runAction.js'
import { silentServer } from './loopbackProxy.js'
import { DB, INPUTS, STATIC, calls, runChecked, withSandbox } from './scenario.js'

/**
 * An AWS endpoint that refuses connections, drops them, or accepts and never answers: the step ends with a clear
 * error within retry-max-attempts × (5 s to connect + 30 s to answer), and never hangs.
 */

const AMBIENT = { staticCredentials: STATIC }
const env = { AWS_ACCESS_KEY_ID: STATIC.accessKeyId, AWS_SECRET_ACCESS_KEY: STATIC.secretAccessKey, AWS_REGION: 'us-east-1' }
const inputs = { ...INPUTS, 'retry-max-attempts': '2' }

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

const attemptsHint =
  /could not be reached \(2 attempts, each with 5 s to connect and 30 s to answer\).*; check the runner's network and, behind a proxy, HTTPS_PROXY and NO_PROXY, or raise retry-max-attempts\.$/

describe.each(nodeBinaries())('an AWS endpoint that cannot be reached, real bundle on %s', (_, node) => {
  it('fails with a clear error when the connection is refused, after retry-max-attempts', () =>
    withSandbox(AMBIENT, async (sandbox) => {
      const run = await runChecked(sandbox, {
        node,
        inputs,
        env: { ...env, AWS_ENDPOINT_URL_BACKUP: `http://127.0.0.1:${await closedPort()}` }
      })
      expect(run.code).toBe(1)
      const [annotation, ...more] = errorAnnotations(run)
      expect(more).toEqual([])
      expect(annotation).toMatch(
        new RegExp(`^StartBackupJob for "${DB}" failed: connect ECONNREFUSED 127\\.0\\.0\\.1:\\d+; AWS Backup in us-east-1`)
      )
      expect(annotation).toMatch(attemptsHint)
      expect(run.durationMs).toBeLessThan(2 * 35_000)
    }))

  it('fails with a clear error, naming the idempotency token, when every answer to StartBackupJob is lost', () =>
    withSandbox(AMBIENT, async (sandbox) => {
      sandbox.fault({ service: 'backup', operation: 'StartBackupJob', kind: 'drop', times: Infinity })
      const run = await runChecked(sandbox, { node, inputs, env })
      expect(run.code).toBe(1)
      const token = run.outputs['idempotency-token']
      const [annotation, ...more] = errorAnnotations(run)
      expect(more).toEqual([])
      // The job was made (the answer, not the request, was lost): the user is told how to find it.
      expect(annotation).toContain(`so the job may have started anyway (look for idempotency token ${token} in AWS Backup)`)
      expect(annotation).toMatch(attemptsHint)
      expect(calls(sandbox, 'StartBackupJob').map((r) => r.dropped)).toEqual([true, true])
      expect(sandbox.jobs().map((j) => j.idempotencyToken)).toEqual([token])
    }))
})

describe('an AWS endpoint that accepts connections and never answers', () => {
  // Both Node binaries at once: each run takes retry-max-attempts × the 30 s response timeout, by design.
  it('ends the step on Node 20 and Node 24 with a timeout error after 2 attempts, within 2 × 35 s, and never hangs', async () => {
    const silent = await silentServer()
    try {
      await withSandbox(AMBIENT, async (sandbox) => {
        const runs = await Promise.all(
          nodeBinaries().map(([, node]) =>
            runChecked(sandbox, { node, inputs, env: { ...env, AWS_ENDPOINT_URL_BACKUP: silent.url }, timeoutMs: 120_000 })
          )
        )
        for (const run of runs) {
          expect(run.signal).toBeNull()
          expect(run.code).toBe(1)
          expect(run.durationMs).toBeLessThan(2 * 35_000 + 5_000)
          expect(errorAnnotations(run)).toEqual([
            expect.stringMatching(
              new RegExp(
                `^StartBackupJob for "${DB}" failed: TimeoutError: a request has exceeded the configured 30000 ms requestTimeout; AWS Backup in us-east-1 could not be reached`
              )
            )
          ])
          expect(errorAnnotations(run)[0]).toMatch(attemptsHint)
        }
        expect(silent.requestsSeen()).toBe(2 * runs.length)
      })
    } finally {
      await silent.close()
    }
  }, 150_000)
})
