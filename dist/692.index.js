export const id = 692;
export const ids = [692];
export const modules = {

/***/ 2692:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  waitForBackupJobs: () => (/* binding */ waitForBackupJobs)
});

// UNUSED EXPORTS: COPY_START_GRACE_MS

// EXTERNAL MODULE: ./src/inputs/copyInputs.ts
var copyInputs = __webpack_require__(9361);
// EXTERNAL MODULE: ./src/shared/job.ts
var shared_job = __webpack_require__(6322);
// EXTERNAL MODULE: ./src/shared/escape.ts
var shared_escape = __webpack_require__(6242);
// EXTERNAL MODULE: ./src/shared/readableUnits.ts
var readableUnits = __webpack_require__(7346);
;// CONCATENATED MODULE: ./src/wait/engine/schedule.ts
/** Cap of the backoff when nothing says when the job will end: keeps the lag ≤ 30 s at the defaults. */
const NO_ESTIMATE_CAP_SECONDS = 30;
/** Longest sleep while the end is far: bounds how late an unexpected failure mid-job is noticed. */
const FAR_CAP_SECONDS = 300;
// A quarter of the time left: even if the job speeds up 4-fold, the next check comes before its end.
const FRACTION_OF_TIME_LEFT = 0.25;
const BACKOFF_FACTOR = 1.5;
const JITTER = 0.2;
// PercentDone may be rounded down to a whole percent: assume up to one point more is already done.
const PERCENT_QUANTUM = 1;
// How long to keep checking at the interval once the estimated end has passed, before backing off.
const GRACE_INTERVALS = 10;
const GRACE_FRACTION_OF_RUN = 0.1;
/** Takes in the result of one status check (undefined when the check failed) made at nowMs. */
function recordCheck(memory, status, nowMs) {
    if (status === undefined) {
        // A failed check tells nothing new: keep the estimate and back off as if nothing changed.
        return { ...(memory ?? { firstCheckAtMs: nowMs }), unchanged: (memory?.unchanged ?? 0) + 1 };
    }
    const changed = memory?.last === undefined || eventKey(memory.last) !== eventKey(status);
    const percent = parsePercent(status.percentDone);
    const anchor = memory?.anchor ?? (status.state === 'RUNNING' && percent !== undefined ? { atMs: nowMs, percent } : undefined);
    const estimatedEndMs = estimateEnd(status, anchor, percent, nowMs);
    const due = estimatedEndMs !== undefined && estimatedEndMs <= nowMs;
    return {
        firstCheckAtMs: memory?.firstCheckAtMs ?? nowMs,
        last: status,
        unchanged: changed ? 0 : (memory?.unchanged ?? 0) + 1,
        anchor,
        estimatedEndMs,
        dueSinceMs: due ? (memory?.dueSinceMs ?? estimatedEndMs) : undefined
    };
}
/** The delay before the next check of a job, given what was recorded of it. */
function nextDelayMs(memory, nowMs, settings) {
    const interval = pollIntervalMs(settings.pollIntervalSeconds);
    const random = () => clampUnit((settings.random ?? Math.random)());
    let delay;
    if (memory.unchanged === 0) {
        delay = interval;
    }
    else if (memory.estimatedEndMs !== undefined && !pastGrace(memory, nowMs, interval)) {
        const left = memory.estimatedEndMs - nowMs;
        const far = Math.max(interval, FAR_CAP_SECONDS * 1000);
        delay = left > 0 ? clamp(FRACTION_OF_TIME_LEFT * left * (1 - JITTER * random()), interval, far) : interval;
    }
    else {
        const cap = Math.max(interval, NO_ESTIMATE_CAP_SECONDS * 1000);
        const base = Math.min(cap, interval * BACKOFF_FACTOR ** Math.min(memory.unchanged, 50));
        delay = Math.max(interval, base * (1 - JITTER * random()));
    }
    if (settings.deadlineMs !== undefined)
        delay = Math.min(delay, Math.max(0, settings.deadlineMs - nowMs));
    return Math.round(delay);
}
/** The poll interval in ms: the user's value, at least 1 s. */
function pollIntervalMs(pollIntervalSeconds) {
    return Number.isFinite(pollIntervalSeconds) ? Math.max(1, pollIntervalSeconds) * 1000 : 1000;
}
/** PercentDone is a string ("42", "42.0"); undefined when absent or not a number in 0–100. */
function parsePercent(value) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const percent = Number(value);
    return Number.isFinite(percent) && percent >= 0 && percent <= 100 ? percent : undefined;
}
function estimateEnd(status, anchor, percent, nowMs) {
    if (status.state !== 'RUNNING')
        return undefined;
    const ends = [];
    const expected = status.expectedCompletionDate?.getTime();
    if (expected !== undefined && Number.isFinite(expected))
        ends.push(expected);
    // Needs some progress since the anchor: a rate from no movement would be a guess.
    if (anchor && percent !== undefined && percent > anchor.percent && nowMs > anchor.atMs) {
        // The fastest rate the rounded readings allow, and the most work they allow done: an early end.
        const fastestRate = (percent + PERCENT_QUANTUM - anchor.percent) / (nowMs - anchor.atMs);
        ends.push(nowMs + (100 - percent - PERCENT_QUANTUM) / fastestRate);
    }
    // The earlier of the two: trusting the later one risks sleeping past the end.
    return ends.length > 0 ? Math.min(...ends) : undefined;
}
function pastGrace(memory, nowMs, interval) {
    if (memory.dueSinceMs === undefined)
        return false;
    const run = Math.max(0, memory.dueSinceMs - (memory.anchor?.atMs ?? memory.firstCheckAtMs));
    return nowMs - memory.dueSinceMs > Math.max(GRACE_INTERVALS * interval, GRACE_FRACTION_OF_RUN * run);
}
/** What counts as "something changed" for the backoff; progress counters do not, the estimate covers them. */
function eventKey(status) {
    const children = Object.entries(status.childJobsInState ?? {})
        .filter(([, count]) => count > 0)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return JSON.stringify([status.state, status.statusMessage, children]);
}
function clamp(value, low, high) {
    return Math.min(high, Math.max(low, value));
}
function clampUnit(value) {
    return Number.isFinite(value) ? clamp(value, 0, 1) : 0;
}

;// CONCATENATED MODULE: ./src/wait/engine/progress.ts
/**
 * The log lines printed while waiting. Pure: the loop decides when to print them.
 * A line is printed only when something a user would care about changed, so a long job's log
 * stays short; a job whose kind notes something about its status (say, why it has not started)
 * gets that note repeated now and then while it holds.
 */




