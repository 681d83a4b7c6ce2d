/** How an error reads in a message for the user: its name, its message on one line, no trailing period. */
import { oneLine } from './escape.js'

export function errorName(error: unknown): string {
  return error instanceof Error ? error.name : ''
}

/** An error's message on one line, safe for the log: it often quotes what a service said. */
export function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error)
  return oneLine(text.replace(/\s+/g, ' ').trim())
}

/** So a sentence can go on after a quoted message without ending in ".;" or ".". */
export function withoutTrailingPeriod(text: string): string {
  return text.replace(/[.\s]+$/, '')
}
