import { describe, expect, it } from '@jest/globals'
import { jobReport, stepOutputs } from '../../../src/report/jobReport.js'
import { MAX_OUTPUT_VALUE, cutValueLines } from '../../../src/report/outputBounds.js'
import { laterStatus, type JobRecord, type JobRequest, type JobStatus } from '../../../src/shared/job.js'

const request = (n: number): JobRequest => ({
  resourceArn: `arn:aws:rds:us-east-1:123456789012:db:db${n}`,
  partition: 'aws',
  region: 'us-east-1',
  backupVaultName: 'Default',
  idempotencyToken: `run-1-${n}`
})
/** A started job whose StartBackupJob answer was followed by `status`. */
const started = (n: number, status: JobStatus): JobRecord => ({
  request: request(n),
  backupJobId: `job-${n}`,
  status: laterStatus({ creationDate: new Date('2026-11-29T10:00:00.123Z'), isParent: false }, status)
})

describe('stepOutputs', () => {
  it('fills every output for one started job, empty where not known yet', () => {
    const outputs = stepOutputs([jobReport(started(1, { state: 'CREATED' }))])
    expect(outputs).toEqual({
      'backup-job-id': 'job-1',
      'recovery-point-arn': '',
      'creation-date': '2026-11-29T10:00:00.123Z',
      'is-parent': 'false',
      'idempotency-token': 'run-1-1',
      state: 'CREATED',
      'status-message': '',
      'completion-date': '',
      'backup-size-bytes': '',
      'backup-jobs': expect.any(String)
    })
    expect(JSON.parse(outputs['backup-jobs'] as string)).toEqual([
      {
        resourceArn: 'arn:aws:rds:us-east-1:123456789012:db:db1',
        backupVaultName: 'Default',
        region: 'us-east-1',
        partition: 'aws',
        replayed: false,
        backupJobId: 'job-1',
        recoveryPointArn: null,
        creationDate: '2026-11-29T10:00:00.123Z',
        isParent: false,
        idempotencyToken: 'run-1-1',
        state: 'CREATED',
        statusMessage: null,
        percentDone: null,
        completionDate: null,
        backupSizeInBytes: null
      }
    ])
  })

  it('lists one value per line in the order of resource-arn, a failed start included', () => {
    const outputs = stepOutputs([
      jobReport(started(1, { state: 'RUNNING', recoveryPointArn: 'arn:rp1' })),
      jobReport({ request: request(2), startError: 'StartBackupJob for db2 failed.' }),
      jobReport(started(3, { state: 'COMPLETED', backupSizeInBytes: 42 }))
    ])
    expect(outputs['backup-job-id']).toBe('job-1\n\njob-3')
    expect(outputs['recovery-point-arn']).toBe('arn:rp1\n\n')
    expect(outputs.state).toBe('RUNNING\n\nCOMPLETED')
    expect(outputs['status-message']).toBe('\nStartBackupJob for db2 failed.\n')
    expect(outputs['backup-size-bytes']).toBe('\n\n42')
  })

  it('keeps a status message on one line in single outputs but exact in backup-jobs', () => {
    const message = 'line one\nline two\r\n::error::injected'
    const outputs = stepOutputs([jobReport(started(1, { statusMessage: message }))])
    expect(outputs['status-message']).toBe('line one line two ::error::injected')
    expect(JSON.parse(outputs['backup-jobs'] as string)[0].statusMessage).toBe(message)
  })

  it('keeps the recovery point StartBackupJob gave when a later answer lacks it, and takes a later one', () => {
    const start: JobStatus = { recoveryPointArn: 'arn:start', isParent: false }
    const fromStart = jobReport({ request: request(1), backupJobId: 'job-1', status: laterStatus(start, { state: 'RUNNING' }) })
    const fromDescribe = jobReport({
      request: request(1),
      backupJobId: 'job-1',
      status: laterStatus(start, { recoveryPointArn: 'arn:describe' })
    })
    expect([fromStart.recoveryPointArn, fromDescribe.recoveryPointArn]).toEqual(['arn:start', 'arn:describe'])
    expect(fromStart.state).toBe('RUNNING')
  })
})

describe('bounded outputs', () => {
  it.each([
    ['a status message of 1 MB', 'x'.repeat(1024 * 1024), /^x{2048}… \[cut: 1,048,576 characters in all\]$/],
    ['one of exactly the bound', 'y'.repeat(MAX_OUTPUT_VALUE), /^y{2048}$/],
    [
      'one that would be cut inside a surrogate pair',
      `${'z'.repeat(MAX_OUTPUT_VALUE - 1)}😀tail`,
      /^z{2047}… \[cut: 2,053 characters in all\]$/
    ]
  ])('%s: both outputs hold the same bounded value, and the log says what was cut', (_, statusMessage, expected) => {
    const reports = [jobReport(started(1, { state: 'FAILED', statusMessage }))]
    const outputs = stepOutputs(reports)
    expect(outputs['status-message']).toMatch(expected)
    expect(JSON.parse(outputs['backup-jobs'] as string)[0].statusMessage).toBe(outputs['status-message'])
    expect(cutValueLines(reports)).toEqual(
      statusMessage.length > MAX_OUTPUT_VALUE
        ? [
            `The status message of the job for arn:aws:rds:us-east-1:123456789012:db:db1 has ${statusMessage.length.toLocaleString('en-US')} characters; the outputs hold its first 2,048.`
          ]
        : []
    )
  })
})