/** How often to repeat a line with a note while the note holds. */
const NOTE_REMINDER_MS = 5 * 60_000;
/** The line to print for this check, or undefined when nothing worth a line changed. */
function progressLine(update) {
    const { previous, next, note, previousNote, elapsedMs, lastLineElapsedMs } = update;
    const facts = describeStatus(next);
    const changed = previous === undefined || describeStatus(previous) !== facts || note !== previousNote;
    const remind = note !== undefined && (lastLineElapsedMs === undefined || elapsedMs - lastLineElapsedMs >= NOTE_REMINDER_MS);
    if (!changed && !remind)
        return undefined;
    const explanation = note === undefined ? '' : `, ${note}`;
    // The whole line through oneLine: the facts hold AWS's state and numbers unquoted.
    return (0,shared_escape/* oneLine */.TN)(`${update.label}: ${facts}${explanation} [${(0,readableUnits/* formatDuration */.a3)(elapsedMs)}]`);
}
/** The facts of a status in one line: "RUNNING, 42% done, 1.2 GiB transferred, child jobs: 1 RUNNING — "message"". */
function describeStatus(status) {
    const parts = [status.state ? (0,shared_escape/* oneLine */.TN)(status.state) : 'state unknown'];
    const percent = formatPercent(status.percentDone);
    if (percent !== undefined)
        parts.push(`${percent} done`);
    if (status.bytesTransferred !== undefined && status.bytesTransferred > 0)
        parts.push(`${(0,readableUnits/* formatBytes */.z3)(status.bytesTransferred)} transferred`);
    const children = formatChildCounts(status.childJobsInState);
    if (children)
        parts.push(`child jobs: ${children}`);
    const message = status.statusMessage ? ` — ${(0,shared_escape/* quote */.hD)(status.statusMessage, 200)}` : '';
    return `${parts.join(', ')}${message}`;
}
/** "42%", "42.5%" from PercentDone ("42.0", "42.54"); undefined when it is not a percentage. */
function formatPercent(percentDone) {
    const percent = parsePercent(percentDone);
    return percent === undefined ? undefined : `${Number(percent.toFixed(1))}%`;
}
/** "3 RUNNING, 1 COMPLETED": the non-zero counts, in the order a job goes through its states. */
function formatChildCounts(counts) {
    const rank = (state) => {
        const index = shared_job/* JOB_STATES */.RH.indexOf(state);
        return index === -1 ? shared_job/* JOB_STATES */.RH.length : index;
    };
    return Object.entries(counts ?? {})
        .filter(([, count]) => Number.isFinite(count) && count > 0)
        .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
        .map(([state, count]) => `${count} ${(0,shared_escape/* oneLine */.TN)(state)}`)
        .join(', ');
}
/** Up to this many jobs, each gets its own lines; past it, one compact line per round of status checks. */
const COMPACT_ABOVE_JOBS = 5;
/** Jobs named in a compact line's "changed:" list before "and N more". */
const NAMED_CHANGES = 10;
/**
 * What the wait prints as it checks jobs. Up to COMPACT_ABOVE_JOBS jobs, a line per job whenever something worth
 * a line changed (progressLine); with more, the lines of 50 jobs would bury each other, so each round of checks
 * ends in one line: how many jobs are in which state, and which changed state, plus a line for a note that is new.
 * No I/O: it hands back the lines to print.
 */
class ProgressLog {
    keys;
    memory = new Map();
    compact;
    constructor(keys) {
        this.keys = keys;
        this.compact = keys.length > COMPACT_ABOVE_JOBS;
        keys.forEach((key) => this.memory.set(key, {}));
    }
    /** Takes in one successful check; the line to print now (none in compact mode, or when nothing changed). */
    checked(key, update) {
        const memory = this.memory.get(key) ?? {};
        this.memory.set(key, memory);
        const previous = memory.status;
        const previousNote = memory.note;
        memory.status = update.next;
        memory.note = update.note;
        if (this.compact) {
            memory.pending = {
                ...update,
                previous: memory.pending?.previous ?? previous,
                previousNote: memory.pending?.previousNote ?? previousNote
            };
            return undefined;
        }
        const line = progressLine({ ...update, previous, previousNote, lastLineElapsedMs: memory.lastLineElapsedMs });
        if (line !== undefined)
            memory.lastLineElapsedMs = update.elapsedMs;
        return line;
    }
    /** The lines that end a round of checks: in compact mode, the round's line and any new notes. */
    roundEnded(elapsedMs) {
        if (!this.compact)
            return [];
        const checked = this.keys.flatMap((key) => {
            const memory = this.memory.get(key);
            const pending = memory?.pending;
            if (memory === undefined || pending === undefined)
                return [];
            memory.pending = undefined;
            return [{ memory, pending }];
        });
        const changed = checked.filter(({ pending }) => pending.previous === undefined || describeStatus(pending.previous) !== describeStatus(pending.next));
        const lines = [];
        if (changed.length > 0)
            lines.push(this.roundLine(changed.map((c) => c.pending), elapsedMs));
        for (const { memory, pending } of checked) {
            const due = memory.lastLineElapsedMs === undefined || elapsedMs - memory.lastLineElapsedMs >= NOTE_REMINDER_MS;
            if (pending.note !== undefined && (pending.note !== pending.previousNote || due)) {
                lines.push((0,shared_escape/* oneLine */.TN)(`${pending.short ?? pending.label}: ${describeStatus(pending.next)}, ${pending.note} [${(0,readableUnits/* formatDuration */.a3)(elapsedMs)}]`));
                memory.lastLineElapsedMs = elapsedMs;
            }
        }
        return lines;
    }
    /** "[2m 30s] 50 jobs: 3 COMPLETED, 45 RUNNING (42% done on average), 2 CREATED; changed: EBS volume vol-1 COMPLETED, …" */
    roundLine(changed, elapsedMs) {
        const statuses = this.keys.map((key) => this.memory.get(key)?.status);
        const counts = new Map();
        for (const status of statuses) {
            const state = status?.state ?? 'not checked yet';
            counts.set(state, (counts.get(state) ?? 0) + 1);
        }
        const percents = statuses.flatMap((s) => s?.state === 'RUNNING' && parsePercent(s.percentDone) !== undefined ? [parsePercent(s.percentDone)] : []);
        const states = formatChildCounts(Object.fromEntries(counts)).replace(/(\d+ RUNNING)/, percents.length > 0 ? `$1 (${Number((percents.reduce((a, b) => a + b, 0) / percents.length).toFixed(1))}% done on average)` : '$1');
        // The first round shows every job as changed: the counts say it all.
        const first = changed.every((c) => c.previous === undefined);
        const named = changed.filter((c) => c.previous === undefined || c.previous.state !== c.next.state);
        const list = named.slice(0, NAMED_CHANGES).map((c) => `${c.short ?? c.label} ${describeStatus(c.next)}`);
        const more = named.length > NAMED_CHANGES ? `, and ${named.length - NAMED_CHANGES} more` : '';
        const changes = first || named.length === 0 ? '' : `; changed: ${list.join(', ')}${more}`;
        return (0,shared_escape/* oneLine */.TN)(`[${(0,readableUnits/* formatDuration */.a3)(elapsedMs)}] ${this.keys.length} jobs: ${states}${changes}`);
    }
}

