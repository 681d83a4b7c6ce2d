import { describe, expect, it } from '@jest/globals'
import { envLines, parseCliArgs } from '../../sandbox/cliOptions.js'
import { startSandbox } from '../../sandbox/sandbox.js'

describe('sandbox CLI options', () => {
  it('merges flags over a JSON config file and prints the environment to use', async () => {
    const config = JSON.stringify({ vaults: ['only-this'], timeline: { endAfterMs: 5 }, oidc: { subject: 'repo:a/b:ref:refs/heads/x' } })
    const settings = parseCliArgs(
      [
        '--config',
        'sandbox.json',
        '--region',
        'eu-west-1',
        '--access-key-id',
        'AKIACLI',
        '--secret-access-key',
        'cli-secret',
        '--ambient',
        '--request-token',
        'rt'
      ],
      (path) => (path === 'sandbox.json' ? config : '')
    )
    expect(settings.ambient).toBe(true)
    expect(settings.options).toMatchObject({
      region: 'eu-west-1',
      vaults: ['only-this'],
      timeline: { endAfterMs: 5 },
      oidc: { subject: 'repo:a/b:ref:refs/heads/x', requestToken: 'rt' },
      staticCredentials: { accessKeyId: 'AKIACLI', secretAccessKey: 'cli-secret' }
    })
    const sb = await startSandbox(settings.options)
    try {
      const lines = envLines(sb, settings.ambient)
      expect(lines).toEqual(
        expect.arrayContaining([
          `SANDBOX_URL=${sb.url}`,
          `AWS_ENDPOINT_URL_BACKUP=${sb.url}`,
          `AWS_ENDPOINT_URL_STS=${sb.url}`,
          `ACTIONS_ID_TOKEN_REQUEST_URL=${sb.url}/oidc/token?api-version=2.0`,
          'ACTIONS_ID_TOKEN_REQUEST_TOKEN=rt',
          'AWS_ACCESS_KEY_ID=AKIACLI',
          'AWS_SECRET_ACCESS_KEY=cli-secret',
          'AWS_REGION=eu-west-1'
        ])
      )
    } finally {
      await sb.close()
    }
  })

  it('makes up keys when none are given, and rejects stray arguments', () => {
    const { options, ambient } = parseCliArgs([])
    expect(ambient).toBe(false)
    expect(options.staticCredentials).toMatchObject({ accessKeyId: expect.stringMatching(/^AKIA[A-Z2-7]{16}$/) })
    expect(() => parseCliArgs(['stray'])).toThrow(/Unexpected argument/)
    expect(() => parseCliArgs(['--port', 'x'])).toThrow(/needs a number/)
  })
})
