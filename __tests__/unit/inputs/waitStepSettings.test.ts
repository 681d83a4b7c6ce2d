import { describe, expect, it } from '@jest/globals'
import { join } from 'node:path'
import { parseWaitStepSettings } from '../../../src/inputs/waitStepSettings.js'
import { WAIT_STEP_OUTPUTS } from '../../../src/waitStep.js'
import { InputError } from '../../../src/shared/inputError.js'
import { readActionMetadata } from '../../../sandbox/runner.js'

const ROOT = join(import.meta.dirname, '..', '..', '..')
const DB = 'arn:aws:rds:eu-west-1:123456789012:db:orders'
const entry = (overrides: Record<string, unknown> = {}) => ({
  resourceArn: DB,
  backupVaultName: 'Default',
  region: 'eu-west-1',
  partition: 'aws',
  backupJobId: 'JOB-1',
  creationDate: '2026-11-29T10:00:00.000Z',
  isParent: false,
  idempotencyToken: 't-1',
  ...overrides
})
const parse = (inputs: Record<string, string | undefined>, env: NodeJS.ProcessEnv = {}) =>
  parseWaitStepSettings((name) => inputs[name] ?? '', env)

describe('parseWaitStepSettings', () => {
  it("takes each job of the start step's backup-jobs with what the start step knew of it", () => {
    const settings = parse({ 'backup-jobs': JSON.stringify([entry()]) })
    expect(settings.jobs).toEqual([
      {
        backupJobId: 'JOB-1',
        region: 'eu-west-1',
        request: { resourceArn: DB, partition: 'aws', region: 'eu-west-1', backupVaultName: 'Default', idempotencyToken: 't-1' },
        status: { creationDate: new Date('2026-11-29T10:00:00.000Z'), isParent: false, recoveryPointArn: undefined }
      }
    ])
    expect(settings.region).toBe('eu-west-1')
    expect(settings).toMatchObject({ waitTimeoutSeconds: 3600, pollIntervalSeconds: 15, allowPartial: false, stopJobOnTimeout: false })
  })

  it.each([
    {
      ids: 'A-1\nB-2',
      region: 'us-east-2',
      env: {},
      expected: [
        ['A-1', 'us-east-2'],
        ['B-2', 'us-east-2']
      ]
    },
    { ids: 'A-1', region: '', env: { AWS_REGION: 'ap-south-1' }, expected: [['A-1', 'ap-south-1']] },
    { ids: 'arn:aws:backup:sa-east-1:123456789012:backup-job:C-3', region: '', env: {}, expected: [['C-3', 'sa-east-1']] }
  ])('takes job ids $ids in their region', ({ ids, region, env, expected }) => {
    const settings = parse({ 'backup-job-id': ids, 'aws-region': region }, env)
    expect(settings.jobs.map((job) => [job.backupJobId, job.region])).toEqual(expected)
    expect(settings.jobs.every((job) => job.request === undefined)).toBe(true)
  })

  it.each([
    { case: 'both inputs', inputs: { 'backup-jobs': JSON.stringify([entry()]), 'backup-job-id': 'A' }, message: /both set/ },
    { case: 'neither', inputs: {}, message: /both empty/ },
    { case: 'not JSON', inputs: { 'backup-jobs': 'nope' }, message: /is not JSON/ },
    { case: 'an empty array', inputs: { 'backup-jobs': '[]' }, message: /must be a JSON array/ },
    { case: 'no job id', inputs: { 'backup-jobs': JSON.stringify([entry({ backupJobId: null })]) }, message: /has no backup job id/ },
    { case: 'a job id with spaces', inputs: { 'backup-jobs': JSON.stringify([entry({ backupJobId: 'a b' })]) }, message: /not a job id/ },
    { case: 'no resource ARN', inputs: { 'backup-jobs': JSON.stringify([entry({ resourceArn: 'db' })]) }, message: /no resourceArn/ },
    { case: 'no vault', inputs: { 'backup-jobs': JSON.stringify([entry({ backupVaultName: 1 })]) }, message: /no backupVaultName/ },
    { case: 'a job listed twice', inputs: { 'backup-jobs': JSON.stringify([entry(), entry()]) }, message: /listed twice/ },
    { case: 'ids without a region', inputs: { 'backup-job-id': 'A' }, message: /needs the jobs' region/ },
    { case: 'a line that is no id', inputs: { 'backup-job-id': 'A;rm', 'aws-region': 'us-east-1' }, message: /not a backup job id/ },
    {
      case: 'ids in two regions',
      inputs: { 'backup-job-id': 'arn:aws:backup:us-east-1:123456789012:backup-job:A\nB', 'aws-region': 'eu-west-1' },
      message: /in 2 regions \(us-east-1, eu-west-1\)/
    },
    {
      case: 'a bad shared input',
      inputs: { 'backup-job-id': 'A', 'aws-region': 'us-east-1', 'wait-timeout-minutes': '0' },
      message: /wait-timeout-minutes/
    }
  ])('refuses $case with an input error', ({ inputs, message }) => {
    expect(() => parse(inputs)).toThrow(InputError)
    expect(() => parse(inputs)).toThrow(message)
  })
})

describe('wait/action.yml', () => {
  const wait = readActionMetadata(join(ROOT, 'wait', 'action.yml'))
  const main = readActionMetadata(join(ROOT, 'action.yml'))

  it('declares the outputs the wait step writes', () => {
    expect([...wait.outputs].sort()).toEqual([...WAIT_STEP_OUTPUTS].sort())
  })

  it("shares the main action's inputs under the same names, with the same defaults", () => {
    const shared = wait.inputs.filter((input) => !['backup-jobs', 'backup-job-id'].includes(input.name))
    expect(shared.map((input) => input.name)).toEqual(
      expect.arrayContaining([
        'role-to-assume',
        'aws-region',
        'audience',
        'wait-timeout-minutes',
        'stop-job-on-timeout',
        'mask-aws-account-id'
      ])
    )
    for (const input of shared) expect(main.inputs.find((m) => m.name === input.name)?.default).toBe(input.default)
  })
})
