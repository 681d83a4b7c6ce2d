import { afterEach, describe, expect, it } from '@jest/globals'
import { BackupClient, StartBackupJobCommand } from '@aws-sdk/client-backup'
import { fromWebToken } from '@aws-sdk/credential-providers'
import { startSandbox } from '../../sandbox/sandbox.js'
import type { Sandbox, SandboxOptions } from '../../sandbox/sandbox.js'
import { ACCOUNT, REGION, ROLE, ebs, rejection, sleep } from './helpers.js'

const ASSUMED = `arn:aws:iam::${ACCOUNT}:role/gha-backup`

let sandbox: Sandbox | undefined
afterEach(async () => {
  await sandbox?.close()
  sandbox = undefined
})
const open = async (options: SandboxOptions = {}): Promise<Sandbox> => (sandbox = await startSandbox(options))

/** What @actions/core's getIDToken does with the two environment variables. */
async function getIdToken(sb: Sandbox, audience = 'sts.amazonaws.com', bearer?: string): Promise<{ status: number; value?: string }> {
  const env = sb.env()
  const res = await fetch(`${env['ACTIONS_ID_TOKEN_REQUEST_URL']}&audience=${encodeURIComponent(audience)}`, {
    headers: { authorization: `Bearer ${bearer ?? env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']}`, accept: 'application/json' }
  })
  const body = (await res.json()) as { value?: string }
  return { status: res.status, ...(body.value !== undefined ? { value: body.value } : {}) }
}