// EXTERNAL MODULE: ./src/shared/errorText.ts
var errorText = __webpack_require__(3588);
// EXTERNAL MODULE: ./src/shared/concurrency.ts
var concurrency = __webpack_require__(438);
;// CONCATENATED MODULE: ./src/wait/engine/waitForJobs.ts
/**
 * Waits for jobs of one kind to end. No I/O of its own: AWS (through the kind), the clock and the log are passed
 * in, so tests drive it with a fake clock and never really wait. Each job is checked on its own schedule (see
 * schedule.ts); verdicts and stops are left to the caller, which gets every job's last known status.
 */






// Jobs due this close together are checked in one round: fewer wake-ups, and checking early never adds lag.
const COALESCE_MS = 1000;
async function waitForJobs(jobs, kind, clock, options) {
    const startMs = clock.now();
    const deadlineMs = startMs + Math.max(0, options.timeoutSeconds) * 1000;
    const track = ({ job, status }, nowMs) => ({
        job,
        status,
        checked: false,
        done: kind.isTerminal(status.state, job),
        nextAtMs: nowMs,
        warned: false
    });
    // The jobs given are checked at least once, whatever their status says; a follow-up given as ended is not.
    const tracked = jobs.map((watched) => ({ ...track(watched, startMs), done: false }));
    const progress = new ProgressLog(tracked);
    const abort = abortPromise(options.signal);
    const timeUp = abortPromise(options.timeUp);
    let stopped = false;
    const finish = (outcome) => {
        stopped = true;
        abort.dispose();
        timeUp.dispose();
        const results = tracked.map(({ job, status, error }) => (error === undefined ? { job, status } : { job, status, error }));
        return { jobs: results, ...outcome };
    };
    const schedule = (entry, status, nowMs) => {
        entry.lastCheckAtMs = nowMs;
        entry.memory = recordCheck(entry.memory, status, nowMs);
        const settings = { pollIntervalSeconds: options.pollIntervalSeconds, random: options.random, deadlineMs };
        entry.nextAtMs = nowMs + nextDelayMs(entry.memory, nowMs, settings);
    };
    const check = async (entry) => {
        let status;
        try {
            status = await kind.describe(entry.job, options.timeUp);
        }
        catch (error) {
            // A check abandoned for a cancellation or for the time being up is no failure of the job; and once the caller
            // has its result, late answers must not reach the log.
            if (stopped || abort.aborted() || timeUp.aborted())
                return;
            const nowMs = clock.now();
            if (kind.isTransientError(error)) {
                if (!entry.warned)
                    options.log(`Warning: ${kind.label(entry.job)}: status check failed (${waitForJobs_errorText(error)}); checking again later.`);
                entry.warned = true;
                schedule(entry, undefined, nowMs);
            }
            else {
                options.log(`${kind.label(entry.job)}: status check failed (${waitForJobs_errorText(error)}); no longer waiting for this job.`);
                entry.error = error;
                entry.done = true;
                entry.lastCheckAtMs = nowMs;
            }
            return;
        }
        if (stopped)
            return;
        const nowMs = clock.now();
        const elapsedMs = nowMs - startMs;
        const note = kind.note?.(status, entry.job);
        const line = progress.checked(entry, {
            label: kind.label(entry.job),
            short: kind.shortLabel?.(entry.job),
            next: status,
            note,
            elapsedMs
        });
        if (line !== undefined)
            options.log(line);
        entry.status = (0,shared_job/* laterStatus */.vI)(entry.status, status);
        entry.checked = true;
        entry.warned = false;
        entry.done = kind.isTerminal(status.state, entry.job);
        schedule(entry, status, nowMs);
        if (entry.done && options.followUps) {
            const more = await options.followUps(entry.job, entry.status);
            tracked.push(...more.map((watched) => track(watched, clock.now())));
        }
    };
    for (;;) {
        if (abort.aborted())
            return finish({ timedOut: false, cancelled: true });
        const nowMs = clock.now();
        const final = nowMs >= deadlineMs;
        // At the deadline, one last look at every job not already looked at since, so its status is current.
        const due = tracked.filter((e) => !e.done && (final ? (e.lastCheckAtMs ?? -Infinity) < deadlineMs : e.nextAtMs <= nowMs + COALESCE_MS));
        const round = (0,concurrency/* mapConcurrently */.X2)(due, concurrency/* WAIT_CONCURRENCY */.GG, (entry) => (stopped || abort.aborted() ? Promise.resolve() : check(entry)));
        const ended = await Promise.race([abort.race(round), timeUp.race(round).then((r) => (r === 'aborted' ? 'time up' : r))]);
        if (ended === 'aborted')
            return finish({ timedOut: false, cancelled: true });
        if (ended === 'time up')
            return finish({ timedOut: true, cancelled: false });
        progress.roundEnded(clock.now() - startMs).forEach((line) => options.log(line));
        const waiting = tracked.filter((e) => !e.done);
        if (waiting.length === 0)
            return finish({ timedOut: false, cancelled: false });
        // Follow-ups started in the last round get their one look too (a backup that completed at the deadline, say).
        if (final && !waiting.some((e) => e.lastCheckAtMs === undefined))
            return finish({ timedOut: true, cancelled: false });
        const afterMs = clock.now();
        const wakeMs = Math.min(deadlineMs, ...waiting.map((e) => e.nextAtMs));
        if (wakeMs > afterMs) {
            // The clock may ignore the signal: the race still ends the sleep at once.
            if ((await abort.race(clock.sleep(wakeMs - afterMs, options.signal))) === 'aborted')
                return finish({ timedOut: false, cancelled: true });
        }
    }
}
/** "AccessDeniedException: "User is not authorized…"": the error's name and message, on one line. */
function waitForJobs_errorText(error) {
    return `${(0,errorText/* namePrefix */.w8)(error)}${(0,shared_escape/* quote */.hD)(error instanceof Error ? error.message : String(error), 300)}`;
}
function abortPromise(signal) {
    if (signal === undefined) {
        return { aborted: () => false, race: async (work) => (await work, 'done'), dispose: () => undefined };
    }
    let onAbort = () => undefined;
    const whenAborted = new Promise((resolve) => {
        onAbort = () => resolve('aborted');
        if (signal.aborted)
            resolve('aborted');
        else
            signal.addEventListener('abort', onAbort, { once: true });
    });
    return {
        aborted: () => signal.aborted,
        race: (work) => {
            const settled = work.then(() => 'done');
            // A sleep that rejects because of the abort is no error: the abort wins.
            return Promise.race([settled, whenAborted]).catch((error) => {
                if (signal.aborted)
                    return 'aborted';
                throw error;
            });
        },
        dispose: () => signal.removeEventListener('abort', onAbort)
    };
}

