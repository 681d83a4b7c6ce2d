import { describe, expect, it } from '@jest/globals'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { errorAnnotations, nodeBinaries } from './runAction.js'
import { silentServer } from './loopbackProxy.js'
import { DB, INPUTS, STATIC, calls, runChecked, withSandbox } from './scenario.js'

/**
 * An AWS Backup endpoint that refuses connections, does not resolve, drops them, or accepts and never answers: the step
 * ends with a clear error within retry-max-attempts × (5 s to connect + 10 s for StartBackupJob to answer), never
 * hangs, and says whether the job may exist: not when no attempt reached AWS Backup, else with the token that finds it.
 */

const AMBIENT = { staticCredentials: STATIC }
const env = { AWS_ACCESS_KEY_ID: STATIC.accessKeyId, AWS_SECRET_ACCESS_KEY: STATIC.secretAccessKey, AWS_REGION: 'us-east-1' }
const inputs = { ...INPUTS, 'retry-max-attempts': '2' }
const NETWORK_HINT = "check the runner's network and, behind a proxy, HTTPS_PROXY and NO_PROXY."
const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

describe.each(nodeBinaries())('an AWS endpoint that cannot be reached, real bundle on %s', (_, node) => {
  it.each([
    ['refused', async () => `http://127.0.0.1:${await closedPort()}`, /connect ECONNREFUSED 127\.0\.0\.1:\d+/],
    [
      'made to a host name that does not resolve',
      async () => 'http://backup.sandbox.invalid',
      /getaddrinfo ENOTFOUND backup\.sandbox\.invalid/
    ]
  ])(
    'fails with a clear error when the connection is %s, saying that no request reached AWS Backup, so no job was started',
    (_, endpoint, said) =>
      withSandbox(AMBIENT, async (sandbox) => {
        const run = await runChecked(sandbox, { node, inputs, env: { ...env, AWS_ENDPOINT_URL_BACKUP: await endpoint() } })
        expect(run.code).toBe(1)
        const [annotation, ...more] = errorAnnotations(run)
        expect(more).toEqual([])
        expect(annotation).toMatch(
          new RegExp(
            `^StartBackupJob for "${escaped(DB)}" failed: ${said.source}; AWS Backup in us-east-1 could not be reached \\(2 attempts\\): no request reached it, so no job was started; ${escaped(NETWORK_HINT)}$`
          )
        )
        expect(run.outputs['status-message']).toBe(annotation)
      })
  )

  it('fails with a clear error, naming the idempotency token, when every answer to StartBackupJob is lost', () =>
    withSandbox(AMBIENT, async (sandbox) => {
      sandbox.fault({ service: 'backup', operation: 'StartBackupJob', kind: 'drop', times: Infinity })
      const run = await runChecked(sandbox, { node, inputs, env })
      expect(run.code).toBe(1)
      const token = run.outputs['idempotency-token']
      // The job was made (the answer, not the request, was lost): the user is told how to find it.
      expect(errorAnnotations(run)).toEqual([
        `StartBackupJob for "${DB}" failed: socket hang up; the connection to AWS Backup in us-east-1 was cut before it answered (2 attempts), so the job may have started anyway: look for idempotency token ${token} in AWS Backup; ${NETWORK_HINT}`
      ])
      expect(calls(sandbox, 'StartBackupJob').map((r) => r.dropped)).toEqual([true, true])
      expect(sandbox.jobs().map((j) => j.idempotencyToken)).toEqual([token])
    }))

  it('ends after 2 attempts of its 10 s answer timeout when the endpoint accepts connections and never answers, saying the job may exist', async () => {
    const silent = await silentServer()
    try {
      await withSandbox(AMBIENT, async (sandbox) => {
        const run = await runChecked(sandbox, { node, inputs, env: { ...env, AWS_ENDPOINT_URL_BACKUP: silent.url }, timeoutMs: 60_000 })
        expect(run.signal).toBeNull()
        expect(run.code).toBe(1)
        const token = run.outputs['idempotency-token']
        expect(errorAnnotations(run)).toEqual([
          `StartBackupJob for "${DB}" failed: AWS Backup in us-east-1 did not answer within 10 s (2 attempts), so the job may have started anyway: look for idempotency token ${token} in AWS Backup; ${NETWORK_HINT}`
        ])
        expect(silent.requestsSeen()).toBe(2)
      })
    } finally {
      await silent.close()
    }
  }, 70_000)
})
