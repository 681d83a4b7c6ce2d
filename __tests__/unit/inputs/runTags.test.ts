import { describe, expect, it } from '@jest/globals'
import { checkTagCount, runTags, withRunTags, type RunProvenance } from '../../../src/inputs/runTags.js'

const RUN: RunProvenance = {
  repository: 'octo/shop',
  workflow: 'deploy',
  serverUrl: 'https://github.com',
  runId: 42,
  runAttempt: 2,
  sha: 'abc123',
  ref: 'refs/heads/main',
  actor: 'octocat'
}

describe('runTags', () => {
  it.each<[string, RunProvenance, unknown]>([
    [
      'a whole run',
      RUN,
      {
        'github:repository': 'octo/shop',
        'github:workflow': 'deploy',
        'github:run-url': 'https://github.com/octo/shop/actions/runs/42/attempts/2',
        'github:commit': 'abc123',
        'github:ref': 'refs/heads/main',
        'github:actor': 'octocat'
      }
    ],
    ['outside GitHub Actions: only what is known', { workflow: 'local', runId: NaN }, { 'github:workflow': 'local' }],
    [
      'no attempt: the run URL without it',
      { ...RUN, runAttempt: NaN },
      expect.objectContaining({ 'github:run-url': 'https://github.com/octo/shop/actions/runs/42' })
    ],
    ['characters AWS may refuse', { workflow: 'Deploy (prod) & co\n::error::x' }, { 'github:workflow': 'Deploy _prod_ _ co_::error::x' }],
    ['a value over 256 characters', { ref: 'r'.repeat(300) }, { 'github:ref': 'r'.repeat(256) }]
  ])('%s', (_, run, tags) => {
    expect(runTags(run)).toEqual(tags)
  })
})

describe('withRunTags', () => {
  it('adds the run’s tags under the user’s, who win on a key both have', () => {
    expect(withRunTags({ team: 'a', 'github:actor': 'bot' }, { actor: 'octocat', sha: 's' })).toEqual({
      'github:commit': 's',
      'github:actor': 'bot',
      team: 'a'
    })
  })

  it('leaves the user’s tags alone without a run', () => {
    expect(withRunTags({ team: 'a' }, undefined)).toEqual({ team: 'a' })
    expect(withRunTags(undefined, {})).toBeUndefined()
  })
})

describe('checkTagCount: at most 50 tags on a recovery point', () => {
  const tags = (n: number, extra: Record<string, string> = {}): Record<string, string> => ({
    ...Object.fromEntries(Array.from({ length: n }, (_, i) => [`t${i}`, 'v'])),
    ...extra
  })
  it.each<[string, Record<string, string> | undefined, boolean, RegExp | undefined]>([
    ['44 and the run’s 6', tags(44), true, undefined],
    ['45 and the run’s 6', tags(45), true, /45 tags, and tag-recovery-points-with-run adds 6 github: tags, 51 in all/],
    ['45, 2 of them run keys, and the run’s other 4', tags(43, { 'github:ref': 'r', 'github:actor': 'a' }), true, undefined],
    ['50 without the run', tags(50), false, undefined],
    ['51 without the run', tags(51), false, /51 tags, but AWS keeps at most 50 on a recovery point; remove 1\.$/],
    ['none', undefined, true, undefined]
  ])('%s', (_, userTags, withRun, refused) => {
    const check = (): void => checkTagCount(userTags, withRun)
    if (refused) expect(check).toThrow(refused)
    else expect(check).not.toThrow()
  })
})
