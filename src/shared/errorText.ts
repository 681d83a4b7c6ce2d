/** How an error reads in a message for the user: its name, its message on one line, no trailing period. */
import { oneLine } from './escape.js'

/** The error's name, on one line: the SDK takes it from the code in AWS's answer. */
export function errorName(error: unknown): string {
  return error instanceof Error ? oneLine(error.name) : ''
}

/** "ThrottlingException: " to put before a message; nothing for a plain Error, whose name says nothing. */
export function namePrefix(error: unknown): string {
  const name = errorName(error)
  return name && name !== 'Error' ? `${name}: ` : ''
}

/** The number of attempts the SDK made for a call that failed, when it says. */
export function sdkAttempts(error: unknown): number | undefined {
  const attempts = (error as { $metadata?: { attempts?: unknown } } | undefined)?.$metadata?.attempts
  return typeof attempts === 'number' ? attempts : undefined
}

// A service may answer with a message of any length (an HTML page, an echo of the request): a sentence holds this much.
const MAX_MESSAGE_LENGTH = 2_000

/** An error's message on one line, safe for the log: it often quotes what a service said. */
export function messageOf(error: unknown): string {
  const text = oneLine((error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim())
  return text.length > MAX_MESSAGE_LENGTH ? `${text.slice(0, MAX_MESSAGE_LENGTH)}…` : text
}

/** So a sentence can go on after a quoted message without ending in ".;" or ".". */
export function withoutTrailingPeriod(text: string): string {
  return text.replace(/[.\s]+$/, '')
}
