/** Durations and sizes as people read them, the way the AWS console shows them. */

/** "45s", "3m 05s", "2h 03m 05s". */
export function formatDuration(ms: number): string {
  const total = Number.isFinite(ms) ? Math.max(0, Math.floor(ms / 1000)) : 0
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const pad = (n: number): string => String(n).padStart(2, '0')
  if (hours > 0) return `${hours}h ${pad(minutes)}m ${pad(seconds)}s`
  if (minutes > 0) return `${minutes}m ${pad(seconds)}s`
  return `${seconds}s`
}

/** "512 B", "1.2 GiB" (binary units: 1 GiB = 1024³ bytes). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1024) return `${Number.isFinite(bytes) ? Math.max(0, Math.round(bytes)) : 0} B`
  const units = ['KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB']
  let value = bytes / 1024
  let unit = 0
  // Promote on the rounded value, so 1023.96 KiB shows as 1.0 MiB rather than 1024.0 KiB.
  while (Number(value.toFixed(1)) >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1)} ${units[unit] ?? 'EiB'}`
}

/** How long a job ran, from its creation to its end (or to now while it runs); empty when its creation is not known. */
export function jobDuration(created: Date | undefined, completed: Date | undefined, now: Date): string {
  if (!created || Number.isNaN(created.getTime())) return ''
  return formatDuration((completed ?? now).getTime() - created.getTime())
}
