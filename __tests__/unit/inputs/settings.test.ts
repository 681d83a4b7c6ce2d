import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { parseSettings, type Settings } from '../../../src/inputs/settings.js'
import { INPUT_FALLBACKS } from '../../../src/inputs/awsInputs.js'
import { actionDefaults } from '../../../sandbox/runner.js'
import { InputError } from '../../../src/shared/inputError.js'

const RDS = 'arn:aws:rds:us-east-1:123456789012:db:orders'
const DDB = 'arn:aws:dynamodb:eu-west-1:123456789012:table/users'
const S3 = 'arn:aws:s3:::my-bucket'
const ROLE = 'arn:aws:iam::123456789012:role/service-role/AWSBackupDefaultServiceRole'
const VAULT_ARN = 'arn:aws:backup:us-east-1:123456789012:backup-vault:air-gapped'

const BASE: Record<string, string> = {
  'resource-arn': RDS,
  'backup-vault-name': 'Default',
  'iam-role-arn': ROLE
}
const ENV = {
  GITHUB_RUN_ID: '9876543210',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_REPOSITORY: 'octo/shop',
  GITHUB_WORKFLOW: 'deploy',
  GITHUB_JOB: 'backup',
  GITHUB_ACTION: '__self'
}

function settings(inputs: Record<string, string> = {}, env: NodeJS.ProcessEnv = ENV): Settings {
  const all = { ...BASE, ...inputs }
  return parseSettings((name) => all[name] ?? '', env)
}