;// CONCATENATED MODULE: ./src/wait/engine/awaitJobs.ts




// The last look at the deadline gets this long; a check still retrying after it is abandoned, so the step keeps to
// wait-timeout-minutes even when AWS answers slowly.
const TIME_UP_GRACE_MS = 5_000;
// A cancelled run must exit within seconds of the runner's first signal, stopped or not.
const STOP_DEADLINE_MS = 3_000;
// After a timeout nothing hurries the step: a throttled stop gets the time its retries need.
const STOP_AFTER_TIMEOUT_MS = 60_000;
/** Waits for every job, then judges each; in the order of the jobs given. */
async function awaitJobs(jobs, kind, deps, options) {
    const timeout = (0,readableUnits/* formatDuration */.a3)(options.timeoutSeconds * 1000);
    const failed = options.failedToStart ?? 0;
    const all = jobs.length + failed;
    const which = failed > 0
        ? `${jobs.length} of ${all} ${kind.noun}s (${failed} failed to start)`
        : `${jobs.length} ${kind.noun}${jobs.length === 1 ? '' : 's'}`;
    deps.info(`Waiting for ${which} to end (timeout ${timeout}, status checks at most every ${options.pollIntervalSeconds} s).`);
    const result = await waitForJobs(jobs, kind, deps, {
        pollIntervalSeconds: options.pollIntervalSeconds,
        timeoutSeconds: options.timeoutSeconds,
        signal: deps.signal,
        timeUp: deps.timeUp(options.timeoutSeconds * 1000 + TIME_UP_GRACE_MS),
        random: options.random,
        log: (line) => deps.info(line),
        followUps: options.followUps
    });
    const verdicts = new Map();
    const unfinished = [];
    for (const { job, status, error } of result.jobs) {
        if (error !== undefined) {
            const message = kind.describeError(job, error);
            verdicts.set(job, { verdict: 'failure', message, reason: message });
            continue;
        }
        const verdict = kind.judge(job, status);
        if (verdict.verdict === 'unfinished')
            unfinished.push({ job, status });
        else
            verdicts.set(job, verdict);
        if (verdict.verdict === 'warning')
            deps.warning(verdict.message);
        if (verdict.verdict === 'success')
            deps.info(verdict.message);
        if (!deps.signal.aborted)
            await kind.afterJudged?.(job, status);
    }
    if (unfinished.length > 0) {
        // A cancelled run has seconds before the runner kills it; a timed-out one can let the stops finish.
        const deadlineMs = result.cancelled ? STOP_DEADLINE_MS : STOP_AFTER_TIMEOUT_MS;
        const stoppable = (job) => kind.stop !== undefined && (kind.canStop?.(job) ?? true);
        const toStop = options.stopOnTimeout ? unfinished.filter(({ job }) => stoppable(job)).map(({ job }) => job) : [];
        const results = toStop.length > 0 && kind.stop ? await kind.stop(toStop, deadlineMs) : [];
        results.forEach((stop) => deps.info(stop.line));
        const stopOf = new Map(toStop.map((job, i) => [job, results[i]]));
        const why = result.cancelled ? 'The run was cancelled while waiting' : `The wait timed out after ${timeout}`;
        for (const { job, status } of unfinished) {
            const stop = stopOf.get(job);
            const after = !stoppable(job)
                ? `it goes on running in ${kind.service} (a ${kind.nounOf?.(job) ?? kind.noun} cannot be stopped)`
                : stop === undefined
                    ? `it goes on running in ${kind.service} (stop-job-on-timeout is false)`
                    : stop.stopped
                        ? 'it was stopped'
                        : 'it could not be stopped (see the log) and may still be running';
            const message = (0,shared_escape/* oneLine */.TN)(`${why}: ${kind.label(job)} was still ${describeStatus(status)}; ${after}.`);
            const reason = (0,shared_escape/* oneLine */.TN)(`Still ${describeStatus(status)}; ${after}.`);
            verdicts.set(job, { verdict: 'failure', message, reason, cutShort: why });
        }
    }
    return result.jobs.map(({ job, status }) => ({ job, status, verdict: verdicts.get(job) }));
}

;// CONCATENATED MODULE: ./src/wait/engine/eitherKind.ts
function eitherKind(first, second) {
    const on = (a, b) => (either) => either.kind === 'first' ? a(first, either.job) : b(second, either.job);
    const firsts = (jobs) => jobs.flatMap((j) => (j.kind === 'first' ? [j.job] : []));
    return {
        noun: first.noun,
        service: first.service,
        describe: (job, signal) => on((k, j) => k.describe(j, signal), (k, j) => k.describe(j, signal))(job),
        isTerminal: (state, job) => on((k, j) => k.isTerminal(state, j), (k, j) => k.isTerminal(state, j))(job),
        label: on((k, j) => k.label(j), (k, j) => k.label(j)),
        note: (status, job) => on((k, j) => k.note?.(status, j), (k, j) => k.note?.(status, j))(job),
        isTransientError: (error) => first.isTransientError(error) || second.isTransientError(error),
        judge: (job, status) => on((k, j) => k.judge(j, status), (k, j) => k.judge(j, status))(job),
        describeError: (job, error) => on((k, j) => k.describeError(j, error), (k, j) => k.describeError(j, error))(job),
        stop: first.stop && ((jobs, deadlineMs) => first.stop?.(firsts(jobs), deadlineMs) ?? Promise.resolve([])),
        canStop: on((k, j) => k.stop !== undefined && (k.canStop?.(j) ?? true), () => false),
        nounOf: on((k, j) => k.nounOf?.(j) ?? k.noun, (k, j) => k.nounOf?.(j) ?? k.noun),
        afterJudged: async (job, status) => on((k, j) => k.afterJudged?.(j, status), (k, j) => k.afterJudged?.(j, status))(job)
    };
}

// EXTERNAL MODULE: ./src/aws/awsErrors.ts
var awsErrors = __webpack_require__(9555);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
// EXTERNAL MODULE: ./src/aws/credentials.ts
var credentials = __webpack_require__(6963);
// EXTERNAL MODULE: ./src/aws/networkErrors.ts
var networkErrors = __webpack_require__(428);
;// CONCATENATED MODULE: ./src/aws/transientErrors.ts
// Its own module: only the wait needs it, and @smithy/core then loads with the SDK rather than before the first request.



