import { describe, expect, it } from '@jest/globals'
import { actionInputNames } from '../../sandbox/runner.js'
import { MAIN_ACTION, errorAnnotations, nodeBinaries } from './runAction.js'
import { OIDC_INPUTS, ROLE_TO_ASSUME, runChecked, withSandbox } from './scenario.js'

/**
 * Every input, with values empty where required, malformed, out of range, of the wrong type, too long, or holding
 * newlines, quotes, shell and markdown metacharacters or unicode: the step fails with one sentence naming the input,
 * and nothing at all is sent (not even the OIDC token request). The runner trims inputs, so values are given trimmed.
 */

const ARN = 'arn:aws:rds:us-east-1:123456789012:db:orders'
const ARN2 = 'arn:aws:rds:us-east-1:123456789012:db:payments'
type Case = readonly [input: string, value: string, extra?: Record<string, string>]

const CASES: readonly Case[] = [
  ['resource-arn', ''],
  ['resource-arn', 'orders-db'],
  ['resource-arn', `${ARN}\n::error::injected`],
  ['resource-arn', `${ARN}; rm -rf ~`],
  ['resource-arn', 'arn:aws:rds:mars-north-1:123456789012:db:orders'],
  ['resource-arn', 'arn:aws:rds:us-east-1:１２３４５６７８９０１２:db:orders'],
  ['resource-arn', `arn:aws:rds:us-east-1:123456789012:db:${'x'.repeat(2048)}`],
  ['resource-arn', `${ARN}\n${ARN}`],
  ['resource-arn', 'arn:aws:s3:::my-bucket'],
  ['resource-arn', `${ARN},${ARN2}`],
  ['resource-arn', `${ARN}, ${ARN2}`],
  ['resource-arn', `${ARN}\u200b`],
  ['resource-arn', `${ARN}\n${ARN}\u2060`],
  ['resource-arn', 'arn:aws:rds:us-east-1:123456789012:db:ord\u00aders'],
  ['backup-vault-name', ''],
  ['backup-vault-name', 'v'],
  ['backup-vault-name', 'v'.repeat(51)],
  ['backup-vault-name', 'vault; echo $AWS_SECRET_ACCESS_KEY'],
  ['backup-vault-name', '**vault**|`x`'],
  ['backup-vault-name', 'coffre-fort-été'],
  ['iam-role-arn', ''],
  ['iam-role-arn', 'arn:aws:iam::123456789012:user/bob'],
  ['iam-role-arn', 'arn:aws:iam::123456789012:role/backup\n::add-mask::x'],
  ['role-to-assume', 'github-backup'],
  ['role-to-assume', 'arn:aws:iam:us-east-1:123456789012:role/github-backup'],
  ['role-to-assume', "arn:aws:iam::123456789012:role/it's-me"],
  ['aws-region', 'US-EAST-1'],
  ['aws-region', 'us-east-1$(whoami)'],
  ['aws-region', 'us-esat-1'],
  ['audience', 'sts.amazonaws.com other'],
  ['audience', 'a'.repeat(257)],
  ['role-session-name', 'x'],
  ['role-session-name', '"quoted"'],
  ['role-session-name', 's'.repeat(65)],
  ['role-session-name', 'sessión'],
  ['role-duration-seconds', '899'],
  ['role-duration-seconds', '43201'],
  ['role-duration-seconds', '1h'],
  ['role-duration-seconds', '1e3'],
  ['idempotency-token', 'my token'],
  ['idempotency-token', 't'.repeat(101)],
  ['idempotency-token', 'tökén'],
  ['idempotency-token', 'a\n::warning::b'],
  ['idempotency-token', 't'.repeat(95), { 'resource-arn': `${ARN}\n${ARN2}` }],
  ['start-window-minutes', '52560001'],
  ['start-window-minutes', '60.5'],
  ['complete-window-minutes', '0'],
  ['complete-window-minutes', '-5'],
  ['delete-after-days', '0x10'],
  ['delete-after-days', '36501'],
  ['delete-after-days', '30', { 'move-to-cold-storage-after-days': '10' }],
  ['move-to-cold-storage-after-days', 'ten'],
  ['opt-in-to-archive-for-supported-resources', 'yes'],
  ['recovery-point-tags', '{"owner": }'],
  ['recovery-point-tags', '{"count": 1}'],
  ['recovery-point-tags', '["owner"]'],
  ['recovery-point-tags', 'owner'],
  ['recovery-point-tags', 'aws:owner=me'],
  ['recovery-point-tags', `note=${'n'.repeat(257)}`],
  ['recovery-point-tags', 'team=a\nteam=b'],
  ['recovery-point-tags', '{"note": "line one\\n::error::injected"}'],
  ['tag-recovery-points-with-run', 'yes'],
  ['recovery-point-tags', '{"team": "a", "team": "b"}'],
  ['recovery-point-tags', '{"team": "a", "t\\u0065am": "b"}'],
  ['recovery-point-tags', 'team=a\nteam\u200b=b'],
  ['backup-options', 'WindowsVSS=$(id)'],
  ['backup-options', '=enabled'],
  ['backup-options', '{"WindowsVSS": "enabled | **x**"}'],
  ['backup-options', '{"WindowsVSS": "enabled", "WindowsVSS": "disabled"}'],
  ['index', 'ENABLED-ish'],
  ['logically-air-gapped-backup-vault-arn', 'arn:aws:s3:::bucket'],
  ['logically-air-gapped-backup-vault-arn', 'vault 🔒'],
  [
    'logically-air-gapped-backup-vault-arn',
    'arn:aws:backup:us-east-1:123456789012:backup-vault:vault-a,arn:aws:backup:us-east-1:123456789012:backup-vault:vault-b'
  ],
  ['wait', 'yes'],
  ['wait', '1'],
  ['wait', 'true\n::warning::injected'],
  ['wait-timeout-minutes', '0'],
  ['wait-timeout-minutes', '43201'],
  ['wait-timeout-minutes', '1,5'],
  ['poll-interval-seconds', '0.5'],
  ['poll-interval-seconds', '15s'],
  ['allow-partial', 'on'],
  ['stop-job-on-timeout', 'tru'],
  ['retry-max-attempts', '0'],
  ['retry-max-attempts', '21'],
  ['retry-max-attempts', 'five'],
  ['mask-aws-account-id', 'maybe'],
  ['copy-to-backup-vault-arn', 'arn:aws:backup:us-west-2:123456789012:backup-vault:dr'],
  ['copy-to-backup-vault-arn', 'arn:aws:s3:::bucket', { wait: 'true' }],
  ['copy-iam-role-arn', 'backup', { wait: 'true', 'copy-to-backup-vault-arn': 'arn:aws:backup:us-west-2:123456789012:backup-vault:dr' }],
  ['copy-delete-after-days', '0', { wait: 'true', 'copy-to-backup-vault-arn': 'arn:aws:backup:us-west-2:123456789012:backup-vault:dr' }],
  [
    'copy-move-to-cold-storage-after-days',
    '30 days',
    { wait: 'true', 'copy-to-backup-vault-arn': 'arn:aws:backup:us-west-2:123456789012:backup-vault:dr' }
  ]
]

