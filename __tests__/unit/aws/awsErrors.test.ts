import { describe, expect, it } from '@jest/globals'
import { describeAwsError } from '../../../src/aws/awsErrors.js'
import { markNeverSent } from '../../../src/aws/networkErrors.js'

const CALL = {
  operation: 'StartBackupJob',
  resourceArn: 'arn:aws:rds:us-east-1:123456789012:db:orders',
  backupVaultName: 'Default',
  region: 'us-east-1',
  iamRoleArn: 'arn:aws:iam::123456789012:role/backup',
  idempotencyToken: 'tok-1'
}
const awsError = (name: string, message: string) => Object.assign(new Error(message), { name })
/** As the start marks an error when none of its attempts reached AWS Backup. */
const neverSent = <E extends Error>(error: E): E => (markNeverSent(error), error)

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
        awsError('TimeoutError', '@smithy/node-http-handler - [ERROR] a request has exceeded the configured 10000 ms requestTimeout.'),
        { $metadata: { attempts: 3 } }
      ),
      /failed: AWS Backup in us-east-1 did not answer within 10 s \(3 attempts\), so the job may have started anyway: look for idempotency token tok-1 in AWS Backup; check the runner's network/
    ],
    [
      'a lost answer to a start (the SDK names a reset connection TimeoutError)',
      Object.assign(awsError('TimeoutError', 'socket hang up'), { code: 'ECONNRESET' }),
      /failed: socket hang up; the connection to AWS Backup in us-east-1 was cut before it answered \(1 attempt\), so the job may have started anyway: look for idempotency token tok-1 in AWS Backup;/
    ],
    [
      'a refused connection on every attempt',
      neverSent(Object.assign(awsError('Error', 'connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED', $metadata: { attempts: 2 } })),
      /failed: connect ECONNREFUSED 127\.0\.0\.1:1; AWS Backup in us-east-1 could not be reached \(2 attempts\): no request reached it, so no job was started; check/
    ],
    [
      'a refused connection after an attempt that was sent',
      Object.assign(awsError('Error', 'connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED', $metadata: { attempts: 2 } }),
      /could not be reached \(2 attempts; an earlier attempt did reach it\), so the job may have started anyway: look for idempotency token tok-1/
    ],
    [
      'no connection within the connection timeout',
      neverSent(
        awsError(
          'TimeoutError',
          '@smithy/node-http-handler - the request socket did not establish a connection with the server within the configured timeout of 5000 ms.'
        )
      ),
      /failed: the request socket did not establish a connection .*; AWS Backup in us-east-1 could not be reached \(1 attempt\): no request reached it, so no job was started/
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