/**
 * Calls that failed this way may pass when tried again later: throttling, 5xx, the network. A credentials renewal
 * that failed (its own retries spent) counts too: a long wait may outlast a blip.
 */
function isTransientAwsError(error) {
    if (!(error instanceof Error))
        return false;
    const e = error;
    return (0,retry.isTransientError)(e) || (0,retry.isThrottlingError)(e) || (0,retry.isServerError)(e) || (0,networkErrors/* isUnreachable */.R0)(error) || error instanceof credentials/* CredentialsError */.lE;
}

// EXTERNAL MODULE: ./src/shared/resourceLabel.ts
var resourceLabel = __webpack_require__(1795);
;// CONCATENATED MODULE: ./src/wait/notStarted.ts


const NOT_STARTED_AFTER_MS = 60_000;
const WHY = 'AWS Backup runs one backup job per resource at a time, so another backup of this resource may still be running, ' +
    'or its start window has not opened yet (AWS Backup retries the start at least every 10 minutes until the window closes)';
/** The note for a job CREATED since `createdForMs`, and the job found running on its resource (if looked up). */
function notStartedNote(createdForMs, running) {
    if (createdForMs <= NOT_STARTED_AFTER_MS)
        return undefined;
    const since = `not started after ${(0,readableUnits/* formatDuration */.a3)(createdForMs)}`;
    if (running === undefined)
        return `${since}: ${WHY}`;
    return (0,shared_escape/* oneLine */.TN)(`${since}: AWS Backup runs one backup job per resource at a time, and job ${running.backupJobId} is running on this resource; this one starts when that one ends, or expires when its start window closes`);
}
/**
 * Remembers, per job, since when the wait has seen it CREATED, and looks up once (after a minute) which job runs
 * on its resource. `seen` goes after each status check; `note` gives the note for the latest one.
 */
function notStartedWatch(deps) {
    const since = new Map();
    const running = new Map();
    return {
        async seen(job, status) {
            if (status.state !== 'CREATED') {
                since.delete(job.backupJobId);
                return;
            }
            const first = since.get(job.backupJobId) ?? deps.now();
            since.set(job.backupJobId, first);
            if (deps.now() - first <= NOT_STARTED_AFTER_MS || running.has(job.backupJobId) || !deps.jobsRunningOn)
                return;
            // Asked once: a failed look-up only leaves the note without a name.
            running.set(job.backupJobId, undefined);
            const jobs = await deps.jobsRunningOn(job).catch(() => []);
            running.set(job.backupJobId, jobs[0]);
        },
        note(status, job) {
            const first = since.get(job.backupJobId);
            if (status.state !== 'CREATED' || first === undefined)
                return undefined;
            return notStartedNote(deps.now() - first, running.get(job.backupJobId));
        }
    };
}

;// CONCATENATED MODULE: ./src/wait/backupVerdicts.ts
/**
 * The verdict on a job once the wait is over. Pure: one sentence per verdict, naming the resource,
 * for the log, the annotation and the step summary.
 */




// Status messages explain failures: keep more of them than quote's default.
const MESSAGE_LENGTH = 500;
function judgeJob(job, status, options) {
    const outcome = verdictOn(job, status, options);
    // The whole sentence on one line: the state and the job id come from AWS unquoted.
    const judged = { verdict: outcome.verdict, message: (0,shared_escape/* oneLine */.TN)(outcome.message) };
    if (outcome.verdict === 'unfinished')
        return judged;
    const reason = reasonOf(status, outcome.verdict, options);
    return reason === undefined ? judged : { ...judged, reason };
}
/** The verdict's why for a table cell: AWS's own status message when it gave one, else what the verdict rests on. */
function reasonOf(status, verdict, options) {
    const parts = [];
    const children = failedChildren(status);
    if (children !== undefined && verdict === 'failure')
        parts.push(`All of its child jobs failed (${children}).`);
    else if (status.state === 'PARTIAL') {
        parts.push(options.allowPartial ? 'PARTIAL, accepted because allow-partial is true.' : 'PARTIAL, and allow-partial is false.');
    }
    else if (status.state === 'COMPLETED' && status.messageCategory && status.messageCategory !== 'SUCCESS') {
        parts.push(`Completed with issues (message category ${(0,shared_escape/* quote */.hD)(status.messageCategory)}).`);
    }
    if (status.statusMessage)
        parts.push(shortened(status.statusMessage, MESSAGE_LENGTH));
    else if (verdict === 'failure' && parts.length === 0)
        parts.push('AWS Backup gave no reason.');
    return parts.length === 0 ? undefined : (0,shared_escape/* oneLine */.TN)(parts.join(' '));
}
function verdictOn(job, status, options) {
    const subject = `Backup of ${(0,shared_escape/* quote */.hD)(job.resourceArn)} (job ${(0,shared_escape/* oneLine */.TN)(job.backupJobId)})`;
    // AWS's messages end with a period, and the sentence goes on after them.
    const reason = status.statusMessage ? `: ${(0,shared_escape/* quote */.hD)((0,errorText/* withoutTrailingPeriod */.Iq)(status.statusMessage), MESSAGE_LENGTH)}` : '';
    const state = status.state;
    if (!(0,shared_job/* isTerminal */.Hd)(state)) {
        const percent = formatPercent(status.percentDone);
        const progress = percent === undefined ? '' : `, ${percent} done`;
        return unfinished(`${subject} had not finished when the wait ended (state ${state ? (0,shared_escape/* oneLine */.TN)(state) : 'unknown'}${progress}).`);
    }
    switch (state) {
        case 'FAILED':
            return failure(`${subject} failed${reason || ', and AWS Backup gave no reason'}.`);
        case 'ABORTED':
            return failure(`${subject} was aborted${reason}.`);
        case 'EXPIRED':
            return failure(`${subject} expired: it did not start or finish within its backup window${reason}.`);
    }
    // A parent's own state may say COMPLETED or PARTIAL while none of its resources was backed up.
    const children = failedChildren(status);
    if (children !== undefined) {
        return failure(`${subject} failed: all of its child jobs failed (${children})${reason}.`);
    }
    if (state === 'PARTIAL') {
        return options.allowPartial
            ? {
                verdict: 'warning',
                message: `${subject} ended PARTIAL, some of its resources were not backed up; accepted because allow-partial is true${reason}.`
            }
            : failure(`${subject} ended PARTIAL, some of its resources were not backed up, and allow-partial is false${reason}.`);
    }
    const category = status.messageCategory;
    if (category && category !== 'SUCCESS') {
        const message = `${subject} completed with issues (message category ${(0,shared_escape/* quote */.hD)(category)})${reason}.`;
        return { verdict: 'warning', message };
    }
    return { verdict: 'success', message: `${subject} completed.` };
}
/**
 * The failed child counts ("2 FAILED, 1 ABORTED") when a parent has children and every one of them
 * failed; undefined otherwise.
 */
