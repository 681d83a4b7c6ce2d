/**
 * A timeline of a wait over several jobs, for the step summary: a Mermaid gantt chart, which GitHub renders in job
 * summaries as in other markdown, one bar per job from its creation to its end, the job that held the step up (the
 * last to end) in red; and the same fact in a sentence, for wherever the chart is not drawn. Pure.
 */
import type { JobRecord } from '../shared/job.js'
import { markdownCell } from '../shared/escape.js'
import { formatDuration } from '../shared/readableUnits.js'
import { resourceLabel } from '../shared/resourceLabel.js'

interface Bar {
  readonly label: string
  readonly startMs: number
  readonly endMs: number
}

/** Lines of markdown; none unless the step waited for at least two jobs whose creation is known. */
export function summaryTimeline(records: readonly JobRecord[], now: Date): string[] {
  const bars = records.flatMap((record): Bar[] => {
    const created = record.status?.creationDate?.getTime()
    if (record.verdict === undefined || created === undefined || Number.isNaN(created)) return []
    const ended = record.status?.completionDate?.getTime()
    const endMs = ended === undefined || Number.isNaN(ended) ? now.getTime() : ended
    return [{ label: resourceLabel(record.request.resourceArn), startMs: created, endMs: Math.max(created, endMs) }]
  })
  if (bars.length < 2) return []
  const last = bars.reduce((a, b) => (b.endMs > a.endMs ? b : a))
  const lines = [
    '```mermaid',
    'gantt',
    '  dateFormat x',
    '  axisFormat %H:%M:%S',
    '  section Backup jobs',
    ...bars.map((bar, i) => {
      const tags = bar === last ? 'crit, ' : ''
      return `  ${mermaidText(bar.label)} (${formatDuration(bar.endMs - bar.startMs)}) :${tags}job${i}, ${bar.startMs}, ${bar.endMs}`
    }),
    '```'
  ]
  const held = `The step waited longest for ${markdownCell(last.label)}: ${formatDuration(last.endMs - Math.min(...bars.map((b) => b.startMs)))} from the first job's creation to its end.`
  return ['<details open><summary>Timeline</summary>', '', ...lines, '', held, '', '</details>']
}

/**
 * A task name Mermaid reads as plain text: ":" starts the task's data, "#" and ";" are entities and statement ends,
 * "%%" a comment, and a backtick could end the code fence; none of them may stay.
 */
export function mermaidText(value: string): string {
  return (
    value
      .replace(/[\r\n\u2028\u2029]/g, ' ')
      .replace(/[:;#%`<>{}"]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim() || 'job'
  )
}