/** A raw AssumeRoleWithWebIdentity call, to see the XML as it travels. */
async function assume(sb: Sandbox, fields: Record<string, string>): Promise<{ status: number; xml: string }> {
  const res = await fetch(`${sb.url}/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      Action: 'AssumeRoleWithWebIdentity',
      Version: '2011-06-15',
      RoleArn: ASSUMED,
      RoleSessionName: 'gha',
      ...fields
    }).toString()
  })
  return { status: res.status, xml: await res.text() }
}

const code = (xml: string): string | undefined => /<Code>([^<]*)<\/Code>/.exec(xml)?.[1]
const decodeClaims = (jwt: string): Record<string, unknown> =>
  JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>

describe('GitHub OIDC endpoint', () => {
  it('issues a short-lived JWT for the asked audience', async () => {
    const sb = await open({ oidc: { subject: 'repo:acme/app:ref:refs/heads/main' }, idTokenTtlSeconds: 120 })
    const { status, value } = await getIdToken(sb, 'sts.amazonaws.com')
    expect(status).toBe(200)
    const claims = decodeClaims(value ?? '')
    expect(claims).toMatchObject({
      sub: 'repo:acme/app:ref:refs/heads/main',
      aud: 'sts.amazonaws.com',
      iss: 'https://token.actions.githubusercontent.com',
      repository: 'acme/app'
    })
    expect(Number(claims['exp']) - Number(claims['iat'])).toBe(120)
    expect(sb.issuedSecrets().idTokens).toEqual([value])
    expect(sb.env()['ACTIONS_ID_TOKEN_REQUEST_URL']).toBe(`${sb.url}/oidc/token?api-version=2.0`)
  })

  it('refuses a wrong or missing bearer token', async () => {
    const sb = await open()
    expect((await getIdToken(sb, 'sts.amazonaws.com', 'wrong')).status).toBe(403)
    const res = await fetch(sb.env()['ACTIONS_ID_TOKEN_REQUEST_URL'] ?? '')
    expect(res.status).toBe(401)
    expect(sb.issuedSecrets().idTokens).toEqual([])
  })
})

describe('STS AssumeRoleWithWebIdentity', () => {
  it('gives fromWebToken credentials that the Backup client can use', async () => {
    const sb = await open({ trustedRoleArns: [ASSUMED], trustedSubjects: ['repo:octo-org/octo-repo:*'] })
    const { value: token } = await getIdToken(sb)
    const provider = fromWebToken({
      roleArn: ASSUMED,
      webIdentityToken: token ?? '',
      roleSessionName: 'gha-run-1',
      clientConfig: { region: REGION, endpoint: sb.url }
    })
    const creds = await provider()
    expect(creds.accessKeyId).toMatch(/^ASIA[A-Z2-7]{16}$/)
    expect(creds.expiration?.getTime()).toBeGreaterThan(Date.now() + 3500_000)

    const backup = new BackupClient({ region: REGION, endpoint: sb.url, credentials: creds })
    const started = await backup.send(new StartBackupJobCommand({ BackupVaultName: 'vault', ResourceArn: ebs(1), IamRoleArn: ROLE }))
    expect(sb.job(started.BackupJobId ?? '')?.startedBy).toBe(creds.accessKeyId)
    expect(sb.requests.map((r) => [r.service, r.operation, r.status])).toEqual([
      ['oidc', 'GetIdToken', 200],
      ['sts', 'AssumeRoleWithWebIdentity', 200],
      ['backup', 'StartBackupJob', 200]
    ])
    const secrets = sb.issuedSecrets()
    expect(secrets.secretAccessKeys).toContain(creds.secretAccessKey)
    expect(secrets.sessionTokens).toContain(creds.sessionToken)
    expect(sb.secrets()).toEqual(expect.arrayContaining([creds.secretAccessKey, creds.sessionToken, token, secrets.requestToken]))
  })

  it('is found through AWS_ENDPOINT_URL_STS, and answers in the documented XML shape', async () => {
    const sb = await open({ credentialsTtlSeconds: 1000 })
    const { value: token } = await getIdToken(sb)
    const saved = process.env['AWS_ENDPOINT_URL_STS']
    process.env['AWS_ENDPOINT_URL_STS'] = sb.env()['AWS_ENDPOINT_URL_STS']
    try {
      const creds = await fromWebToken({ roleArn: ASSUMED, webIdentityToken: token ?? '', clientConfig: { region: REGION } })()
      const lifetime = (creds.expiration?.getTime() ?? 0) - Date.now()
      expect(lifetime).toBeGreaterThan(990_000)
      expect(lifetime).toBeLessThanOrEqual(1000_000)
    } finally {
      if (saved === undefined) delete process.env['AWS_ENDPOINT_URL_STS']
      else process.env['AWS_ENDPOINT_URL_STS'] = saved
    }
    const { status, xml } = await assume(sb, { WebIdentityToken: token ?? '' })
    expect(status).toBe(200)
    expect(xml).toMatch(
      new RegExp(
        '^<AssumeRoleWithWebIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleWithWebIdentityResult>' +
          '<Credentials><AccessKeyId>ASIA\\w{16}</AccessKeyId><SecretAccessKey>[^<]+</SecretAccessKey><SessionToken>[^<]+</SessionToken>' +
          '<Expiration>\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ</Expiration></Credentials>' +
          '<SubjectFromWebIdentityToken>repo:octo-org/octo-repo:ref:refs/heads/main</SubjectFromWebIdentityToken>' +
          `<AssumedRoleUser><Arn>arn:aws:sts::${ACCOUNT}:assumed-role/gha-backup/gha</Arn><AssumedRoleId>AROA\\w+:gha</AssumedRoleId></AssumedRoleUser>` +
          '<Provider>https://token.actions.githubusercontent.com</Provider><Audience>sts.amazonaws.com</Audience></AssumeRoleWithWebIdentityResult>' +
          '<ResponseMetadata><RequestId>[0-9a-f-]{36}</RequestId></ResponseMetadata></AssumeRoleWithWebIdentityResponse>$'
      )
    )
  })

  it('refuses forged, expired and wrong-audience tokens', async () => {
    const sb = await open()
    const other = await startSandbox()
    try {
      const forged = other.idToken({ audience: 'sts.amazonaws.com' })
      expect(await assume(sb, { WebIdentityToken: forged })).toMatchObject({
        status: 400,
        xml: expect.stringContaining('<Code>InvalidIdentityToken</Code>')
      })
    } finally {
      await other.close()
    }
    const expired = sb.idToken({ audience: 'sts.amazonaws.com', ttlSeconds: 0.05 })
    await sleep(80)
    const exp = await assume(sb, { WebIdentityToken: expired })
    expect([exp.status, code(exp.xml)]).toEqual([400, 'ExpiredTokenException'])
    const { value: wrongAud } = await getIdToken(sb, 'https://github.com/octo-org')
    const aud = await assume(sb, { WebIdentityToken: wrongAud ?? '' })
    expect([aud.status, code(aud.xml)]).toEqual([400, 'InvalidIdentityToken'])
    expect(aud.xml).toContain('<Message>Incorrect token audience</Message>')
    expect(aud.xml).toMatch(
      /^<ErrorResponse[^>]*><Error><Type>Sender<\/Type><Code>InvalidIdentityToken<\/Code><Message>[^<]+<\/Message><\/Error><RequestId>[0-9a-f-]{36}<\/RequestId><\/ErrorResponse>$/
    )
    expect((await assume(sb, { WebIdentityToken: 'not.a-jwt' })).xml).toContain('<Code>InvalidIdentityToken</Code>')
  })

  it('validates DurationSeconds, RoleSessionName and RoleArn', async () => {
    const sb = await open()
    const token = sb.idToken({ audience: 'sts.amazonaws.com' })
    const cases: Record<string, string>[] = [
      { DurationSeconds: '899' },
      { DurationSeconds: '43201' },
      { RoleSessionName: 'x' },
      { RoleSessionName: 'has space' },
      { RoleSessionName: 'a'.repeat(65) },
      { RoleArn: `arn:aws:iam::${ACCOUNT}:user/not-a-role` }
    ]
    for (const fields of cases) {
      const res = await assume(sb, { WebIdentityToken: token, ...fields })
      expect([fields, res.status, code(res.xml)]).toEqual([fields, 400, 'ValidationError'])
    }
    expect((await assume(sb, { WebIdentityToken: token, DurationSeconds: '900', RoleSessionName: 'ok+=,.@-_1' })).status).toBe(200)
  })

  it('answers AccessDenied when no trust rule matches, and the SDK reports it', async () => {
    const sb = await open({ trust: [{ roleArn: ASSUMED, sub: 'repo:acme/*' }] })
    const token = sb.idToken({ audience: 'sts.amazonaws.com' })
    const res = await assume(sb, { WebIdentityToken: token })
    expect([res.status, code(res.xml)]).toEqual([403, 'AccessDenied'])
    expect(res.xml).toContain('Not authorized to perform sts:AssumeRoleWithWebIdentity')
    const err = await rejection(
      fromWebToken({ roleArn: ASSUMED, webIdentityToken: token, clientConfig: { region: REGION, endpoint: sb.url } })()
    )
    expect(err.name).toBe('AccessDenied')
    const trusted = sb.idToken({ audience: 'sts.amazonaws.com', subject: 'repo:acme/app:ref:refs/heads/main' })
    expect((await assume(sb, { WebIdentityToken: trusted })).status).toBe(200)
    expect((await assume(sb, { WebIdentityToken: trusted, RoleArn: `arn:aws:iam::${ACCOUNT}:role/other` })).status).toBe(403)
  })

  it('issues credentials whose lifetime credentialsTtlSeconds sets, which then stop working', async () => {
    const sb = await open({ credentialsTtlSeconds: 0.6 })
    const creds = await fromWebToken({
      roleArn: ASSUMED,
      webIdentityToken: sb.idToken({ audience: 'sts.amazonaws.com' }),
      clientConfig: { region: REGION, endpoint: sb.url }
    })()
    const backup = new BackupClient({
      region: REGION,
      endpoint: sb.url,
      credentials: { accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey, sessionToken: creds.sessionToken ?? '' }
    })
    const start = () => backup.send(new StartBackupJobCommand({ BackupVaultName: 'vault', ResourceArn: ebs(2), IamRoleArn: ROLE }))
    await start()
    await sleep(650)
    expect((await rejection(start())).name).toBe('ExpiredTokenException')
  })
})
