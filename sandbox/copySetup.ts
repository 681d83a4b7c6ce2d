/** Builds the sandbox's copy jobs from its options, and the accessors a test uses to look at them. */
import { CopyStore, toCopySnapshot } from './copyJobs.js'
import { CopyService } from './copyService.js'
import type { CopyJobFilter, CopyJobSnapshot, CopyTimelineOption } from './copyTypes.js'
import type { JobStore } from './jobs.js'
import type { SandboxOptions } from './types.js'

/** What a Sandbox offers about copy jobs. */
export interface CopyAccessors {
  /** Copy jobs as they are now, oldest first. */
  copyJobs(filter?: CopyJobFilter): CopyJobSnapshot[]
  copyJob(copyJobId: string): CopyJobSnapshot | undefined
  /** Applies to copy jobs started from now on. */
  setCopyTimeline(timeline: CopyTimelineOption | undefined): void
}

export function createCopies(options: SandboxOptions, jobs: JobStore): { service: CopyService; accessors: CopyAccessors } {
  let timeline = options.copyTimeline
  const limit = options.copyConcurrencyPerDestination
  if (limit !== undefined && !(limit >= 1)) throw new Error('copyConcurrencyPerDestination must be at least 1')
  const store = new CopyStore(limit ?? Infinity)
  const service = new CopyService(
    {
      ...(options.vaults !== undefined ? { vaults: options.vaults.map((v) => (typeof v === 'string' ? { name: v } : v)) } : {}),
      ...(options.passableRoles !== undefined ? { passableRoles: options.passableRoles } : {}),
      ...(options.destinationVaults !== undefined ? { destinationVaults: options.destinationVaults } : {}),
      ...(options.crossAccountCopy !== undefined ? { crossAccountCopy: options.crossAccountCopy } : {}),
      ...(options.listLagMs !== undefined ? { listLagMs: options.listLagMs } : {}),
      copyTimeline: () => timeline
    },
    jobs,
    store
  )
  const accessors: CopyAccessors = {
    copyJobs(filter = {}) {
      return store
        .evaluate(Date.now())
        .filter(
          (v) =>
            (filter.resourceArn === undefined || v.job.resourceArn === filter.resourceArn) &&
            (filter.state === undefined || v.state === filter.state) &&
            (filter.region === undefined || v.job.region === filter.region) &&
            (filter.destinationBackupVaultArn === undefined || v.job.destinationBackupVaultArn === filter.destinationBackupVaultArn)
        )
        .map(toCopySnapshot)
    },
    copyJob(id) {
      const view = store.view(id, Date.now())
      return view === undefined ? undefined : toCopySnapshot(view)
    },
    setCopyTimeline(t) {
      timeline = t
    }
  }
  return { service, accessors }
}
