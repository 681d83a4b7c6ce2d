import { afterEach, describe, expect, it } from '@jest/globals'
import { BackupClient, ListBackupJobsCommand, StartBackupJobCommand } from '@aws-sdk/client-backup'
import { startSandbox } from '../../sandbox/sandbox.js'
import type { Sandbox } from '../../sandbox/sandbox.js'
import { canonicalRequest, computeSignature, sha256Hex, signRequest, signingKey } from '../../sandbox/sigv4.js'
import { REGION, ROLE, STATIC, client, ebs, rejection, sleep } from './helpers.js'

const EXAMPLE_SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY'

describe('SigV4 against AWS published examples', () => {
  it('reproduces the IAM ListUsers example of the signing documentation', () => {
    const req = {
      method: 'GET',
      rawPath: '/',
      rawQuery: 'Action=ListUsers&Version=2010-05-08',
      headers: {
        'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
        host: 'iam.amazonaws.com',
        'x-amz-date': '20150830T123600Z'
      },
      body: ''
    }
    const signed = ['content-type', 'host', 'x-amz-date']
    expect(sha256Hex(canonicalRequest(req, signed, sha256Hex('')))).toBe('f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59')
    expect(signingKey(EXAMPLE_SECRET, '20150830', 'us-east-1', 'iam').toString('hex')).toBe(
      'c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9'
    )
    expect(
      computeSignature(req, {
        secretAccessKey: EXAMPLE_SECRET,
        amzDate: '20150830T123600Z',
        region: 'us-east-1',
        service: 'iam',
        signedHeaders: signed,
        payloadHash: sha256Hex('')
      })
    ).toBe('5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7')
  })

  it('reproduces get-vanilla of the SigV4 test suite', () => {
    const req = {
      method: 'GET',
      rawPath: '/',
      rawQuery: '',
      headers: { host: 'example.amazonaws.com', 'x-amz-date': '20150830T123600Z' },
      body: ''
    }
    expect(
      computeSignature(req, {
        secretAccessKey: EXAMPLE_SECRET,
        amzDate: '20150830T123600Z',
        region: 'us-east-1',
        service: 'service',
        signedHeaders: ['host', 'x-amz-date'],
        payloadHash: sha256Hex('')
      })
    ).toBe('5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31')
  })
})

