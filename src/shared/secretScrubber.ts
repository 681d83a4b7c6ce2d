/**
 * Every secret the step knows, and what the step writes with each of them replaced by ***. ::add-mask:: hides a
 * secret in the log the runner shows, not in the outputs, the step summary or the annotations' text; and a service
 * that echoes a request back (its headers, its body) can put a secret into any message. So everything the step
 * writes passes through scrub() at the edge (src/runtime.ts), whatever produced it.
 */
import { markdownCell } from './escape.js'

/** Shorter values are no credentials, and replacing them would garble the text. */
const SHORTEST_SECRET = 4
/**
 * A value shortened for a message (quote, messageOf) may end in the middle of a secret, where "…" or the end of the
 * text follows: a run of this many of its first characters or more is then replaced too, so fewer can remain.
 */
const SHORTEST_PREFIX = 8
const CUT = /^(…|$)/

export const REDACTED = '***'

export interface SecretScrubber {
  add(secret: string): void
  /** The text with every known secret, as it is or escaped as the step escapes values, replaced by ***. */
  scrub(text: string): string
}

export function secretScrubber(): SecretScrubber {
  // Each secret as it may appear: raw, in a JSON string, in a markdown cell, in a URL.
  const forms = new Set<string>()
  let longestFirst: string[] = []
  return {
    add(secret) {
      if (secret.length < SHORTEST_SECRET) return
      const before = forms.size
      for (const form of [secret, JSON.stringify(secret).slice(1, -1), markdownCell(secret), encodeURIComponent(secret)]) forms.add(form)
      if (forms.size !== before) longestFirst = [...forms].sort((a, b) => b.length - a.length)
    },
    scrub(text) {
      let scrubbed = text
      for (const form of longestFirst) scrubbed = withoutForm(scrubbed, form)
      return scrubbed
    }
  }
}

/** The text with the form, and every run of at least SHORTEST_PREFIX of its first characters, replaced. */
function withoutForm(text: string, form: string): string {
  const head = form.slice(0, SHORTEST_PREFIX)
  let out = ''
  let from = 0
  let at = text.indexOf(head)
  // A form no longer than the prefix is found only whole.
  while (at >= 0) {
    let length = head.length
    while (length < form.length && text[at + length] === form[length]) length++
    if (length === form.length || CUT.test(text.slice(at + length, at + length + 1))) {
      out += text.slice(from, at) + REDACTED
      from = at + length
      at = text.indexOf(head, from)
    } else {
      at = text.indexOf(head, at + 1)
    }
  }
  return out + text.slice(from)
}