function failedChildren(status) {
    const counts = Object.entries(status.childJobsInState ?? {}).filter(([, count]) => count > 0);
    if (counts.length === 0 || !counts.every(([childState]) => shared_job/* FAILED_CHILD_STATES */.SW.includes(childState)))
        return undefined;
    return counts.map(([childState, count]) => `${count} ${childState}`).join(', ');
}
function shortened(text, maxLength) {
    return text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
}
function failure(message) {
    return { verdict: 'failure', message };
}
function unfinished(message) {
    return { verdict: 'unfinished', message };
}

;// CONCATENATED MODULE: ./src/wait/stopBackupJobs.ts



/**
 * Asks AWS Backup to stop each job, at most `deadlineMs` in all, and says for each what happened.
 * Resource types AWS Backup cannot stop (RDS, Aurora, DocumentDB, Neptune, FSx, SAP HANA) get a clear line, not a crash.
 */
async function stopJobs(api, jobs, deadlineMs) {
    const results = jobs.map((job) => ({
        stopped: false,
        line: `Could not stop job ${(0,shared_escape/* oneLine */.TN)(job.backupJobId)} for ${(0,shared_escape/* quote */.hD)(job.resourceArn)} within ${deadlineMs / 1000} s; it may still be running.`
    }));
    let timer;
    const deadline = new Promise((resolve) => (timer = setTimeout(resolve, deadlineMs)));
    const stops = (0,concurrency/* mapConcurrently */.X2)(jobs, concurrency/* WAIT_CONCURRENCY */.GG, async (job, i) => {
        results[i] = await stopOne(api, job);
    });
    await Promise.race([stops, deadline]);
    clearTimeout(timer);
    return results;
}
async function stopOne(api, job) {
    const label = `job ${(0,shared_escape/* oneLine */.TN)(job.backupJobId)} for ${(0,shared_escape/* quote */.hD)(job.resourceArn)}`;
    try {
        await api.stop(job);
        return { stopped: true, line: `Stopped ${label} (StopBackupJob accepted; it ends as ABORTED).` };
    }
    catch (error) {
        if ((0,errorText/* errorName */.Is)(error) === 'InvalidRequestException') {
            // AWS says this both for resource types it cannot stop and for a job that ended a moment ago.
            const line = `Could not stop ${label}: AWS Backup refused (${(0,errorText/* withoutTrailingPeriod */.Iq)((0,errorText/* messageOf */.bD)(error))}); jobs of some resource types (RDS, Aurora, DocumentDB, Neptune, FSx, SAP HANA) cannot be stopped, and a job that has just ended has nothing to stop.`;
            return { stopped: false, line };
        }
        return { stopped: false, line: `Could not stop ${label}: ${(0,errorText/* messageOf */.bD)(error)}; it may still be running.` };
    }
}

;// CONCATENATED MODULE: ./src/wait/backupJobKind.ts








/**
 * How a job is named at the start of a line. An ARN (which AWS accepted, so it starts with "arn:")
 * is shown as is, for readability; anything else is quoted so that it cannot start a runner command.
 */
function jobLabel(job) {
    const arn = job.resourceArn.startsWith('arn:') ? job.resourceArn : (0,shared_escape/* quote */.hD)(job.resourceArn);
    return (0,shared_escape/* oneLine */.TN)(`${arn} (job ${job.backupJobId})`);
}
/** What the polling loop needs of a backup job, but for the call that reads it and the note on a job not started. */
const BACKUP_JOB_LOOKS = {
    isTerminal: shared_job/* isTerminal */.Hd,
    label: jobLabel,
    shortLabel: (job) => (0,shared_escape/* oneLine */.TN)((0,resourceLabel/* resourceLabel */.b)(job.resourceArn)),
    isTransientError: isTransientAwsError
};
function backupJobKind(api, settings, log) {
    const notStarted = notStartedWatch({ now: () => (log.now ? log.now() : Date.now()), jobsRunningOn: api.jobsRunningOn?.bind(api) });
    return {
        ...BACKUP_JOB_LOOKS,
        noun: 'backup job',
        service: 'AWS Backup',
        describe: async (job, signal) => {
            const status = await api.describe(job, signal);
            await notStarted.seen(job, status);
            return status;
        },
        note: notStarted.note,
        judge: (job, status) => judgeJob(job, status, { allowPartial: settings.allowPartial }),
        describeError: (job, error) => (0,awsErrors/* describeAwsError */.P)(error, { ...(0,awsErrors/* jobContext */.R)(settings, job), operation: 'DescribeBackupJob' }),
        stop: (jobs, deadlineMs) => stopJobs(api, jobs, deadlineMs),
        afterJudged: async (job, status) => {
            if (status.isParent)
                await logChildren(api, settings, job, log);
        }
    };
}
/** A composite job's children, listed once it ends, so a user sees which resources failed. */
async function logChildren(api, settings, job, log) {
    try {
        const children = await api.listChildren(job);
        log.info(`${jobLabel(job)} has ${children.length} child job${children.length === 1 ? '' : 's'}:`);
        for (const child of children) {
            const message = child.statusMessage ? ` - ${child.statusMessage}` : '';
            log.info((0,shared_escape/* oneLine */.TN)(`  ${child.backupJobId} ${child.resourceArn ?? ''}: ${child.state ?? 'unknown'}${message}`));
        }
    }
    catch (error) {
        log.warning((0,awsErrors/* describeAwsError */.P)(error, { ...(0,awsErrors/* jobContext */.R)(settings, job), operation: 'ListBackupJobs' }));
    }
}

;// CONCATENATED MODULE: ./src/wait/copyVerdicts.ts
/** The verdict on a copy job once the wait is over. Pure: one sentence per verdict, naming the resource and destination. */



