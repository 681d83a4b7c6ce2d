import { describe, expect, it } from '@jest/globals'
import { errorAnnotations, nodeBinaries } from './runAction.js'
import { OIDC_INPUTS, ROLE_TO_ASSUME, calls, runChecked, withSandbox } from './scenario.js'

/** Recovery points say which run made them (tag-recovery-points-with-run), within AWS's 50 tags. */

const TRUSTED = { trustedRoleArns: [ROLE_TO_ASSUME] }
// What a runner sets beside what sandbox/runner.ts gives every step (run 4242 of octo/shop's "deploy").
const RUN_ENV = {
  GITHUB_SERVER_URL: 'https://github.example.com',
  GITHUB_SHA: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4',
  GITHUB_REF: 'refs/tags/v1.2.3',
  GITHUB_ACTOR: 'octocat',
  GITHUB_WORKFLOW: 'Release (prod)'
}
const tagsSent = (sandbox: Parameters<typeof calls>[0]): unknown =>
  (calls(sandbox, 'StartBackupJob')[0]?.body as { RecoveryPointTags?: unknown }).RecoveryPointTags
const many = (n: number): string => Array.from({ length: n }, (_, i) => `tag${i}=v${i}`).join('\n')

describe.each(nodeBinaries())('recovery point tags, real bundle on %s', (_, node) => {
  it('tags the recovery point with the run that made it, under github: keys, the user’s own tags winning', () =>
    withSandbox(TRUSTED, async (sandbox) => {
      const inputs = { ...OIDC_INPUTS, 'recovery-point-tags': 'team=payments\ngithub:actor=release-bot' }
      const run = await runChecked(sandbox, { node, inputs, env: RUN_ENV })
      expect(run.code).toBe(0)
      expect(tagsSent(sandbox)).toEqual({
        team: 'payments',
        'github:repository': 'octo/shop',
        // Characters AWS may refuse in a tag value become "_".
        'github:workflow': 'Release _prod_',
        'github:run-url': 'https://github.example.com/octo/shop/actions/runs/4242/attempts/1',
        'github:commit': 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4',
        'github:ref': 'refs/tags/v1.2.3',
        'github:actor': 'release-bot'
      })
    }))

  it('sends none of the run’s tags with tag-recovery-points-with-run: false', () =>
    withSandbox(TRUSTED, async (sandbox) => {
      const off = { ...OIDC_INPUTS, 'tag-recovery-points-with-run': 'false' }
      const plain = await runChecked(sandbox, { node, inputs: off, env: RUN_ENV })
      expect(plain.code).toBe(0)
      expect(tagsSent(sandbox)).toBeUndefined()
      const own = await runChecked(sandbox, {
        node,
        inputs: { ...off, 'recovery-point-tags': 'team=payments' },
        env: { ...RUN_ENV, GITHUB_RUN_ID: '4243' }
      })
      expect(own.code).toBe(0)
      expect((calls(sandbox, 'StartBackupJob')[1]?.body as { RecoveryPointTags?: unknown }).RecoveryPointTags).toEqual({ team: 'payments' })
    }))

  it.each([
    [
      '45 of the user’s and the run’s 6',
      many(45),
      'true',
      /^Input recovery-point-tags has 45 tags, and tag-recovery-points-with-run adds 6 github: tags, 51 in all, but AWS keeps at most 50 on a recovery point; remove 1 of yours, or set tag-recovery-points-with-run to false\.$/
    ],
    [
      '51 of the user’s alone',
      many(51),
      'false',
      /^Input recovery-point-tags has 51 tags, but AWS keeps at most 50 on a recovery point; remove 1\.$/
    ]
  ])('refuses more than 50 tags (%s) before any request', (_, tags, withRun, message) =>
    withSandbox(TRUSTED, async (sandbox) => {
      const inputs = { ...OIDC_INPUTS, 'recovery-point-tags': tags, 'tag-recovery-points-with-run': withRun }
      const run = await runChecked(sandbox, { node, inputs, env: RUN_ENV })
      expect(run.code).toBe(1)
      expect(errorAnnotations(run)).toEqual([expect.stringMatching(message)])
      expect(sandbox.requests).toEqual([])
    })
  )

  it('takes 44 of the user’s tags with the run’s 6: 50 in all', () =>
    withSandbox(TRUSTED, async (sandbox) => {
      const run = await runChecked(sandbox, { node, inputs: { ...OIDC_INPUTS, 'recovery-point-tags': many(44) }, env: RUN_ENV })
      expect(run.code).toBe(0)
      expect(Object.keys(tagsSent(sandbox) as object)).toHaveLength(50)
    }))
})
