/** Choosing and completing the timeline a new job follows. */
import { matchesPattern } from './http.js'
import type { ChildTimeline, JobTimeline, StartBackupJobBody, TerminalJobState, TimelineOption } from './types.js'

export interface ResolvedTimeline {
  readonly pendingAfterMs: number
  readonly runningAfterMs: number
  readonly endAfterMs: number
  readonly endState: TerminalJobState
  readonly statusMessage?: string
  readonly runningStatusMessage?: string
  readonly messageCategory?: string
  readonly backupSizeInBytes: number
  readonly abortingMs: number
}

export interface ResolvedChild {
  readonly resourceArn: string
  readonly timeline: ResolvedTimeline
}

export interface TimelinePlan {
  readonly timeline: ResolvedTimeline
  /** Undefined for an ordinary job; a parent job has at least one child. */
  readonly children?: readonly ResolvedChild[]
}

/** Fast enough that a test watching a job to its end waits well under a second. */
export const DEFAULT_TIMELINE: Required<Omit<JobTimeline, 'children' | 'statusMessage' | 'runningStatusMessage' | 'messageCategory'>> = {
  pendingAfterMs: 10,
  runningAfterMs: 30,
  endAfterMs: 150,
  endState: 'COMPLETED',
  backupSizeInBytes: 1024 * 1024 * 1024,
  abortingMs: 20
}

/** Built-in defaults, then the option's default, then what matched the resource. */
export function planTimeline(option: TimelineOption | undefined, resourceArn: string, body: StartBackupJobBody): TimelinePlan {
  const chosen = choose(option, resourceArn, body)
  const timeline = complete(chosen.base, chosen.specific)
  const children = chosen.specific.children ?? chosen.base.children
  if (children === undefined || children === 0 || (Array.isArray(children) && children.length === 0)) return { timeline }
  const list: readonly ChildTimeline[] = typeof children === 'number' ? Array.from({ length: children }, () => ({})) : children
  return {
    timeline,
    children: list.map((child, i) => ({
      resourceArn: child.resourceArn ?? `${resourceArn}/child-${i + 1}`,
      timeline: complete(withoutChildren(chosen.base), { ...withoutChildren(chosen.specific), ...child })
    }))
  }
}

function choose(
  option: TimelineOption | undefined,
  resourceArn: string,
  body: StartBackupJobBody
): { base: JobTimeline; specific: JobTimeline } {
  if (option === undefined) return { base: {}, specific: {} }
  if (typeof option === 'function') return { base: {}, specific: option(resourceArn, body) ?? {} }
  if ('rules' in option || 'default' in option) {
    const base = option.default ?? {}
    const rule = option.rules?.find((r) => (typeof r.match === 'function' ? r.match(resourceArn) : matchesPattern(r.match, resourceArn)))
    return { base, specific: rule?.timeline ?? {} }
  }
  return { base: {}, specific: option as JobTimeline }
}

function withoutChildren(t: JobTimeline): Omit<JobTimeline, 'children'> {
  const { children: _children, ...rest } = t
  return rest
}

function complete(base: JobTimeline, specific: Omit<JobTimeline, 'children'>): ResolvedTimeline {
  const t = { ...DEFAULT_TIMELINE, ...defined(base), ...defined(specific) }
  // Phases never run backwards, whatever combination of partial timelines was merged.
  const pendingAfterMs = Math.max(0, t.pendingAfterMs)
  const runningAfterMs = Math.max(pendingAfterMs, t.runningAfterMs)
  const endAfterMs = Math.max(runningAfterMs, t.endAfterMs)
  return {
    pendingAfterMs,
    runningAfterMs,
    endAfterMs,
    endState: t.endState,
    backupSizeInBytes: Math.max(0, Math.floor(t.backupSizeInBytes)),
    abortingMs: Math.max(0, t.abortingMs),
    ...(t.statusMessage !== undefined ? { statusMessage: t.statusMessage } : {}),
    ...(t.runningStatusMessage !== undefined ? { runningStatusMessage: t.runningStatusMessage } : {}),
    ...(t.messageCategory !== undefined ? { messageCategory: t.messageCategory } : {})
  }
}

/** `{ endState: undefined }` must not erase a default. */
function defined<T extends object>(t: T): Partial<T> {
  return Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined)) as Partial<T>
}