const copyVerdicts_MESSAGE_LENGTH = 500;
/** "copy of "arn…" to "arn:…:backup-vault:dr" (copy job X)": how a copy is named in the log. */
function copyLabel(copy) {
    return (0,shared_escape/* oneLine */.TN)(`copy of ${(0,shared_escape/* quote */.hD)(copy.resourceArn)} to ${(0,shared_escape/* quote */.hD)(copy.destinationBackupVaultArn)} (copy job ${copy.copyJobId})`);
}
function judgeCopy(copy, status, options) {
    const subject = `Copy of ${(0,shared_escape/* quote */.hD)(copy.resourceArn)} to ${(0,shared_escape/* quote */.hD)(copy.destinationBackupVaultArn)} (copy job ${(0,shared_escape/* oneLine */.TN)(copy.copyJobId)})`;
    const reason = status.statusMessage ? `: ${(0,shared_escape/* quote */.hD)((0,errorText/* withoutTrailingPeriod */.Iq)(status.statusMessage), copyVerdicts_MESSAGE_LENGTH)}` : '';
    const state = status.state;
    if (!shared_job/* COPY_TERMINAL_STATES */.cT.includes(state ?? '')) {
        return { verdict: 'unfinished', message: (0,shared_escape/* oneLine */.TN)(`${subject} had not finished (state ${state ? (0,shared_escape/* oneLine */.TN)(state) : 'unknown'}).`) };
    }
    if (state === 'FAILED') {
        return {
            verdict: 'failure',
            message: (0,shared_escape/* oneLine */.TN)(`${subject} failed${reason || ', and AWS Backup gave no reason'}${failureHint(copy, status)}.`)
        };
    }
    if (state === 'PARTIAL') {
        return options.allowPartial
            ? { verdict: 'warning', message: (0,shared_escape/* oneLine */.TN)(`${subject} ended PARTIAL; accepted because allow-partial is true${reason}.`) }
            : { verdict: 'failure', message: (0,shared_escape/* oneLine */.TN)(`${subject} ended PARTIAL, and allow-partial is false${reason}.`) };
    }
    return { verdict: 'success', message: (0,shared_escape/* oneLine */.TN)(`${subject} completed.`) };
}
/** What to do about a copy that failed, where the failure says. */
function failureHint(copy, status) {
    const destinationAccount = copy.destinationBackupVaultArn.split(':')[4];
    const accessDenied = status.messageCategory === 'AccessDenied' || /access denied|not authorized|CopyIntoBackupVault/i.test(status.statusMessage ?? '');
    if (!accessDenied)
        return '';
    return `; the destination vault must exist, its access policy must allow backup:CopyIntoBackupVault from this account${destinationAccount ? ` into account ${destinationAccount}` : ''}, and for a copy to another account AWS Organizations must allow cross-account backup`;
}

;// CONCATENATED MODULE: ./src/wait/copyJobs.ts








// The first look at a copy may find it CREATED for a moment; a copy that stays so is held by the copy quotas.
const QUEUED = 'queued: AWS Backup copies one recovery point of a resource at a time and limits the copies running into one vault, so it starts when earlier copies end';
function copyJobKind(api, settings) {
    return {
        noun: 'copy job',
        service: 'AWS Backup',
        describe: (copy, signal) => api.describeCopy(copy.copyJobId, copy.region, signal),
        isTerminal: (state) => shared_job/* COPY_TERMINAL_STATES */.cT.includes(state ?? ''),
        label: copyLabel,
        note: (status) => (status.state === 'CREATED' ? QUEUED : undefined),
        isTransientError: isTransientAwsError,
        judge: (copy, status) => judgeCopy(copy, status, settings),
        describeError: (copy, error) => (0,awsErrors/* describeAwsError */.P)(error, {
            operation: 'DescribeCopyJob',
            resourceArn: copy.resourceArn,
            subject: `the ${copyLabel(copy)}`,
            backupVaultName: '',
            region: copy.region
        })
    };
}
/**
 * Starts a copy of a completed backup to each destination, in the order of copy-to-backup-vault-arn: one record per
 * destination, with the copy job to wait for where it started.
 */
async function startCopies(api, settings, source) {
    const { job, status } = source;
    const planned = (0,copyInputs/* plannedCopies */.cD)(settings.copyTo, job, job.backupJobId);
    const refused = (why) => planned.map((copy) => ({
        ...copy,
        startError: `No copy of ${(0,shared_escape/* quote */.hD)(job.resourceArn)} to ${(0,shared_escape/* quote */.hD)(copy.request.destinationBackupVaultArn)} was started: ${why}`
    }));
    if (!status.recoveryPointArn)
        return refused('AWS Backup gave the backup no recovery point.');
    let facts = { iamRoleArn: source.iamRoleArn, lifecycle: source.lifecycle };
    // The wait step knows neither the backup's role nor its lifecycle: DescribeBackupJob tells both.
    if (source.iamRoleArn === undefined) {
        try {
            const found = await api.lookUp(job.backupJobId, job.region);
            facts = { iamRoleArn: found.iamRoleArn, lifecycle: found.lifecycle };
        }
        catch (error) {
            const why = (0,awsErrors/* describeAwsError */.P)(error, { ...(0,awsErrors/* jobContext */.R)({}, job), operation: 'DescribeBackupJob' });
            return refused(`its role and lifecycle could not be read (${(0,errorText/* withoutTrailingPeriod */.Iq)(why)}).`);
        }
    }
    const iamRoleArn = settings.copyIamRoleArn ?? facts.iamRoleArn;
    if (iamRoleArn === undefined)
        return refused("the backup job's role is not known; set copy-iam-role-arn.");
    const lifecycle = (0,copyInputs/* copyLifecycleFor */.$K)(settings.copyLifecycle, facts.lifecycle);
    const problem = (0,copyInputs/* copyLifecycleProblem */.Fz)(lifecycle);
    if (problem !== undefined)
        return refused(`with the backup's lifecycle, ${problem.replace(/^Input/, 'input')}`);
    return (0,concurrency/* mapConcurrently */.X2)(planned, concurrency/* WAIT_CONCURRENCY */.GG, async (record) => {
        const destinationBackupVaultArn = record.request.destinationBackupVaultArn;
        try {
            const started = await api.startCopy({
                region: job.region,
                sourceRecoveryPointArn: status.recoveryPointArn,
                sourceBackupVaultName: job.backupVaultName,
                destinationBackupVaultArn,
                iamRoleArn,
                idempotencyToken: record.request.idempotencyToken,
                lifecycle
            });
            const copy = { resourceArn: job.resourceArn, region: job.region, destinationBackupVaultArn, copyJobId: started.copyJobId };
            return { copy, record: { ...record, copyJobId: started.copyJobId, status: started.status } };
        }
        catch (error) {
            return { ...record, startError: copyStartFailure(error, job, destinationBackupVaultArn) };
        }
    });
}
/** StartCopyJob's refusal in one sentence, with the fix for the usual destination problems. */
function copyStartFailure(error, job, destination) {
    const [, , , region, account] = destination.split(':');
    const message = (0,awsErrors/* describeAwsError */.P)(error, {
        operation: 'StartCopyJob',
        resourceArn: job.resourceArn,
        subject: `${(0,shared_escape/* quote */.hD)(job.resourceArn)} to ${(0,shared_escape/* quote */.hD)(destination)}`,
        backupVaultName: job.backupVaultName,
        region: job.region
    });
    const name = (0,errorText/* errorName */.Is)(error);
    if (name === 'ResourceNotFoundException' && /vault/i.test(error instanceof Error ? error.message : '')) {
        return `${message.replace(/; check that the backup vault .*$/, '').replace(/\.$/, '')}; the destination vault does not exist in ${region} of account ${account}: create it, or fix copy-to-backup-vault-arn.`;
    }
    if (/CopyIntoBackupVault/.test(error instanceof Error ? error.message : '')) {
        return `${message.replace(/; allow backup:StartCopyJob .*$/, '').replace(/\.$/, '')}; the destination vault's access policy must allow backup:CopyIntoBackupVault from this account, and AWS Organizations must allow cross-account backup.`;
    }
    return message;
}

