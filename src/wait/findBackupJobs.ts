import type { BackupApi } from '../aws/backupApi.js'
import { describeAwsError } from '../aws/awsErrors.js'
import { CredentialsError, isMissingCredentials } from '../aws/credentials.js'
import type { JobToWaitFor } from '../inputs/waitStepSettings.js'
import type { JobRecord, JobRequest } from '../shared/job.js'
import { oneLine } from '../shared/escape.js'
import { mapConcurrently, WAIT_CONCURRENCY } from '../shared/concurrency.js'

/** The jobs as the step knows them before any call: a job given by its id alone has no resource yet. */
export function initialRecords(jobs: readonly JobToWaitFor[]): JobRecord[] {
  return jobs.map(({ backupJobId, region, request, status }) => ({ request: request ?? unknownRequest(region), backupJobId, status }))
}

function unknownRequest(region: string): JobRequest {
  return { resourceArn: '', partition: 'aws', region, backupVaultName: '', idempotencyToken: '' }
}

/**
 * The wait step's jobs as records: a job given with the start step's facts as it is; one given by its id alone
 * looked up with DescribeBackupJob, so its resource and vault are known. A job that cannot be found fails here.
 */
export function findBackupJobs(jobs: readonly JobToWaitFor[], api: BackupApi): Promise<JobRecord[]> {
  return mapConcurrently(jobs, WAIT_CONCURRENCY, async ({ backupJobId, region, request, status }): Promise<JobRecord> => {
    if (request) return { request, backupJobId, status }
    try {
      const found = await api.lookUp(backupJobId, region)
      const partition = /^arn:([^:]+):/.exec(found.resourceArn)?.[1] ?? 'aws'
      const { resourceArn, backupVaultName } = found
      return { request: { resourceArn, partition, region, backupVaultName, idempotencyToken: '' }, backupJobId, status: found.status }
    } catch (error) {
      // No credentials at all: the same for every job, so the step reports it once.
      if (error instanceof CredentialsError || isMissingCredentials(error)) throw error
      const message = describeAwsError(error, {
        operation: 'DescribeBackupJob',
        resourceArn: '',
        subject: `backup job ${oneLine(backupJobId)}`,
        backupVaultName: '',
        region
      })
      return {
        request: unknownRequest(region),
        backupJobId,
        verdict: { verdict: 'failure', message }
      }
    }
  })
}
