import { describe, expect, it } from '@jest/globals'
import { credentialsFor, CredentialsError, type CredentialsDeps } from '../../../src/aws/credentials.js'
import { IdTokenError } from '../../../src/aws/idToken.js'
import { parseSettings } from '../../../src/inputs/settings.js'
import { InputError } from '../../../src/shared/inputError.js'

const ROLE = 'arn:aws:iam::123456789012:role/gha-backup'
const OIDC_ENV = { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token?api-version=2.0', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'bearer' }

function settingsWith(extra: Record<string, string> = {}) {
  const inputs: Record<string, string> = {
    'resource-arn': 'arn:aws:rds:us-east-1:123456789012:db:orders',
    'backup-vault-name': 'Default',
    'iam-role-arn': 'arn:aws:iam::123456789012:role/backup',
    'role-to-assume': ROLE,
    ...extra
  }
  return parseSettings((name) => inputs[name] ?? '', {})
}

/** A fake STS that fails with the given error names first, then issues credentials valid for `ttlMs`. */
function fakeRunner(failures: string[] = [], ttlMs = 3600_000) {
  let clock = 1_000_000
  const seen = { tokens: [] as string[], secrets: [] as string[], log: [] as string[], slept: [] as number[], stsCalls: 0 }
  const deps: CredentialsDeps = {
    getIDToken: async (audience) => {
      seen.tokens.push(audience)
      return `jwt-${seen.tokens.length}`
    },
    setSecret: (value) => seen.secrets.push(value),
    sleep: async (ms) => {
      seen.slept.push(ms)
      clock += ms
    },
    info: (line) => seen.log.push(line),
    roleAssumer: async (params) => {
      seen.stsCalls++
      const failure = failures.shift()
      if (failure) throw Object.assign(new Error(`STS says ${failure}`), { name: failure })
      return {
        accessKeyId: `AKIA${seen.stsCalls}`,
        secretAccessKey: `secret-${params.WebIdentityToken}`,
        sessionToken: `session-${params.WebIdentityToken}`,
        expiration: new Date(clock + ttlMs)
      }
    }
  }
  return { deps, seen, advance: (ms: number) => (clock += ms), now: () => clock }
}

describe('credentialsFor', () => {
  it('leaves credentials to the SDK default chain when no role is to be assumed', () => {
    const { deps, seen } = fakeRunner()
    const inputs = { 'resource-arn': 'arn:aws:rds:us-east-1:123456789012:db:x', 'backup-vault-name': 'v1', 'iam-role-arn': ROLE }
    expect(
      credentialsFor(
        parseSettings((n) => inputs[n as keyof typeof inputs] ?? '', {}),
        {},
        deps
      )
    ).toBeUndefined()
    expect(seen.tokens).toEqual([])
  })

  it('refuses, before any request, when the job may not request an OIDC token', () => {
    const { deps, seen } = fakeRunner()
    expect(() => credentialsFor(settingsWith(), {}, deps)).toThrow(InputError)
    expect(() => credentialsFor(settingsWith(), {}, deps)).toThrow(/permissions: id-token: write/)
    expect(seen.tokens).toEqual([])
  })

  it('assumes the role with an ID token for the audience and masks the secrets', async () => {
    const { deps, seen, now } = fakeRunner()
    const provider = credentialsFor(settingsWith({ audience: 'my-aud' }), OIDC_ENV, deps, now)
    const credentials = await provider!()
    expect(credentials.accessKeyId).toBe('AKIA1')
    expect(seen.tokens).toEqual(['my-aud'])
    expect(seen.secrets).toEqual(['AKIA1', 'secret-jwt-1', 'session-jwt-1'])
  })

  it('reuses credentials while fresh, and assumes the role again with a new ID token before they expire', async () => {
    const { deps, seen, advance, now } = fakeRunner([], 3600_000)
    const provider = credentialsFor(settingsWith(), OIDC_ENV, deps, now)!
    const [a, b] = await Promise.all([provider(), provider()])
    expect(b).toBe(a)
    advance(50 * 60_000)
    expect(await provider()).toBe(a)
    advance(6 * 60_000) // now 4 minutes before expiry
    const renewed = await provider()
    expect(renewed.secretAccessKey).toBe('secret-jwt-2')
    expect(seen.stsCalls).toBe(2)
  })

  it('does not renew in a loop when the runner’s clock is 20 minutes ahead of STS’s', async () => {
    // role-duration-seconds 900: by the runner's clock, STS's Expiration is 5 minutes in the past on arrival.
    const { deps, seen, advance, now } = fakeRunner([], 900_000 - 20 * 60_000)
    const provider = credentialsFor(settingsWith({ 'role-duration-seconds': '900' }), OIDC_ENV, deps, now)!
    const first = await provider()
    for (let i = 0; i < 10; i++) {
      advance(5_000)
      expect(await provider()).toBe(first)
    }
    expect(seen.stsCalls).toBe(1)
    expect(seen.tokens).toHaveLength(1)
    // It is renewed once 10 of its 15 minutes have passed on the runner's clock.
    advance(10 * 60_000)
    expect((await provider()).secretAccessKey).toBe('secret-jwt-2')
  })

  it.each(['IDPCommunicationError', 'InvalidIdentityToken', 'IDPCommunicationErrorException', 'InvalidIdentityTokenException'])(
    'retries %s (IAM is eventually consistent) with a fresh token',
    async (code) => {
      const { deps, seen, now } = fakeRunner([code, code])
      const credentials = await credentialsFor(settingsWith(), OIDC_ENV, deps, now)!()
      expect(credentials.secretAccessKey).toBe('secret-jwt-3')
      expect(seen.slept).toEqual([1000, 2000])
      expect(seen.log[0]).toMatch(new RegExp(`^STS answered ${code} for role-to-assume \\(attempt 1 of 5\\)`))
    }
  )

  it('does not retry InvalidIdentityToken "Incorrect token audience": the audience input or the provider must change', async () => {
    const { deps, seen, now } = fakeRunner([])
    deps.roleAssumer = async () => {
      seen.stsCalls++
      throw Object.assign(new Error('Incorrect token audience'), { name: 'InvalidIdentityTokenException' })
    }
    const provider = credentialsFor(settingsWith({ audience: 'api://mine' }), OIDC_ENV, deps, now)!
    await expect(provider()).rejects.toThrow(/the token's audience is "api:\/\/mine" \(input audience\)/)
    expect(seen.stsCalls).toBe(1)
    expect(seen.slept).toEqual([])
  })

  it('gives up on IDPCommunicationError after retry-max-attempts, with a hint about the OIDC provider', async () => {
    const { deps, seen, now } = fakeRunner(['IDPCommunicationError', 'IDPCommunicationError', 'IDPCommunicationError'])
    const provider = credentialsFor(settingsWith({ 'retry-max-attempts': '3' }), OIDC_ENV, deps, now)!
    await expect(provider()).rejects.toThrow(/IAM OIDC identity provider/)
    expect(seen.stsCalls).toBe(3)
  })

  it('does not retry AccessDenied and says to check the trust policy', async () => {
    const { deps, seen, now } = fakeRunner(['AccessDenied'])
    const error = await credentialsFor(settingsWith(), OIDC_ENV, deps, now)!().catch((e: unknown) => e)
    expect(error).toBeInstanceOf(CredentialsError)
    expect((error as Error).message).toMatch(
      /^Could not assume role-to-assume "arn:aws:iam::123456789012:role\/gha-backup": AccessDenied: STS says AccessDenied; check the role's trust policy/
    )
    expect((error as Error).message).toContain('"aud" condition of "sts.amazonaws.com"')
    expect(seen.stsCalls).toBe(1)
  })

  it('reports a failed ID token request in the sentence for what the endpoint did, and asks STS nothing', async () => {
    const { deps, seen, now } = fakeRunner()
    deps.getIDToken = async () => {
      throw new IdTokenError('Internal error', 'pipelines.actions.githubusercontent.com', 500)
    }
    await expect(credentialsFor(settingsWith(), OIDC_ENV, deps, now)!()).rejects.toThrow(
      /^The GitHub OIDC token endpoint \(pipelines\.actions\.githubusercontent\.com\) failed \(HTTP 500: "Internal error"\)/
    )
    expect(seen.stsCalls).toBe(0)
  })

  it('keeps a first failure: a later call reports it again without asking STS again', async () => {
    const { deps, seen, now } = fakeRunner(['AccessDenied'])
    const provider = credentialsFor(settingsWith(), OIDC_ENV, deps, now)!
    await expect(provider()).rejects.toThrow(/AccessDenied/)
    await expect(provider()).rejects.toThrow(/AccessDenied/)
    expect(seen.stsCalls).toBe(1)
  })

  it('tries a failed renewal again at the next call, so a long wait outlives a blip', async () => {
    const { deps, seen, advance, now } = fakeRunner([], 3600_000)
    const provider = credentialsFor(settingsWith(), OIDC_ENV, deps, now)!
    await provider()
    advance(56 * 60_000)
    const assume = deps.roleAssumer!
    deps.roleAssumer = async () => {
      deps.roleAssumer = assume
      throw Object.assign(new Error('STS unavailable'), { name: 'ServiceUnavailable' })
    }
    await expect(provider()).rejects.toThrow(/ServiceUnavailable/)
    const renewed = await provider()
    expect(renewed.secretAccessKey).toBe('secret-jwt-3')
    expect(seen.stsCalls).toBe(2)
  })
})
