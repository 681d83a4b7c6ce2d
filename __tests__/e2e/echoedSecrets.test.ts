import { describe, expect, it } from '@jest/globals'
import type { FaultContext } from '../../sandbox/sandbox.js'
import { errorAnnotations, nodeBinaries } from './runAction.js'
import { DB, INPUTS, OIDC_INPUTS, ROLE_TO_ASSUME, runChecked, withSandbox } from './scenario.js'

/**
 * Services whose error messages echo the request back (its headers, its body): the secrets in it (the session token,
 * the OIDC token, the runner's token request token) must not reach the outputs, the summary or the log. runChecked
 * scans everything the step wrote for every secret the sandbox handed out or was given.
 */

const TRUSTED = { trustedRoleArns: [ROLE_TO_ASSUME] }
const AMBIENT = {
  accessKeyId: 'ASIAAMBIENTSESSION01',
  secretAccessKey: 'ambient/secret/key/with/session/00000000',
  sessionToken: 'IQoJb3JpZ2luX2VjEAmbientSessionToken/0000000000000000000000000000000000000000+abc=='
}
const echo = (request: FaultContext): string =>
  `The request was refused; it was ${request.method} ${request.path} with headers ${JSON.stringify(request.headers)} and body ${JSON.stringify(request.body)}`
const backupEcho = {
  service: 'backup' as const,
  operation: 'StartBackupJob',
  kind: 'answer' as const,
  status: 400,
  headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'InvalidRequestException' },
  body: (request: FaultContext) => JSON.stringify({ Message: echo(request) })
}
const masked = (stdout: string): string[] =>
  stdout
    .split('\n')
    .filter((line) => line.startsWith('::add-mask::'))
    .map((line) => line.slice('::add-mask::'.length))

describe.each(nodeBinaries())('secrets echoed back by a service, real bundle on %s', (_, node) => {
  it("StartBackupJob's error echoes the assumed role's session token: the outputs, summary and log hold none of it", () =>
    withSandbox(TRUSTED, async (sandbox) => {
      sandbox.fault(backupEcho)
      const run = await runChecked(sandbox, { node, inputs: OIDC_INPUTS })
      expect(run.code).toBe(1)
      const [annotation] = errorAnnotations(run)
      expect(annotation).toMatch(new RegExp(`^StartBackupJob for "${DB}" failed: InvalidRequestException: The request was refused`))
      expect(annotation).toContain('"x-amz-security-token":"***"')
      expect(run.outputs['status-message']).toBe(annotation)
      expect(run.summary).toContain('x-amz-security-token')
    }))

  it('with ambient credentials: AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN are masked, and scrubbed from what the step writes', () =>
    withSandbox({ staticCredentials: AMBIENT }, async (sandbox) => {
      sandbox.fault(backupEcho)
      const run = await runChecked(sandbox, { node, inputs: INPUTS, env: sandbox.env({ staticCredentials: true, region: true }) })
      expect(run.code).toBe(1)
      expect(masked(run.stdout)).toEqual(expect.arrayContaining([AMBIENT.secretAccessKey, AMBIENT.sessionToken]))
      expect(JSON.parse(run.outputs['backup-jobs'] ?? '[]')[0].statusMessage).toContain('"x-amz-security-token":"***"')
    }))

  it("the OIDC token endpoint's error echoes the runner's request token: it reaches neither the log nor the outputs", () =>
    withSandbox(TRUSTED, async (sandbox) => {
      sandbox.fault({
        service: 'oidc',
        kind: 'answer',
        status: 500,
        headers: { 'content-type': 'application/json' },
        body: (request) => JSON.stringify({ message: echo(request) })
      })
      const run = await runChecked(sandbox, { node, inputs: OIDC_INPUTS })
      expect(run.code).toBe(1)
      expect(errorAnnotations(run)).toEqual([expect.stringContaining('authorization\\":\\"Bearer ***')])
    }))

  it("STS's error echoes the request body: the OIDC token in it reaches neither the log nor the outputs", () =>
    withSandbox(TRUSTED, async (sandbox) => {
      sandbox.fault({
        service: 'sts',
        kind: 'answer',
        status: 400,
        headers: { 'content-type': 'text/xml' },
        body: (request) =>
          `<ErrorResponse><Error><Type>Sender</Type><Code>ValidationError</Code><Message>${echo(request).replace(/[<>&]/g, '')}</Message></Error><RequestId>1</RequestId></ErrorResponse>`
      })
      const run = await runChecked(sandbox, { node, inputs: OIDC_INPUTS })
      expect(run.code).toBe(1)
      expect(errorAnnotations(run)).toEqual([expect.stringContaining('"WebIdentityToken":"***"')])
    }))
})

describe.each(nodeBinaries())('mask-aws-account-id beside the scrubbing of secrets, real bundle on %s', (_, node) => {
  it('masks the account id in the log, and leaves it in the outputs (the runner withholds those from other jobs)', () =>
    withSandbox(TRUSTED, async (sandbox) => {
      const run = await runChecked(sandbox, { node, inputs: { ...OIDC_INPUTS, 'mask-aws-account-id': 'true' } })
      expect(run.code).toBe(0)
      expect(run.stdout.split('\n')).toContain('::add-mask::123456789012')
      expect(JSON.parse(run.outputs['backup-jobs'] ?? '[]')[0].resourceArn).toBe(DB)
      expect(run.summary).toContain('123456789012')
    }))
})