;// CONCATENATED MODULE: ./src/wait/waitForBackupJobs.ts








// Copies still being started when the wait ends get this long to answer, so the report can say whether they exist.
const COPY_START_GRACE_MS = 5_000;
/**
 * Waits for every started job and judges each; a record whose job did not start passes through as it is. Each
 * backup that completes is copied at once to every copy-to-backup-vault-arn, and the same wait follows the copies.
 * On timeout or cancellation the unfinished backups are stopped first when stop-job-on-timeout asks for it.
 */
async function waitForBackupJobs(settings, api, records, deps) {
    // A record already judged (a job the wait step could not find) is not waited for.
    const started = records.flatMap((record) => {
        const job = record.verdict === undefined ? (0,shared_job/* startedJob */.xQ)(record) : undefined;
        return job ? [{ record, job: { kind: 'first', job }, status: record.status ?? {} }] : [];
    });
    if (started.length === 0)
        return [...records];
    // Held from the moment each start is asked for, so that no copy goes unreported if the wait ends meanwhile.
    const copyStarts = new Map();
    const followUps = async (waited, status) => {
        if (waited.kind !== 'first' || status.state !== 'COMPLETED' || settings.copyTo.length === 0)
            return [];
        const starting = startCopies(api, settings, { job: waited.job, status, iamRoleArn: settings.iamRoleArn, lifecycle: settings.lifecycle });
        copyStarts.set(waited.job, starting);
        return (await starting).flatMap((copy) => {
            if (!('copy' in copy))
                return [];
            deps.info((0,shared_escape/* oneLine */.TN)(`Started ${copyLabel(copy.copy)}, idempotency token ${copy.record.request.idempotencyToken}.`));
            return [{ job: { kind: 'second', job: copy.copy }, status: copy.record.status ?? {} }];
        });
    };
    const kind = eitherKind(backupJobKind(api, settings, deps), copyJobKind(api, settings));
    const awaited = await awaitJobs(started, kind, deps, {
        pollIntervalSeconds: settings.pollIntervalSeconds,
        timeoutSeconds: settings.waitTimeoutSeconds,
        stopOnTimeout: settings.stopJobOnTimeout,
        followUps,
        failedToStart: records.filter((record) => record.startError !== undefined).length
    });
    const late = deps.timeUp(COPY_START_GRACE_MS);
    const copiesStarted = new Map(await Promise.all([...copyStarts].map(async ([job, starting]) => [job, await withinGrace(starting, late)])));
    // awaitJobs answers in the order it was given, the copies after.
    const judged = new Map(started.map(({ record }, i) => [record, awaited[i]]));
    const copyResults = new Map(awaited.flatMap((a) => (a.job.kind === 'second' ? [[a.job.job.copyJobId, a]] : [])));
    return records.map((record) => {
        const done = judged.get(record);
        if (!done || done.job.kind !== 'first')
            return record;
        const backup = done.job.job;
        const judgedRecord = { ...record, status: done.status, verdict: done.verdict };
        if (settings.copyTo.length === 0)
            return judgedRecord;
        const starts = copiesStarted.get(backup);
        const copies = starts === undefined
            ? notCopied(settings, backup, done.status, done.verdict.verdict !== 'failure')
            : starts === 'late'
                ? (0,copyInputs/* plannedCopies */.cD)(settings.copyTo, backup, backup.backupJobId).map((copy) => ({ ...copy, startError: lateStart(backup, copy) }))
                : starts.map((copy) => ('copy' in copy ? judgedCopy(copy, copyResults.get(copy.copy.copyJobId)) : copy));
        return { ...judgedRecord, copies };
    });
}
/** A backup that ended well but not COMPLETED (PARTIAL, accepted) has nothing AWS Backup can copy: that fails the copy. */
function notCopied(settings, backup, status, accepted) {
    const planned = (0,copyInputs/* plannedCopies */.cD)(settings.copyTo, backup, backup.backupJobId);
    if (!accepted)
        return planned;
    const why = `its backup ended ${(0,shared_escape/* oneLine */.TN)(status.state ?? 'unknown')}, and only a completed backup can be copied`;
    return planned.map((copy) => ({
        ...copy,
        startError: `No copy of ${(0,shared_escape/* quote */.hD)(backup.resourceArn)} to ${(0,shared_escape/* quote */.hD)(copy.request.destinationBackupVaultArn)} was started: ${why}.`
    }));
}
function judgedCopy(started, result) {
    if (result)
        return { ...started.record, status: result.status, verdict: result.verdict };
    // Started as the wait ended: never looked at since.
    const message = (0,shared_escape/* oneLine */.TN)(`The wait ended as the ${copyLabel(started.copy)} had just started; it goes on running in AWS Backup (a copy job cannot be stopped).`);
    return { ...started.record, verdict: { verdict: 'failure', message } };
}
function lateStart(backup, copy) {
    return (0,shared_escape/* oneLine */.TN)(`The wait ended while the copy of ${(0,shared_escape/* quote */.hD)(backup.resourceArn)} to ${(0,shared_escape/* quote */.hD)(copy.request.destinationBackupVaultArn)} was being started; it may exist: look for idempotency token ${copy.request.idempotencyToken} in AWS Backup.`);
}
/** The answer, or 'late' when it has not come by the time `late` aborts. */
async function withinGrace(work, late) {
    if (late.aborted)
        return Promise.race([work, Promise.resolve('late')]);
    let onAbort = () => undefined;
    const gaveUp = new Promise((resolve) => {
        onAbort = () => resolve('late');
        late.addEventListener('abort', onAbort, { once: true });
    });
    try {
        return await Promise.race([work, gaveUp]);
    }
    finally {
        late.removeEventListener('abort', onAbort);
    }
}


/***/ })

};

//# sourceMappingURL=692.index.js.map