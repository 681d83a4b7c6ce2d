import { describe, expect, it } from '@jest/globals'
import { jobReport, stepOutputs } from '../../src/jobReport.js'
import type { JobRequest } from '../../src/settings.js'

const request = (n: number): JobRequest => ({
  resourceArn: `arn:aws:rds:us-east-1:123456789012:db:db${n}`,
  partition: 'aws',
  region: 'us-east-1',
  idempotencyToken: `run-1-${n}`
})
const started = (n: number) => ({
  ...request(n),
  backupVaultName: 'Default',
  backupJobId: `job-${n}`,
  creationDate: new Date('2026-11-29T10:00:00.123Z'),
  isParent: false
})

describe('stepOutputs', () => {
  it('fills every output for one started job, empty where not known yet', () => {
    const outputs = stepOutputs([jobReport({ outcome: { request: request(1), job: started(1) }, status: { state: 'CREATED' } }, 'Default')])
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
      jobReport(
        { outcome: { request: request(1), job: started(1) }, status: { state: 'RUNNING', recoveryPointArn: 'arn:rp1' } },
        'Default'
      ),
      jobReport({ outcome: { request: request(2), error: 'StartBackupJob for db2 failed.' } }, 'Default'),
      jobReport({ outcome: { request: request(3), job: started(3) }, status: { state: 'COMPLETED', backupSizeInBytes: 42 } }, 'Default')
    ])
    expect(outputs['backup-job-id']).toBe('job-1\n\njob-3')
    expect(outputs['recovery-point-arn']).toBe('arn:rp1\n\n')
    expect(outputs.state).toBe('RUNNING\n\nCOMPLETED')
    expect(outputs['status-message']).toBe('\nStartBackupJob for db2 failed.\n')
    expect(outputs['backup-size-bytes']).toBe('\n\n42')
  })

  it('keeps a status message on one line in single outputs but exact in backup-jobs', () => {
    const message = 'line one\nline two\r\n::error::injected'
    const outputs = stepOutputs([
      jobReport({ outcome: { request: request(1), job: started(1) }, status: { statusMessage: message } }, 'Default')
    ])
    expect(outputs['status-message']).toBe('line one line two ::error::injected')
    expect(JSON.parse(outputs['backup-jobs'] as string)[0].statusMessage).toBe(message)
  })

  it('prefers the recovery point from DescribeBackupJob, else the one StartBackupJob gave', () => {
    const fromStart = jobReport(
      { outcome: { request: request(1), job: { ...started(1), recoveryPointArn: 'arn:start' } }, status: {} },
      'Default'
    )
    const fromDescribe = jobReport(
      { outcome: { request: request(1), job: started(1) }, status: { recoveryPointArn: 'arn:describe' } },
      'Default'
    )
    expect([fromStart.recoveryPointArn, fromDescribe.recoveryPointArn]).toEqual(['arn:start', 'arn:describe'])
  })
})
