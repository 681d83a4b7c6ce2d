import { afterEach, describe, expect, it } from '@jest/globals'
import { BackupClient, DescribeBackupJobCommand, StartBackupJobCommand } from '@aws-sdk/client-backup'
import type { StartBackupJobCommandInput } from '@aws-sdk/client-backup'
import { fromWebToken } from '@aws-sdk/credential-providers'
import { startSandbox } from '../../sandbox/sandbox.js'
import type { Sandbox, SandboxOptions } from '../../sandbox/sandbox.js'
import { ACCOUNT, REGION, ROLE, STATIC, client, ebs, rejection } from './helpers.js'

let sandbox: Sandbox | undefined
afterEach(async () => {
  await sandbox?.close()
  sandbox = undefined
})
const open = async (options: SandboxOptions = {}): Promise<Sandbox> =>
  (sandbox = await startSandbox({ staticCredentials: STATIC, ...options }))
const input = (n: number): StartBackupJobCommandInput => ({ BackupVaultName: 'vault', ResourceArn: ebs(n), IamRoleArn: ROLE })
const starts = (sb: Sandbox) => sb.requests.filter((r) => r.operation === 'StartBackupJob')

describe('fault injection', () => {
  it('throttles, then the SDK retries and succeeds', async () => {
    const sb = await open()
    const rule = sb.fault({ service: 'backup', operation: 'StartBackupJob', kind: 'throttle' })
    const out = await client(sb).send(new StartBackupJobCommand(input(1)))
    expect(out.$metadata.attempts).toBe(2)
    expect(starts(sb).map((r) => [r.status, r.errorCode, r.fault])).toEqual([
      [400, 'ThrottlingException', 'throttle'],
      [200, undefined, undefined]
    ])
    expect([rule.hits, rule.remaining]).toEqual([1, 0])
    expect(sb.jobs()).toHaveLength(1)
  })

  it('answers LimitExceededException and 500 ServiceUnavailableException, both retried by the SDK', async () => {
    const sb = await open()
    sb.fault({ service: 'backup', operation: 'StartBackupJob', kind: 'throttle', code: 'LimitExceededException' })
    sb.fault({ service: 'backup', operation: 'StartBackupJob', kind: 'unavailable', skip: 1 })
    await client(sb).send(new StartBackupJobCommand(input(1)))
    expect(starts(sb).map((r) => [r.status, r.errorCode])).toEqual([
      [400, 'LimitExceededException'],
      [500, 'ServiceUnavailableException'],
      [200, undefined]
    ])
  })

  it('gives up after the SDK attempts when the fault persists, with the scripted error', async () => {
    const sb = await open()
    sb.fault({ service: 'backup', operation: 'DescribeBackupJob', kind: 'error', code: 'DependencyFailureException', times: Infinity })
    const err = await rejection(client(sb).send(new DescribeBackupJobCommand({ BackupJobId: 'X' })))
    expect([err.name, err.$metadata?.httpStatusCode, err.$metadata?.attempts]).toEqual(['DependencyFailureException', 500, 3])
  })

  it('drops the connection after starting the job: the SDK retries with the same token and gets the same job', async () => {
    const sb = await open()
    sb.fault({ service: 'backup', operation: 'StartBackupJob', kind: 'drop' })
    const out = await client(sb).send(new StartBackupJobCommand(input(2)))
    const seen = starts(sb)
    expect(seen.map((r) => [r.dropped, r.status])).toEqual([
      [true, 200],
      [false, 200]
    ])
    const tokens = seen.map((r) => (r.body as { IdempotencyToken?: string }).IdempotencyToken)
    expect(tokens[0]).toBeDefined()
    expect(tokens[1]).toBe(tokens[0])
    expect(sb.jobs().map((j) => j.backupJobId)).toEqual([out.BackupJobId])
  })

  it('drops the connection before processing: nothing happened, the retry starts the job', async () => {
    const sb = await open()
    sb.fault({ service: 'backup', operation: 'StartBackupJob', kind: 'drop', beforeProcessing: true })
    await client(sb).send(new StartBackupJobCommand(input(3)))
    expect(starts(sb).map((r) => [r.dropped, r.status])).toEqual([
      [true, 0],
      [false, 200]
    ])
    expect(sb.jobs()).toHaveLength(1)
  })

  it('slows chosen answers, and adds a global latency', async () => {
    const sb = await open({ latencyMs: 30 })
    sb.fault({
      service: 'backup',
      kind: 'delay',
      ms: 150,
      when: (r) => (r.body as { ResourceArn?: string } | undefined)?.ResourceArn === ebs(5)
    })
    const backup = client(sb)
    let t = Date.now()
    await backup.send(new StartBackupJobCommand(input(4)))
    const fast = Date.now() - t
    t = Date.now()
    await backup.send(new StartBackupJobCommand(input(5)))
    const slow = Date.now() - t
    expect(fast).toBeGreaterThanOrEqual(30)
    expect(slow).toBeGreaterThanOrEqual(180)
    expect(starts(sb).map((r) => r.fault)).toEqual([undefined, 'delay'])
  })

  it('scripts STS and OIDC failures', async () => {
    const sb = await open()
    sb.fault({ service: 'sts', kind: 'error', code: 'IDPCommunicationError' })
    sb.fault({ service: 'sts', kind: 'error', code: 'AccessDenied', skip: 1 })
    sb.fault({ service: 'oidc', kind: 'unavailable', times: 2 })
    const token = sb.idToken({ audience: 'sts.amazonaws.com' })
    const assume = () =>
      fromWebToken({
        roleArn: `arn:aws:iam::${ACCOUNT}:role/r`,
        webIdentityToken: token,
        clientConfig: { region: REGION, endpoint: sb.url, maxAttempts: 1 }
      })()
    // The SDK names modelled STS errors after their shape: code IDPCommunicationError → IDPCommunicationErrorException.
    expect((await rejection(assume())).name).toBe('IDPCommunicationErrorException')
    const denied = await rejection(assume())
    expect([denied.name, denied.$metadata?.httpStatusCode]).toEqual(['AccessDenied', 403])
    expect((await assume()).accessKeyId).toMatch(/^ASIA/)

    const env = sb.env()
    const get = () =>
      fetch(`${env['ACTIONS_ID_TOKEN_REQUEST_URL']}&audience=sts.amazonaws.com`, {
        headers: { authorization: `Bearer ${env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']}` }
      })
    expect([(await get()).status, (await get()).status, (await get()).status]).toEqual([503, 503, 200])
  })

  it('answers with a page that is not JSON, as a load balancer would: the SDK retries the 502, then fails to parse it', async () => {
    const sb = await open()
    const page = '<html><head><title>502 Bad Gateway</title></head><body>bad gateway</body></html>'
    sb.fault({
      service: 'backup',
      operation: 'StartBackupJob',
      kind: 'answer',
      status: 502,
      headers: { 'content-type': 'text/html' },
      body: page,
      times: Infinity
    })
    const err = await rejection(
      new BackupClient({ region: REGION, endpoint: sb.url, credentials: STATIC, maxAttempts: 2 }).send(new StartBackupJobCommand(input(7)))
    )
    expect(err.name).toBe('SyntaxError')
    expect(err.message).toContain('Deserialization error')
    expect([err.$metadata?.httpStatusCode, err.$metadata?.attempts]).toEqual([502, 2])
    expect((err as { $response?: { statusCode: number; headers: Record<string, string> } }).$response?.headers['content-type']).toBe(
      'text/html'
    )
    expect(starts(sb).map((r) => [r.status, r.fault])).toEqual([
      [502, 'answer'],
      [502, 'answer']
    ])
    // The requests never reached AWS Backup.
    expect(sb.jobs()).toEqual([])
  })

  it('replaces the answer of a processed request: an empty 200 after the job was made, which the SDK reads as no job id', async () => {
    const sb = await open()
    sb.fault({ service: 'backup', operation: 'StartBackupJob', kind: 'answer', status: 200, processed: true })
    const out = await client(sb).send(new StartBackupJobCommand(input(8)))
    expect(out.BackupJobId).toBeUndefined()
    expect(sb.jobs().map((j) => j.resourceArn)).toEqual([ebs(8)])
    // The same request again (same token) gets the job the empty answer was about.
    const token = (starts(sb)[0]?.body as { IdempotencyToken: string }).IdempotencyToken
    const again = await client(sb).send(new StartBackupJobCommand({ ...input(8), IdempotencyToken: token }))
    expect(again.BackupJobId).toBe(sb.jobs()[0]?.backupJobId)
  })

  it('builds an answer from the request, e.g. an error that echoes the request headers back', async () => {
    const sb = await open()
    const session = { ...STATIC, sessionToken: 'FwoGZXIvYXdzEXAMPLESESSIONTOKEN' }
    sb.fault({
      service: 'backup',
      operation: 'StartBackupJob',
      kind: 'answer',
      status: 400,
      headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'InvalidRequestException' },
      body: (request) => JSON.stringify({ Message: `Bad request; headers were ${JSON.stringify(request.headers)}` })
    })
    const err = await rejection(client(sb, session).send(new StartBackupJobCommand(input(9))))
    expect(err.name).toBe('InvalidRequestException')
    expect(err.message).toContain(session.sessionToken)
    expect(err.message).toContain(`Credential=${STATIC.accessKeyId}/`)
  })

  it('lets a test cancel a rule and clear all of them', async () => {
    const sb = await open()
    const rule = sb.fault({ service: 'backup', kind: 'throttle', times: Infinity })
    rule.cancel()
    sb.fault({ service: 'backup', kind: 'unavailable', times: Infinity })
    sb.clearFaults()
    const backup = new BackupClient({ region: REGION, endpoint: sb.url, credentials: STATIC, maxAttempts: 1 })
    await backup.send(new StartBackupJobCommand(input(6)))
    expect(rule.hits).toBe(0)
  })
})