describe('Backup API authentication', () => {
  let sandbox: Sandbox | undefined
  afterEach(async () => {
    await sandbox?.close()
    sandbox = undefined
  })
  const open = async (): Promise<Sandbox> => (sandbox = await startSandbox({ staticCredentials: STATIC }))
  const list = (c: BackupClient) => c.send(new ListBackupJobsCommand({}))

  it('rejects a signature made with the wrong secret key', async () => {
    const sb = await open()
    const err = await rejection(list(client(sb, { ...STATIC, secretAccessKey: 'not-the-secret' })))
    expect([err.name, err.$metadata?.httpStatusCode]).toEqual(['InvalidSignatureException', 403])
    expect(err.message).toMatch(/does not match the signature you provided/)
    expect(sb.requests.at(-1)).toMatchObject({
      service: 'backup',
      operation: 'ListBackupJobs',
      accessKeyId: STATIC.accessKeyId,
      status: 403
    })
  })

  it('rejects unknown keys and wrong or missing session tokens', async () => {
    const sb = await open()
    const issued = sb.issueCredentials()
    const cases = [
      { accessKeyId: 'AKIAUNKNOWN00000000', secretAccessKey: 'x' },
      { ...issued, sessionToken: 'bogus-token' },
      { accessKeyId: issued.accessKeyId, secretAccessKey: issued.secretAccessKey },
      { ...STATIC, sessionToken: 'static-keys-have-no-token' }
    ]
    for (const keys of cases) {
      const err = await rejection(list(client(sb, keys)))
      expect([err.name, err.$metadata?.httpStatusCode]).toEqual(['UnrecognizedClientException', 403])
    }
    expect((await list(client(sb, issued))).BackupJobs).toEqual([])
  })

  it('rejects credentials once they expire', async () => {
    const sb = await open()
    const issued = sb.issueCredentials({ ttlSeconds: 0.6 })
    const keys = { accessKeyId: issued.accessKeyId, secretAccessKey: issued.secretAccessKey, sessionToken: issued.sessionToken }
    await list(client(sb, keys))
    await sleep(650)
    const err = await rejection(list(client(sb, keys)))
    expect([err.name, err.$metadata?.httpStatusCode]).toEqual(['ExpiredTokenException', 403])
  })

  it('accepts static keys with a session token, and expires them when configured to', async () => {
    const withToken = { accessKeyId: 'ASIASTATIC000000001', secretAccessKey: 'secret-2', sessionToken: 'static-session/token==' }
    const expired = {
      accessKeyId: 'ASIASTATIC000000002',
      secretAccessKey: 'secret-3',
      sessionToken: 't',
      expiration: new Date(Date.now() - 1000)
    }
    const sb = (sandbox = await startSandbox({ staticCredentials: [withToken, expired] }))
    expect((await list(client(sb, withToken))).BackupJobs).toEqual([])
    const { expiration: _e, ...expiredKeys } = expired
    expect((await rejection(list(client(sb, expiredKeys)))).name).toBe('ExpiredTokenException')
  })

  it('rejects a clock more than 15 minutes off, and the SDK recovers using the server Date', async () => {
    const sb = await open()
    const skewed = new BackupClient({ region: REGION, endpoint: sb.url, credentials: STATIC, systemClockOffset: -20 * 60 * 1000 })
    await skewed.send(new StartBackupJobCommand({ BackupVaultName: 'vault', ResourceArn: ebs(1), IamRoleArn: ROLE }))
    const starts = sb.requests.filter((r) => r.operation === 'StartBackupJob')
    expect(starts.map((r) => [r.status, r.errorCode])).toEqual([
      [403, 'InvalidSignatureException'],
      [200, undefined]
    ])
    expect(sb.jobs()).toHaveLength(1)
  })

  describe('hand-made requests', () => {
    const send = async (sb: Sandbox, init: { method: string; path: string; body?: string; headers: Record<string, string> }) => {
      const res = await fetch(`${sb.url}${init.path}`, {
        method: init.method,
        headers: init.headers,
        ...(init.body !== undefined ? { body: init.body } : {})
      })
      return { status: res.status, type: res.headers.get('x-amzn-errortype'), body: (await res.json()) as Record<string, unknown> }
    }
    const body = JSON.stringify({ BackupVaultName: 'vault', ResourceArn: ebs(2), IamRoleArn: ROLE })
    const signed = (sb: Sandbox, payload: string, service = 'backup') =>
      signRequest(
        { method: 'PUT', rawPath: '/backup-jobs', rawQuery: '', headers: { 'content-type': 'application/json' }, body: payload },
        STATIC,
        { region: REGION, service, host: new URL(sb.url).host }
      )

    it('accepts a correctly signed request', async () => {
      const sb = await open()
      const res = await send(sb, { method: 'PUT', path: '/backup-jobs', body, headers: signed(sb, body) })
      expect(res.status).toBe(200)
      expect(res.body['BackupJobId']).toBeDefined()
    })

    it('rejects a body changed after signing, with the auth error shape', async () => {
      const sb = await open()
      const tampered = body.replace('vault', 'other')
      const res = await send(sb, { method: 'PUT', path: '/backup-jobs', body: tampered, headers: signed(sb, body) })
      expect(res).toEqual({ status: 403, type: 'InvalidSignatureException', body: { message: expect.stringMatching(/signature/) } })
      expect(sb.jobs()).toHaveLength(0)
    })

    it('rejects a wrong x-amz-content-sha256, a scope for another service, an unsigned host and no signature', async () => {
      const sb = await open()
      const wrongHash = { ...signed(sb, body), 'x-amz-content-sha256': sha256Hex('something else') }
      expect((await send(sb, { method: 'PUT', path: '/backup-jobs', body, headers: wrongHash })).type).toBe('InvalidSignatureException')
      expect((await send(sb, { method: 'PUT', path: '/backup-jobs', body, headers: signed(sb, body, 'ec2') })).type).toBe(
        'InvalidSignatureException'
      )
      const noHost = signed(sb, body)
      noHost['authorization'] = (noHost['authorization'] ?? '').replace('SignedHeaders=content-type;host;', 'SignedHeaders=content-type;')
      expect((await send(sb, { method: 'PUT', path: '/backup-jobs', body, headers: noHost })).type).toBe('IncompleteSignatureException')
      const none = await send(sb, { method: 'PUT', path: '/backup-jobs', body, headers: { 'content-type': 'application/json' } })
      expect([none.status, none.type]).toEqual([403, 'MissingAuthenticationTokenException'])
      expect(sb.jobs()).toHaveLength(0)
    })
  })
})
