import { describe, expect, it } from '@jest/globals'
import { errorAnnotations, nodeBinaries } from './runAction.js'
import { OIDC_INPUTS, ROLE_TO_ASSUME, calls, runChecked, withSandbox } from './scenario.js'

/** GitHub's OIDC endpoint and STS misbehaving, and credentials running out in the middle of a wait. */

const TRUSTED = { trustedRoleArns: [ROLE_TO_ASSUME] }
const tokenOf = (body: unknown): string => (body as { WebIdentityToken: string }).WebIdentityToken

describe.each(nodeBinaries())('OIDC and STS faults, real bundle on %s', (_, node) => {
  // The SDK retries IDPCommunicationError itself, with the same (still valid) token; InvalidIdentityToken is retried by
  // the action with a fresh token, since the token may be what STS could not yet verify. A provider created a moment
  // ago answers as IAM does until it is everywhere; the sandbox's default message is the wrong audience's, never retried.
  it.each([
    ['IDPCommunicationError', 1],
    ['InvalidIdentityToken', 3]
  ])('retries STS %s for the first two attempts (IAM is eventually consistent), and starts the job', (code, tokens) =>
    withSandbox(TRUSTED, async (sandbox) => {
      const message =
        code === 'InvalidIdentityToken'
          ? 'No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com'
          : undefined
      sandbox.fault({ service: 'sts', kind: 'error', code: code as string, times: 2, ...(message && { message }) })
      const run = await runChecked(sandbox, { node, inputs: OIDC_INPUTS })
      expect(errorAnnotations(run)).toEqual([])
      expect(run.code).toBe(0)
      const sts = calls(sandbox, 'AssumeRoleWithWebIdentity')
      expect(sts.map((r) => [r.status, r.errorCode])).toEqual([
        [400, code],
        [400, code],
        [200, undefined]
      ])
      expect(new Set(sts.map((r) => tokenOf(r.body))).size).toBe(tokens)
      expect(calls(sandbox, 'GetIdToken')).toHaveLength(tokens as number)
      expect(sandbox.jobs()).toHaveLength(1)
    })
  )

  it('gives up on an IDPCommunicationError that persists after retry-max-attempts STS requests in all, with a hint', () =>
    withSandbox(TRUSTED, async (sandbox) => {
      sandbox.fault({ service: 'sts', kind: 'error', code: 'IDPCommunicationError', times: Infinity })
      const run = await runChecked(sandbox, { node, inputs: { ...OIDC_INPUTS, 'retry-max-attempts': '3' } })
      expect(run.code).toBe(1)
      expect(errorAnnotations(run)).toEqual([
        expect.stringMatching(
          /^Could not assume role-to-assume .*: IDPCommunicationErrorException: .*; check that the account has an IAM OIDC identity provider for token.actions.githubusercontent.com with the audience "sts.amazonaws.com"\.$/
        )
      ])
      expect(calls(sandbox, 'AssumeRoleWithWebIdentity')).toHaveLength(3)
      expect(calls(sandbox, 'StartBackupJob')).toEqual([])
    }))

  it('fails within 10 s on AccessDenied from STS, after one request, pointing at the trust policy sub and aud', () =>
    withSandbox({ trustedRoleArns: ['arn:aws:iam::123456789012:role/another-role'] }, async (sandbox) => {
      const run = await runChecked(sandbox, { node, inputs: OIDC_INPUTS })
      expect(run.code).toBe(1)
      expect(run.durationMs).toBeLessThan(10_000)
      expect(errorAnnotations(run)).toEqual([
        `Could not assume role-to-assume "${ROLE_TO_ASSUME}": AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity; check the role's trust policy: it must trust token.actions.githubusercontent.com with an "aud" condition of "sts.amazonaws.com" and a "sub" condition that matches this token's sub, "repo:octo-org/octo-repo:ref:refs/heads/main".`
      ])
      expect(calls(sandbox, 'AssumeRoleWithWebIdentity')).toHaveLength(1)
      expect(calls(sandbox, 'StartBackupJob')).toEqual([])
    }))

  it('rides out 5xx from the OIDC token endpoint (retried by @actions/core) and starts the job', () =>
    withSandbox(TRUSTED, async (sandbox) => {
      sandbox.fault({ service: 'oidc', kind: 'unavailable', times: 2 })
      sandbox.fault({ service: 'oidc', kind: 'error', code: 'BadGateway', status: 502, skip: 2 })
      const run = await runChecked(sandbox, { node, inputs: OIDC_INPUTS })
      expect(errorAnnotations(run)).toEqual([])
      expect(run.code).toBe(0)
      expect(calls(sandbox, 'GetIdToken').map((r) => r.status)).toEqual([503, 503, 502, 200])
      expect(calls(sandbox, 'AssumeRoleWithWebIdentity')).toHaveLength(1)
      expect(sandbox.jobs()).toHaveLength(1)
    }))

  it.each(['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'])(
    'fails without %s with the id-token: write hint, and sends nothing',
    (missing) =>
      withSandbox(TRUSTED, async (sandbox) => {
        const run = await runChecked(sandbox, { node, inputs: OIDC_INPUTS, omitEnv: [missing] })
        expect(run.code).toBe(1)
        expect(errorAnnotations(run)).toEqual([
          'Input role-to-assume needs a GitHub OIDC token, but this job may not request one; add "permissions: id-token: write" to the workflow or job.'
        ])
        expect(sandbox.requests).toEqual([])
      })
  )

  it('renews credentials that expire in the middle of a wait, each time with a fresh ID token, and the wait completes', () =>
    withSandbox(
      { ...TRUSTED, credentialsTtlSeconds: 2, timeline: { pendingAfterMs: 10, runningAfterMs: 30, endAfterMs: 5_000 } },
      async (sandbox) => {
        const run = await runChecked(sandbox, { node, inputs: { ...OIDC_INPUTS, wait: 'true', 'poll-interval-seconds': '1' } })
        expect(errorAnnotations(run)).toEqual([])
        expect(run.code).toBe(0)
        expect(run.outputs.state).toBe('COMPLETED')
        const sts = calls(sandbox, 'AssumeRoleWithWebIdentity')
        expect(sts.length).toBeGreaterThanOrEqual(3)
        expect(new Set(sts.map((r) => tokenOf(r.body))).size).toBe(sts.length)
        // Every AWS Backup call was signed with keys valid at the time: none was refused.
        const backup = sandbox.requests.filter((r) => r.service === 'backup')
        expect(backup.map((r) => r.status).filter((s) => s !== 200)).toEqual([])
        expect(new Set(backup.map((r) => r.accessKeyId)).size).toBeGreaterThanOrEqual(3)
      }
    ))
})

describe.each(nodeBinaries())('a wrong audience, real bundle on %s', (_, node) => {
  it('fails after a single STS request when STS answers "Incorrect token audience", naming the audience to fix', () =>
    withSandbox(TRUSTED, async (sandbox) => {
      const run = await runChecked(sandbox, { node, inputs: { ...OIDC_INPUTS, audience: 'https://github.com/octo-org' } })
      expect(run.code).toBe(1)
      expect(calls(sandbox, 'AssumeRoleWithWebIdentity')).toHaveLength(1)
      expect(calls(sandbox, 'GetIdToken')).toHaveLength(1)
      expect(errorAnnotations(run)).toEqual([
        `Could not assume role-to-assume "${ROLE_TO_ASSUME}": InvalidIdentityTokenException: Incorrect token audience; the token's audience is "https://github.com/octo-org" (input audience), which the account's IAM OIDC identity provider for token.actions.githubusercontent.com does not list: set audience to one it lists (usually sts.amazonaws.com, the default), or add this one to the provider.`
      ])
      expect(calls(sandbox, 'StartBackupJob')).toEqual([])
    }))
})
