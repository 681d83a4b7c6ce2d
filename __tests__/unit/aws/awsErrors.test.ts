import { describe, expect, it } from '@jest/globals'
import { describeAwsError } from '../../../src/aws/awsErrors.js'

const CALL = {
  operation: 'StartBackupJob',
  resourceArn: 'arn:aws:rds:us-east-1:123456789012:db:orders',
  backupVaultName: 'Default',
  region: 'us-east-1',
  iamRoleArn: 'arn:aws:iam::123456789012:role/backup',
  idempotencyToken: 'tok-1'
}
const awsError = (name: string, message: string) => Object.assign(new Error(message), { name })

describe('describeAwsError', () => {
  it.each([
    [
      'a missing vault',
      awsError('ResourceNotFoundException', 'Backup vault Default not found.'),
      /; check that the backup vault "Default" exists in us-east-1/
    ],
    [
      'a role that cannot be passed',
      awsError(
        'AccessDeniedException',
        'User: arn:aws:sts::123456789012:assumed-role/gha/x is not authorized to perform: iam:PassRole on resource: backup'
      ),
      /; allow iam:PassRole on "arn:aws:iam::123456789012:role\/backup" to the credentials this step uses/
    ],
    [
      'a missing permission',
      awsError('AccessDeniedException', 'not authorized to perform: backup:StartBackupJob'),
      /; allow backup:StartBackupJob to the credentials this step uses, in us-east-1\.$/
    ],
    [
      'throttling that outlasted the pacing (AWS accepted no other start for a minute)',
      awsError('ThrottlingException', 'Rate exceeded'),
      /failed: ThrottlingException: Rate exceeded; AWS Backup accepted no StartBackupJob in us-east-1 for 60 s, so the step stopped retrying; the request-rate quota is per account and region, shared with every other caller there: run the step again when fewer calls compete, or ask AWS for a higher quota \(Service Quotas\)\.$/
    ],
    [
      'a service still unavailable after every attempt',
      awsError('ServiceUnavailableException', 'Try again.'),
      /; AWS Backup was still unavailable after retry-max-attempts attempts; run the step again later or raise retry-max-attempts\.$/
    ],
    [
      'a refused value',
      awsError('InvalidParameterValueException', 'Invalid lifecycle.'),
      /failed: InvalidParameterValueException: Invalid lifecycle; AWS Backup refused a value the step sent; fix the input/
    ],
    [
      'an unknown error',
      awsError('SomethingNewException', 'Invalid lifecycle.'),
      /^StartBackupJob for "arn:aws:rds:us-east-1:123456789012:db:orders" failed: SomethingNewException: Invalid lifecycle\.$/
    ],
    [
      'a timeout after every attempt',
      Object.assign(
        awsError('TimeoutError', '@smithy/node-http-handler - [ERROR] a request has exceeded the configured 30000 ms requestTimeout.'),
        { $metadata: { attempts: 3 } }
      ),
      /failed: TimeoutError: a request has exceeded the configured 30000 ms requestTimeout; AWS Backup in us-east-1 could not be reached \(3 attempts, each with 5 s to connect and 30 s to answer\).*; check the runner's network/
    ],
    [
      'a lost answer to a start',
      Object.assign(awsError('Error', 'socket hang up'), { code: 'ECONNRESET' }),
      /failed: socket hang up; AWS Backup in us-east-1 could not be reached \(each attempt with .*\), so the job may have started anyway \(look for idempotency token tok-1 in AWS Backup\)/
    ]
  ])('names the resource and says what to do for %s', (_, error, expected) => {
    const message = describeAwsError(error, CALL)
    expect(message).toMatch(/^StartBackupJob for "arn:aws:rds:us-east-1:123456789012:db:orders" failed: /)
    expect(message).toMatch(expected)
  })

  it('names the region for a call about several jobs at once', () => {
    const { resourceArn: _, ...call } = CALL
    expect(
      describeAwsError(awsError('AccessDeniedException', 'not authorized to perform: backup:ListBackupJobs'), {
        ...call,
        operation: 'ListBackupJobs'
      })
    ).toBe(
      'ListBackupJobs in us-east-1 failed: AccessDeniedException: not authorized to perform: backup:ListBackupJobs; allow backup:ListBackupJobs to the credentials this step uses, in us-east-1.'
    )
  })

  it('keeps a multi-line service message on one line', () => {
    expect(describeAwsError(awsError('X', 'a\nb'), CALL)).toBe(
      'StartBackupJob for "arn:aws:rds:us-east-1:123456789012:db:orders" failed: X: a b.'
    )
  })
})
