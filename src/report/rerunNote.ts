/**
 * What re-running a failed attempt would do to the resources that already have a backup job from it, for the
 * step's error: by default the idempotency tokens change with the run attempt, so a re-run backs them up again.
 */
import { failuresOf, type JobRecord } from '../shared/job.js'

// How long AWS Backup honours an idempotency token: AWS's StartBackupJob reference said "one hour" (2019–2020 API
// docs); today's reference gives no time, so the note says "about".
const TOKEN_LIFETIME = 'about an hour'

/** The sentence to add to the step's error, or undefined when a re-run would repeat no job. */
export function rerunNote(records: readonly JobRecord[]): string | undefined {
  const withJob = records.filter((record) => record.backupJobId !== undefined)
  if (withJob.length === 0) return undefined
  if (withJob.every((record) => record.request.tokenFromInput === true)) {
    return `Re-running this attempt sends the same idempotency tokens (idempotency-token is set), so for ${TOKEN_LIFETIME} AWS Backup answers with the jobs it already made for them, failed or not, and starts jobs only for the resources that have none.`
  }
  // A job that failed is one a re-run is meant to repeat.
  const good = withJob.filter((record) => failuresOf(record).length === 0).length
  if (good === 0) return undefined
  const them = good === 1 ? '1 resource whose backup job did not fail' : `${good} resources whose backup jobs did not fail`
  return `Re-running this attempt starts a second backup of the ${them}, since the default idempotency tokens change with the run attempt; set idempotency-token from github.run_id (see the README's Idempotency section) so that a re-run returns the jobs already made.`
}
