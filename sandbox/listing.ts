/**
 * What ListBackupJobs and ListCopyJobs share: maxResults, nextToken, the date filters (the SDK sends query
 * timestamps as ISO 8601 date-times), eventual consistency (listLagMs) and paging, newest first.
 */

export interface ListQuery {
  readonly max: number
  /** Only items with a lower sequence number: where the previous page stopped. */
  readonly beforeSeq: number
  readonly createdBefore?: number
  readonly createdAfter?: number
  readonly completeBefore?: number
  readonly completeAfter?: number
}

/** AWS documents 1–1000 and no default; the sandbox gives up to 1000 (UNVERIFIED). */
const MAX_RESULTS = 1000

/** Reads the shared parameters; an error message means InvalidParameterValueException. */
export function parseListQuery(
  q: Readonly<Record<string, string>>,
  states: readonly string[],
  tokenPrefix: string
): { ok: true; value: ListQuery } | { ok: false; message: string } {
  let max = MAX_RESULTS
  if (q['maxResults'] !== undefined) {
    max = Number(q['maxResults'])
    if (!Number.isInteger(max) || max < 1 || max > MAX_RESULTS) {
      return { ok: false, message: `maxResults must be between 1 and ${MAX_RESULTS}; got ${q['maxResults']}.` }
    }
  }
  if (q['state'] !== undefined && !states.includes(q['state'])) return { ok: false, message: `Invalid state: ${q['state']}.` }
  const dates: Record<string, number> = {}
  for (const name of ['createdBefore', 'createdAfter', 'completeBefore', 'completeAfter']) {
    const raw = q[name]
    if (raw === undefined) continue
    const t = Date.parse(raw)
    if (Number.isNaN(t)) return { ok: false, message: `Invalid ${name}: ${raw}.` }
    dates[name] = t
  }
  let beforeSeq = Infinity
  if (q['nextToken'] !== undefined) {
    const text = Buffer.from(q['nextToken'], 'base64url').toString('utf8')
    const seq = text.startsWith(tokenPrefix) ? Number(text.slice(tokenPrefix.length)) : NaN
    if (!Number.isInteger(seq) || seq < 1) return { ok: false, message: 'Invalid NextToken.' }
    beforeSeq = seq
  }
  return { ok: true, value: { max, beforeSeq, ...dates } }
}

/** The date filters: created strictly before/after, completed strictly before/after (unfinished items never match the latter). */
export function inDates(query: ListQuery, createdAt: number, completedAt: number | undefined): boolean {
  return (
    (query.createdBefore === undefined || createdAt < query.createdBefore) &&
    (query.createdAfter === undefined || createdAt > query.createdAfter) &&
    (query.completeBefore === undefined || (completedAt !== undefined && completedAt < query.completeBefore)) &&
    (query.completeAfter === undefined || (completedAt !== undefined && completedAt > query.completeAfter))
  )
}

/** Eventually consistent lists: an item shows `lagMs` after its creation (0: at once). */
export function listed(createdAt: number, lagMs: number, now: number): boolean {
  return now - createdAt >= lagMs
}

/** One page of items (already filtered) newest first; the token remembers where it stopped, so new items do not shift later pages. */
export function pageOf<T>(
  items: readonly T[],
  seqOf: (item: T) => number,
  query: ListQuery,
  tokenPrefix: string
): { items: T[]; nextToken?: string } {
  const sorted = items.filter((i) => seqOf(i) < query.beforeSeq).sort((a, b) => seqOf(b) - seqOf(a))
  const page = sorted.slice(0, query.max)
  const last = page[page.length - 1]
  if (sorted.length <= query.max || last === undefined) return { items: page }
  return { items: page, nextToken: Buffer.from(`${tokenPrefix}${seqOf(last)}`).toString('base64url') }
}
