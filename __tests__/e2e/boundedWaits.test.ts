import { describe, expect, it } from '@jest/globals'
import { createServer, type AddressInfo } from 'node:net'
import { errorAnnotations, logLines, nodeBinaries } from './runAction.js'
import { silentServer } from './loopbackProxy.js'
import { INPUTS, OIDC_INPUTS, ROLE_TO_ASSUME, STATIC, calls, runChecked, withSandbox } from './scenario.js'

/**
 * STS, the OIDC token endpoint and StopBackupJob accepting a connection and never answering, and the OIDC token
 * request refused or failing: each call ends within its own request timeout, and the message says what is known,
 * which endpoint and what happened, and only that (unreachable.test.ts has the same for StartBackupJob).
 */

const TRUSTED = { trustedRoleArns: [ROLE_TO_ASSUME] }
const AMBIENT = { staticCredentials: STATIC }
const AMBIENT_ENV = { AWS_ACCESS_KEY_ID: STATIC.accessKeyId, AWS_SECRET_ACCESS_KEY: STATIC.secretAccessKey, AWS_REGION: 'us-east-1' }
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

/** Runs the step with one endpoint pointed at a server that accepts connections and never answers. */
async function withSilent<T>(body: (url: string, requestsSeen: () => number) => Promise<T>): Promise<T> {
  const silent = await silentServer()
  try {
    return await body(silent.url, silent.requestsSeen)
  } finally {
    await silent.close()
  }
}

describe.each(nodeBinaries())('bounded waits and true messages, real bundle on %s', (_, node) => {
  it(
    'STS that never answers: ends after its 10 s request timeout, naming STS',
    () =>
      withSilent((url, requestsSeen) =>
        withSandbox(TRUSTED, async (sandbox) => {
          const inputs = { ...OIDC_INPUTS, 'retry-max-attempts': '1' }
          const run = await runChecked(sandbox, { node, inputs, env: { AWS_ENDPOINT_URL_STS: url }, timeoutMs: 45_000 })
          expect(run.signal).toBeNull()
          expect(run.code).toBe(1)
          expect(errorAnnotations(run)).toEqual([
            `Could not assume role-to-assume "${ROLE_TO_ASSUME}": STS did not answer within 10 s (1 attempt); ${NETWORK_HINT}`
          ])
          expect(requestsSeen()).toBe(1)
          expect(calls(sandbox, 'StartBackupJob')).toEqual([])
        })
      ),
    50_000
  )

  it(
    'the OIDC token endpoint that never answers: ends after its 10 s request timeout, without blaming permissions',
    () =>
      withSilent((url, requestsSeen) =>
        withSandbox(TRUSTED, async (sandbox) => {
          const env = { ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/oidc/token?api-version=2.0` }
          const run = await runChecked(sandbox, { node, inputs: OIDC_INPUTS, env, timeoutMs: 45_000 })
          expect(run.signal).toBeNull()
          expect(run.code).toBe(1)
          expect(errorAnnotations(run)).toEqual([
            `The GitHub OIDC token endpoint (127.0.0.1) did not answer within 10 s; GitHub's token service may be slow or down: run the job again later, and ${NETWORK_HINT}`
          ])
          expect(requestsSeen()).toBe(1)
        })
      ),
    50_000
  )

  const oidcFailures: Array<[string, (s: Parameters<Parameters<typeof withSandbox>[1]>[0]) => Promise<Record<string, string>>, RegExp]> = [
    [
      'a refused connection',
      async () => ({ ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${await closedPort()}/oidc/token?api-version=2.0` }),
      new RegExp(
        `^Could not reach the GitHub OIDC token endpoint \\(127\\.0\\.0\\.1\\): connect ECONNREFUSED 127\\.0\\.0\\.1:\\d+; ${escaped(NETWORK_HINT)}$`
      )
    ],
    [
      'a 401',
      async (s) => (s.fault({ service: 'oidc', kind: 'error', code: 'Unauthorized', status: 401, message: 'Bad credentials' }), {}),
      /^The GitHub OIDC token endpoint \(127\.0\.0\.1\) refused the runner's token request token \(HTTP 401: "Bad credentials"\); ACTIONS_ID_TOKEN_REQUEST_TOKEN must be the one the runner set for this job, so do not set it yourself\.$/
    ],
    [
      'a 500',
      async (s) => (
        s.fault({ service: 'oidc', kind: 'error', code: 'InternalServerError', status: 500, message: 'Something went wrong' }),
        {}
      ),
      /^The GitHub OIDC token endpoint \(127\.0\.0\.1\) failed \(HTTP 500: "Something went wrong"\); this is on GitHub's side: run the job again later\.$/
    ]
  ]
  it.each(oidcFailures)('the OIDC token request failing with %s: its own sentence, not the permissions hint', (_, arrange, expected) =>
    withSandbox(TRUSTED, async (sandbox) => {
      const env = await arrange(sandbox)
      const run = await runChecked(sandbox, { node, inputs: OIDC_INPUTS, env })
      expect(run.code).toBe(1)
      const annotations = errorAnnotations(run)
      expect(annotations).toEqual([expect.stringMatching(expected)])
      expect(annotations[0]).not.toContain('id-token')
      expect(calls(sandbox, 'AssumeRoleWithWebIdentity')).toEqual([])
    })
  )

  it(
    'StopBackupJob that hangs after the wait timed out: each attempt ends at its request timeout, and the line says so',
    () =>
      withSandbox({ ...AMBIENT, timeline: { pendingAfterMs: 10, runningAfterMs: 30, endAfterMs: Infinity } }, async (sandbox) => {
        sandbox.fault({ service: 'backup', operation: 'StopBackupJob', kind: 'delay', ms: 90_000, times: Infinity })
        const table = 'arn:aws:dynamodb:us-east-1:123456789012:table/orders'
        const inputs = {
          ...INPUTS,
          'resource-arn': table,
          wait: 'true',
          'poll-interval-seconds': '1',
          'wait-timeout-minutes': '0.05',
          'stop-job-on-timeout': 'true',
          'retry-max-attempts': '2'
        }
        const run = await runChecked(sandbox, { node, inputs, env: AMBIENT_ENV, timeoutMs: 90_000 })
        expect(run.code).toBe(1)
        const job = sandbox.jobs()[0]?.backupJobId
        expect(logLines(run)).toContain(
          `Could not stop job ${job} for "${table}": AWS Backup in us-east-1 did not answer within 5 s (2 attempts); it may still be running.`
        )
        expect(errorAnnotations(run)).toEqual([
          expect.stringMatching(/; it could not be stopped \(see the log\) and may still be running\.$/)
        ])
      }),
    95_000
  )
})