/** The inputs action.yml declares, read from it, so the table provably covers each of them. */
const DECLARED = actionInputNames(MAIN_ACTION.actionYml)

it('covers every input of action.yml, with at least 40 cases', () => {
  expect([...new Set(CASES.map(([input]) => input))].sort()).toEqual([...DECLARED].sort())
  expect(CASES.length).toBeGreaterThanOrEqual(40)
})

describe.each(nodeBinaries())('bad input, real bundle on %s', (_, node) => {
  it.each(CASES.map(([input, value, extra]) => [input, JSON.stringify(value).slice(0, 60), value, extra] as const))(
    '%s = %s: one sentence naming the input, exit code 1, no request',
    (input, _shown, value, extra) =>
      withSandbox({ trustedRoleArns: [ROLE_TO_ASSUME] }, async (s) => {
        const run = await runChecked(s, { node, inputs: { ...OIDC_INPUTS, ...extra, [input]: value } })
        expect(run.code).toBe(1)
        const annotations = errorAnnotations(run)
        expect(annotations).toHaveLength(1)
        const [message = ''] = annotations
        expect(message).toMatch(/^Input /)
        expect(message).toContain(input)
        expect(message).not.toMatch(/[\r\n]/)
        // A sentence: a period, or the question of "did you mean us-east-1?".
        expect(message).toMatch(/[.?]$/)
        expect(s.requests).toEqual([])
        expect(run.stderr).not.toMatch(/\n\s+at /)
      })
  )
})

/** Inputs that were accepted although AWS would get something other than what the user meant: the exact sentence. */
const WORDED: ReadonlyArray<readonly [string, Record<string, string>, string]> = [
  [
    'comma-separated ARNs',
    { 'resource-arn': `${ARN},${ARN2}` },
    `Input resource-arn has "${ARN},${ARN2}", which holds 2 ARNs on one line; give one ARN per line.`
  ],
  [
    'an invisible character in an ARN',
    { 'resource-arn': `${ARN}\n${ARN}\u200b` },
    `Input resource-arn has "${ARN}\\u200b", which holds an invisible or control character (U+200B); type the ARN again without it.`
  ],
  [
    'a repeated key in JSON tags',
    { 'recovery-point-tags': '{"team": "a", "team": "b"}' },
    'Input recovery-point-tags has the key "team" twice; give each key once.'
  ],
  [
    'an explicit token that grows past 100 characters with several resources',
    { 'resource-arn': `${ARN}\n${ARN2}`, 'idempotency-token': 't'.repeat(95) },
    `Input idempotency-token has ${95} characters, but with several resources each token sent gets "-" and a 10-character digest of its ARN appended, and a token sent may have at most 100 characters; use at most 89.`
  ]
]

describe.each(nodeBinaries())('inputs that were accepted although they should not be, real bundle on %s', (_, node) => {
  it.each(WORDED)('%s: says exactly what is wrong and what to do, and sends nothing', (_, inputs, expected) =>
    withSandbox({ trustedRoleArns: [ROLE_TO_ASSUME] }, async (s) => {
      const run = await runChecked(s, { node, inputs: { ...OIDC_INPUTS, ...inputs } })
      expect(run.code).toBe(1)
      expect(errorAnnotations(run)).toEqual([expected])
      expect(s.requests).toEqual([])
    })
  )
})