function errorOf(inputs: Record<string, string>, env: NodeJS.ProcessEnv = ENV): InputError {
  try {
    settings(inputs, env)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('parseSettings accepts', () => {
  it('the three required inputs alone, with documented defaults', () => {
    const s = settings()
    expect(s.jobs).toEqual([
      {
        resourceArn: RDS,
        partition: 'aws',
        region: 'us-east-1',
        backupVaultName: 'Default',
        idempotencyToken: expect.stringMatching(/^9876543210-2-[0-9a-f]{24}$/)
      }
    ])
    expect(s).toMatchObject({
      region: 'us-east-1',
      audience: 'sts.amazonaws.com',
      roleSessionName: 'GitHubActions-9876543210-2',
      roleDurationSeconds: 3600,
      wait: false,
      waitTimeoutSeconds: 3600,
      pollIntervalSeconds: 15,
      allowPartial: false,
      stopJobOnTimeout: false,
      retryMaxAttempts: 5,
      maskAwsAccountId: false
    })
    expect(s.lifecycle).toBeUndefined()
    expect(s.recoveryPointTags).toBeUndefined()
  })

  it('is immutable', () => {
    const s = settings()
    expect(Object.isFrozen(s)).toBe(true)
    expect(Object.isFrozen(s.jobs[0])).toBe(true)
  })

  it('several resources, one per line, each in its own region', () => {
    const s = settings({ 'resource-arn': `${RDS}\n\n  ${DDB}  \n` })
    expect(s.jobs.map((j) => [j.resourceArn, j.region])).toEqual([
      [RDS, 'us-east-1'],
      [DDB, 'eu-west-1']
    ])
    expect(s.region).toBe('us-east-1')
  })

  it.each([
    ['aws-region input', { 'aws-region': 'eu-central-1' }, {}, 'eu-central-1'],
    ['AWS_REGION', {}, { AWS_REGION: 'ap-south-1' }, 'ap-south-1'],
    ['AWS_DEFAULT_REGION', {}, { AWS_DEFAULT_REGION: 'sa-east-1' }, 'sa-east-1']
  ])('a region-less S3 ARN with the region from %s', (_, inputs, env, region) => {
    const s = settings({ 'resource-arn': S3, ...inputs }, { ...ENV, ...env })
    expect(s.jobs[0]?.region).toBe(region)
    expect(s.region).toBe(region)
  })

  it('an AWS_REGION that differs from the ARN is simply not used for that resource, but is used for STS', () => {
    const s = settings({}, { ...ENV, AWS_REGION: 'eu-west-3' })
    expect(s.jobs[0]?.region).toBe('us-east-1')
    expect(s.region).toBe('eu-west-3')
  })

  it('every optional StartBackupJob parameter', () => {
    const s = settings({
      'start-window-minutes': '60',
      'complete-window-minutes': '52560000',
      'delete-after-days': '120',
      'move-to-cold-storage-after-days': '30',
      'opt-in-to-archive-for-supported-resources': 'True',
      'recovery-point-tags': '{"team":"payments","note":""}',
      'backup-options': 'WindowsVSS = enabled',
      index: 'enabled',
      'logically-air-gapped-backup-vault-arn': 'arn:aws:backup:us-east-1:123456789012:backup-vault:airgap'
    })
    expect(s).toMatchObject({
      startWindowMinutes: 60,
      completeWindowMinutes: 52_560_000,
      lifecycle: { DeleteAfterDays: 120, MoveToColdStorageAfterDays: 30, OptInToArchiveForSupportedResources: true },
      recoveryPointTags: { team: 'payments', note: '' },
      backupOptions: { WindowsVSS: 'enabled' },
      index: 'ENABLED',
      logicallyAirGappedBackupVaultArn: 'arn:aws:backup:us-east-1:123456789012:backup-vault:airgap'
    })
  })

  it('opt-in-to-archive alone gives a lifecycle with only that', () => {
    expect(settings({ 'opt-in-to-archive-for-supported-resources': 'false' }).lifecycle).toEqual({
      OptInToArchiveForSupportedResources: false
    })
  })

  it('takes aws-region as AWS_REGION: resources in other regions are backed up in theirs, STS uses aws-region', () => {
    const s = settings({ 'aws-region': 'eu-west-1' }, {})
    expect(s.jobs[0]?.region).toBe('us-east-1')
    expect(s.region).toBe('eu-west-1')
  })

  it.each(['us-east-3', 'eu-west-4', 'ap-southeast-9'])('accepts %s, a region this action does not list yet', (region) => {
    expect(settings({ 'aws-region': region }, {}).region).toBe(region)
  })

  it('a region of the European Sovereign Cloud', () => {
    const s = settings({ 'resource-arn': 'arn:aws-eusc:rds:eusc-de-east-1:123456789012:db:orders' })
    expect(s.jobs[0]?.region).toBe('eusc-de-east-1')
  })

  it('decimal wait settings', () => {
    expect(settings({ 'wait-timeout-minutes': '1.5', 'poll-interval-seconds': '2.5' })).toMatchObject({
      waitTimeoutSeconds: 90,
      pollIntervalSeconds: 2.5
    })
  })

  it('an explicit idempotency token verbatim for one resource, made distinct for several', () => {
    expect(settings({ 'idempotency-token': 'release-1.2.3' }).jobs[0]?.idempotencyToken).toBe('release-1.2.3')
    const tokens = settings({ 'idempotency-token': 'nightly', 'resource-arn': `${RDS}\n${DDB}` }).jobs.map((j) => j.idempotencyToken)
    expect(tokens).toEqual([expect.stringMatching(/^nightly-[0-9a-f]{10}$/), expect.stringMatching(/^nightly-[0-9a-f]{10}$/)])
    expect(tokens[0]).not.toBe(tokens[1])
  })

  it.each([
    ['100 characters for one resource', RDS, 100],
    ['89 characters for several (100 sent)', `${RDS}\n${DDB}`, 89]
  ])('an explicit idempotency token of %s', (_, resources, length) => {
    const tokens = settings({ 'idempotency-token': 't'.repeat(length), 'resource-arn': resources }).jobs.map((j) => j.idempotencyToken)
    expect(tokens.every((token) => token.length === 100)).toBe(true)
  })

  it('marks a token from idempotency-token as one a re-run sends again, and a derived one not', () => {
    expect(settings({ 'idempotency-token': 'nightly-42' }).jobs.map((j) => j.tokenFromInput)).toEqual([true])
    expect(settings().jobs.map((j) => j.tokenFromInput)).toEqual([undefined])
  })
})

describe('parseSettings refuses, naming the input', () => {
  it.each<[string, Record<string, string>, NodeJS.ProcessEnv | undefined, RegExp]>([
    ['empty resource-arn', { 'resource-arn': ' \n ' }, undefined, /^Input resource-arn is required/],
    ['empty backup-vault-name', { 'backup-vault-name': '' }, undefined, /^Input backup-vault-name is required/],
    ['empty iam-role-arn', { 'iam-role-arn': '' }, undefined, /^Input iam-role-arn is required/],
    [
      'a resource that is not an ARN',
      { 'resource-arn': 'orders-db' },
      undefined,
      /^Input resource-arn has "orders-db", which is not an ARN/
    ],
    [
      'an ARN with a region in capitals',
      { 'resource-arn': 'arn:aws:rds:US-EAST-1:123456789012:db:x' },
      undefined,
      /^Input resource-arn has ".*", which is not a valid ARN: its region "US-EAST-1" is not an AWS region; did you mean us-east-1\?$/
    ],
    [
      'an ARN with a misspelt region',
      { 'resource-arn': 'arn:aws:rds:eu-wset-1:123456789012:db:x' },
      undefined,
      /its region "eu-wset-1" is not an AWS region; did you mean eu-west-1\?$/
    ],
    [
      'an ARN with a short account',
      { 'resource-arn': 'arn:aws:rds:us-east-1:1234:db:x' },
      undefined,
      /: its account "1234" is not 12 digits; an AWS account id has exactly 12 digits, e.g. 123456789012\.$/
    ],
    [
      'an ARN with an account of full-width digits',
      { 'resource-arn': 'arn:aws:rds:us-east-1:１２３４５６７８９０１２:db:x' },
      undefined,
      /: its account "１２３４５６７８９０１２" is not 12 digits/
    ],
    [
      'an ARN with a space',
      { 'resource-arn': 'arn:aws:rds:us-east-1:123456789012:db:a b' },
      undefined,
      /: its resource "db:a b" is empty or holds spaces\.$/
    ],
    [
      'an ARN of another partition',
      { 'resource-arn': 'arn:azure:rds:us-east-1:123456789012:db:x' },
      undefined,
      /: its partition "azure" is not one of AWS's/
    ],
    ['a duplicate resource', { 'resource-arn': `${RDS}\n${RDS}` }, undefined, /^Input resource-arn lists .* twice/],
    ['a vault name with a dot', { 'backup-vault-name': 'my.vault' }, undefined, /^Input backup-vault-name has "my.vault"/],
    ['a vault name of 1 character', { 'backup-vault-name': 'a' }, undefined, /^Input backup-vault-name/],
    ['a vault name of 51 characters', { 'backup-vault-name': 'a'.repeat(51) }, undefined, /^Input backup-vault-name/],
    [
      'an iam-role-arn of a user',
      { 'iam-role-arn': 'arn:aws:iam::123456789012:user/bob' },
      undefined,
      /^Input iam-role-arn .*not an IAM role ARN/
    ],
    [
      'a role-to-assume that is a name, with a role ARN as the example',
      { 'role-to-assume': 'deploy-role' },
      undefined,
      /^Input role-to-assume .*not an ARN; .*, e.g. arn:aws:iam::123456789012:role\/github-backup\.$/
    ],
    [
      'an iam-role-arn that is a name, with a role ARN as the example',
      { 'iam-role-arn': 'backup-role' },
      undefined,
      /^Input iam-role-arn .*not an ARN; .*, e.g. arn:aws:iam::123456789012:role\/github-backup\.$/
    ],
    [
      'an aws-region that is not a region',
      { 'aws-region': 'Virginia' },
      undefined,
      /^Input aws-region has "Virginia", which is not an AWS region; e\.g\. us-east-1\.$/
    ],
    [
      'an aws-region close to one',
      { 'aws-region': 'us-east1' },
      undefined,
      /^Input aws-region has "us-east1", which is not an AWS region; did you mean us-east-1\?$/
    ],
    ['an aws-region with a swapped letter', { 'aws-region': 'us-esat-1' }, undefined, /did you mean us-east-1\?$/],
    [
      'an S3 ARN with no region anywhere',
      { 'resource-arn': S3 },
      {},
      /^Input resource-arn "arn:aws:s3:::my-bucket" names no region; set aws-region/
    ],
    ['an audience with a space', { audience: 'a b' }, undefined, /^Input audience/],
    ['a session name with a space', { 'role-session-name': 'my session' }, undefined, /^Input role-session-name/],
    ['a session name of 65 characters', { 'role-session-name': 'a'.repeat(65) }, undefined, /^Input role-session-name/],
    [
      'a duration below 900',
      { 'role-duration-seconds': '899' },
      undefined,
      /^Input role-duration-seconds has "899"; use a whole number from 900 to 43,200/
    ],
    ['a duration above 43200', { 'role-duration-seconds': '43201' }, undefined, /^Input role-duration-seconds/],
    ['an idempotency token with a space', { 'idempotency-token': 'a b' }, undefined, /^Input idempotency-token/],
    ['an idempotency token of 101 characters', { 'idempotency-token': 'x'.repeat(101) }, undefined, /^Input idempotency-token/],
    [
      'a start window below 60',
      { 'start-window-minutes': '59' },
      undefined,
      /^Input start-window-minutes has "59"; use a whole number from 60 to 52,560,000/
    ],
    ['a start window with decimals', { 'start-window-minutes': '60.5' }, undefined, /^Input start-window-minutes/],
    ['a complete window of 0', { 'complete-window-minutes': '0' }, undefined, /^Input complete-window-minutes/],
    ['a complete window above 100 years', { 'complete-window-minutes': '52560001' }, undefined, /^Input complete-window-minutes/],
    ['delete-after-days of 0', { 'delete-after-days': '0' }, undefined, /^Input delete-after-days/],
    ['delete-after-days above 36500', { 'delete-after-days': '36501' }, undefined, /^Input delete-after-days/],
    ['cold storage in exponent form', { 'move-to-cold-storage-after-days': '1e2' }, undefined, /^Input move-to-cold-storage-after-days/],
    [
      'deletion less than 90 days after cold storage',
      { 'move-to-cold-storage-after-days': '30', 'delete-after-days': '119' },
      undefined,
      /^Input delete-after-days is 119 but must be at least .* \(120\)/
    ],
    [
      'a boolean written yes',
      { 'opt-in-to-archive-for-supported-resources': 'yes' },
      undefined,
      /^Input opt-in-to-archive-for-supported-resources has "yes"; use true or false/
    ],
    [
      'tags that are not JSON',
      { 'recovery-point-tags': '{team: x}' },
      undefined,
      /^Input recovery-point-tags starts like JSON but is not valid JSON/
    ],
    ['tags as a JSON array', { 'recovery-point-tags': '["a"]' }, undefined, /^Input recovery-point-tags must be a JSON object/],
    [
      'a tag with a number value',
      { 'recovery-point-tags': '{"n": 1}' },
      undefined,
      /^Input recovery-point-tags has a number value for "n"/
    ],
    [
      'a tag line without =',
      { 'recovery-point-tags': 'team=a\nowner' },
      undefined,
      /^Input recovery-point-tags line 2 has "owner", which has no "="/
    ],
    ['a tag with an empty key', { 'recovery-point-tags': '=x' }, undefined, /^Input recovery-point-tags has an empty key/],
    ['a duplicate tag key', { 'recovery-point-tags': 'a=1\na=2' }, undefined, /^Input recovery-point-tags has the key "a" twice/],
    ['a tag key with the aws: prefix', { 'recovery-point-tags': 'aws:x=1' }, undefined, /^Input recovery-point-tags has the key "aws:x"/],
    [
      'a tag value over 256 characters',
      { 'recovery-point-tags': `a=${'v'.repeat(257)}` },
      undefined,
      /^Input recovery-point-tags has the value/
    ],
    [
      'a backup option with a space',
      { 'backup-options': 'WindowsVSS=en abled' },
      undefined,
      /^Input backup-options has the value "en abled"/
    ],
    ['an index of maybe', { index: 'maybe' }, undefined, /^Input index has "maybe"; use ENABLED or DISABLED/],
    [
      'an air-gapped vault ARN of another service',
      { 'logically-air-gapped-backup-vault-arn': RDS },
      undefined,
      /^Input logically-air-gapped-backup-vault-arn .*not a backup vault ARN/
    ],
    ['wait written 1', { wait: '1' }, undefined, /^Input wait has "1"; use true or false/],
    ['a wait timeout of 0', { 'wait-timeout-minutes': '0' }, undefined, /^Input wait-timeout-minutes has "0"/],
    ['a negative wait timeout', { 'wait-timeout-minutes': '-5' }, undefined, /^Input wait-timeout-minutes/],
    [
      'a poll interval below 1',
      { 'poll-interval-seconds': '0.5' },
      undefined,
      /^Input poll-interval-seconds has "0.5"; use a number from 1 to 3600/
    ],
    ['allow-partial written on', { 'allow-partial': 'on' }, undefined, /^Input allow-partial/],
    ['stop-job-on-timeout written y', { 'stop-job-on-timeout': 'y' }, undefined, /^Input stop-job-on-timeout/],
    [
      'retry-max-attempts of 0',
      { 'retry-max-attempts': '0' },
      undefined,
      /^Input retry-max-attempts has "0"; use a whole number from 1 to 20/
    ],
    ['retry-max-attempts of 21', { 'retry-max-attempts': '21' }, undefined, /^Input retry-max-attempts/],
    ['mask-aws-account-id written TRUE!', { 'mask-aws-account-id': 'TRUE!' }, undefined, /^Input mask-aws-account-id/],
    [
      'ARNs separated by commas on one line',
      { 'resource-arn': `${RDS},${DDB}` },
      undefined,
      /^Input resource-arn has ".*", which holds 2 ARNs on one line; give one ARN per line\.$/
    ],
    [
      'ARNs separated by semicolons in a one-ARN input',
      { 'logically-air-gapped-backup-vault-arn': `${VAULT_ARN}; ${VAULT_ARN}2` },
      undefined,
      /^Input logically-air-gapped-backup-vault-arn has ".*", which holds 2 ARNs; give one ARN\.$/
    ],
    [
      'a zero-width space that would make a listed resource look new',
      { 'resource-arn': `${RDS}\n${RDS}\u200b` },
      undefined,
      /^Input resource-arn has ".*orders\\u200b", which holds an invisible or control character \(U\+200B\); type the ARN again without it\.$/
    ],
    ['a soft hyphen in an ARN', { 'resource-arn': `${RDS}\u00ad` }, undefined, /\(U\+00AD\)/],
    ['a C1 control in a role ARN', { 'iam-role-arn': `${ROLE}\u0085` }, undefined, /^Input iam-role-arn .*\(U\+0085\)/],
    [
      'a word joiner in a tag key',
      { 'recovery-point-tags': 'team=a\nte\u2060am=b' },
      undefined,
      /^Input recovery-point-tags has the key "te\\u2060am", which is not allowed/
    ],
    [
      'a key repeated in JSON tags',
      { 'recovery-point-tags': '{"team": "a", "team": "b"}' },
      undefined,
      /^Input recovery-point-tags has the key "team" twice/
    ],
    [
      'a key repeated in JSON options, once escaped',
      { 'backup-options': '{"WindowsVSS": "enabled", "Windows\\u0056SS": "disabled"}' },
      undefined,
      /^Input backup-options has the key "WindowsVSS" twice/
    ],
    [
      'an explicit token of 90 characters with several resources (101 sent)',
      { 'resource-arn': `${RDS}\n${DDB}`, 'idempotency-token': 't'.repeat(90) },
      undefined,
      /^Input idempotency-token has 90 characters, .* use at most 89\.$/
    ]
  ])('%s', (_, inputs, env, message) => {
    expect(errorOf(inputs, env ?? ENV).message).toMatch(message)
  })

  it('shows a value with a newline or a workflow command quoted on one line', () => {
    const { message } = errorOf({ 'backup-vault-name': 'v\n::set-output name=x::y' })
    expect(message).not.toContain('\n')
    expect(message).toContain('"v\\n::set-output name=x::y"')
  })
})

describe('defaults', () => {
  const declared = actionDefaults(join(import.meta.dirname, '..', '..', '..', 'action.yml'))

  it("falls back to exactly action.yml's defaults, for every input that has one", () => {
    expect(INPUT_FALLBACKS).toEqual(declared)
  })

  it('reads the same settings from empty inputs as from the defaults the runner fills in', () => {
    const read = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? ''
    expect(parseSettings(read(BASE), ENV)).toEqual(parseSettings(read({ ...declared, ...BASE }), ENV))
  })
})
