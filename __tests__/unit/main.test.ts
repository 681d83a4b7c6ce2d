import { describe, expect, it } from '@jest/globals'
import { run } from '../../src/main.js'
import { fakeBackup, fakeRuntime } from './fakeRuntime.js'

const DB = 'arn:aws:rds:us-east-1:123456789012:db:orders'
const TABLE = 'arn:aws:dynamodb:us-east-1:123456789012:table/users'
const INPUTS = { 'resource-arn': DB, 'backup-vault-name': 'Default', 'iam-role-arn': 'arn:aws:iam::123456789012:role/backup' }

describe('run', () => {
  it('starts the job, logs it with a console link and sets the outputs', async () => {
    const backup = fakeBackup({
      status: () => ({ state: 'RUNNING', recoveryPointArn: 'arn:aws:backup:us-east-1:123456789012:recovery-point:rp' })
    })
    const { rt, seen } = fakeRuntime(INPUTS, backup.api, { GITHUB_RUN_ID: '77', GITHUB_RUN_ATTEMPT: '1' })
    await run(rt)
    expect(seen.failed).toBeUndefined()
    expect(seen.log).toEqual([
      expect.stringMatching(
        /^Started backup job job-1 for arn:aws:rds:us-east-1:123456789012:db:orders in vault Default \(us-east-1, idempotency token 77-1-[0-9a-f]+\): https:\/\/us-east-1\.console\.aws\.amazon\.com\/backup\/home\?region=us-east-1#\/jobs\/backup\/details\/job-1$/
      )
    ])
    expect(seen.outputs).toMatchObject({
      'backup-job-id': 'job-1',
      state: 'RUNNING',
      'recovery-point-arn': 'arn:aws:backup:us-east-1:123456789012:recovery-point:rp',
      'creation-date': '2026-11-29T10:00:00.000Z',
      'is-parent': 'false'
    })
    expect(seen.summary).toContain('| RUNNING |')
  })

  it('fails a bad input with one sentence, in the summary too, and touches nothing', async () => {
    const backup = fakeBackup()
    const { rt, seen } = fakeRuntime({ ...INPUTS, 'backup-vault-name': 'no spaces allowed' }, backup.api)
    await run(rt)
    expect(seen.failed).toMatch(/^Input backup-vault-name has "no spaces allowed", which is not a vault name/)
    expect(seen.summary).toContain('Input backup-vault-name has "no spaces allowed"')
    expect(backup.started).toEqual([])
    expect(seen.outputs['backup-jobs']).toBe('[]')
    expect(seen.idTokenRequests).toBe(0)
  })

  it('starts every other resource when one fails, reports all, and fails naming the one', async () => {
    const denied = Object.assign(new Error('Backup vault with name Default not found'), { name: 'ResourceNotFoundException' })
    const backup = fakeBackup({ failStart: { [TABLE]: denied } })
    const { rt, seen } = fakeRuntime({ ...INPUTS, 'resource-arn': `${DB}\n${TABLE}` }, backup.api)
    await run(rt)
    expect(backup.started).toEqual([DB])
    expect(seen.failed).toBe(
      `StartBackupJob for "${TABLE}" failed: ResourceNotFoundException: Backup vault with name Default not found; check that the backup vault "Default" exists in us-east-1 and that the resource exists there. ` +
        `Re-running this attempt starts a second backup of the 1 resource whose backup job did not fail, since the default idempotency tokens change with the run attempt; set idempotency-token from github.run_id (see the README's Idempotency section) so that a re-run returns the jobs already made.`
    )
    expect(seen.outputs['backup-job-id']).toBe('job-1\n')
    expect(seen.summary).toContain('| not started |')
  })

  it('reports a missing id-token permission once, before any request', async () => {
    const backup = fakeBackup()
    const { rt, seen } = fakeRuntime({ ...INPUTS, 'role-to-assume': 'arn:aws:iam::123456789012:role/gha' }, backup.api)
    await run(rt)
    expect(seen.failed).toMatch(/permissions: id-token: write/)
    expect(backup.started).toEqual([])
    expect(seen.idTokenRequests).toBe(0)
  })

  it('masks the account ids when asked', async () => {
    const { rt, seen } = fakeRuntime({ ...INPUTS, 'mask-aws-account-id': 'true' }, fakeBackup().api)
    await run(rt)
    expect(seen.masked).toContain('123456789012')
    expect(seen.secrets).toEqual([])
  })

  it('still sets the outputs when a status check fails after the start, with a warning', async () => {
    const backup = fakeBackup({
      status: () => {
        throw Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' })
      }
    })
    const { rt, seen } = fakeRuntime(INPUTS, backup.api)
    await run(rt)
    expect(seen.failed).toBeUndefined()
    expect(seen.outputs['backup-job-id']).toBe('job-1')
    expect(seen.outputs.state).toBe('')
    expect(seen.warnings).toEqual([
      `Started job job-1, but DescribeBackupJob for "${DB}" failed: ThrottlingException: Rate exceeded; AWS Backup accepted no DescribeBackupJob in us-east-1 for 60 s, so the step stopped retrying; the request-rate quota is per account and region, shared with every other caller there: run the step again when fewer calls compete, or ask AWS for a higher quota (Service Quotas).`
    ])
  })

  it('when cancelled before the start, starts nothing, says so and fails', async () => {
    const controller = new AbortController()
    controller.abort('SIGTERM')
    const backup = fakeBackup()
    const { rt, seen } = fakeRuntime(INPUTS, backup.api, {}, controller.signal)
    await run(rt)
    expect(backup.started).toEqual([])
    expect(seen.log).toContain('The run was cancelled before any backup job was started.')
    expect(seen.failed).toBe(`No backup job was started for "${DB}": the run was cancelled before the request was sent.`)
  })

  it('with mask-aws-account-id, masks the account id before a bad input can show it', async () => {
    const { rt, seen } = fakeRuntime({ ...INPUTS, 'resource-arn': `${DB}\n${DB}`, 'mask-aws-account-id': 'true' }, fakeBackup().api)
    const order: string[] = []
    const { mask, setFailed } = rt
    rt.mask = (value) => (order.push('masked'), mask(value))
    rt.setFailed = (message) => (order.push('failed'), setFailed(message))
    await run(rt)
    expect(seen.failed).toContain('123456789012')
    expect(seen.masked).toEqual(['123456789012'])
    expect(order).toEqual(['masked', 'failed'])
  })
})
