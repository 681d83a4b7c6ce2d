/**
 * Fallback peak-RSS probe, used only when /usr/bin/time is missing: preloaded with `node --import`, it prints the
 * process's own maxRSS (KiB) to stderr as it exits, so the figure is the measured process's and not a wrapper's.
 */
process.on('exit', () => {
  process.stderr.write(`\nmaxrss=${process.resourceUsage().maxRSS}\n`)
})
export {}
