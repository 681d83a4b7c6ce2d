export const id = 824;
export const ids = [824];
export const modules = {

/***/ 6626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lz: () => (/* binding */ STOP_DEADLINE_MS),
  Tt: () => (/* binding */ awaitJobs)
});

// UNUSED EXPORTS: STOP_AFTER_TIMEOUT_MS, TIME_UP_GRACE_MS

// EXTERNAL MODULE: ./src/shared/escape.ts
var shared_escape = __webpack_require__(6242);
// EXTERNAL MODULE: ./src/shared/readableUnits.ts
var readableUnits = __webpack_require__(7346);
// EXTERNAL MODULE: ./src/wait/engine/progress.ts
var engine_progress = __webpack_require__(8577);
// EXTERNAL MODULE: ./src/shared/errorText.ts
var errorText = __webpack_require__(3588);
// EXTERNAL MODULE: ./src/shared/job.ts
var job = __webpack_require__(6322);
// EXTERNAL MODULE: ./src/shared/concurrency.ts
var concurrency = __webpack_require__(438);
// EXTERNAL MODULE: ./src/wait/engine/schedule.ts
var engine_schedule = __webpack_require__(6647);
;// CONCATENATED MODULE: ./src/wait/engine/batchRounds.ts
/**
 * The rounds of the wait when the kind reads several jobs with one call (BatchReading): a round reads each group
 * that has a job due once, every job of the group the answer shows takes its status (it cost nothing more), and
 * the due jobs the answer does not show are read alone. So a round costs a call per group, however many jobs each
 * holds, plus one per job not shown yet. No I/O of its own: the kind's calls and the loop's bookkeeping are passed in.
 */

function batchRounds(reading, deps) {
    let on = reading !== undefined;
    // Groups whose batch read is failing: one warning per streak, not one per round.
    const failing = new Set();
    const readGroup = async (batch, key, members, due) => {
        let answers;
        try {
            answers = await batch.describeMany(members.map(({ job, status }) => ({ job, status })), deps.timeUp);
        }
        catch (error) {
            if (deps.abandoned())
                return;
            const nowMs = deps.now();
            if (deps.isTransientError(error)) {
                if (!failing.has(key)) {
                    deps.log(`Warning: status check of ${members.length} job${members.length === 1 ? '' : 's'} in ${(0,shared_escape/* oneLine */.TN)(key)} failed (${deps.errorText(error)}); checking again later.`);
                }
                failing.add(key);
                due.forEach((entry) => deps.failedCheck(entry, nowMs));
                return;
            }
            if (on)
                deps.log(`Warning: ${batch.describeError(key, error)} Checking each job on its own from now on.`);
            on = false;
            await deps.checkEach(due);
            return;
        }
        if (deps.stopped())
            return;
        failing.delete(key);
        const nowMs = deps.now();
        const alone = [];
        members.forEach((entry, i) => {
            const status = answers[i];
            if (status !== undefined)
                deps.record(entry, status, nowMs);
            else if (due.includes(entry))
                alone.push(entry);
        });
        await deps.checkEach(alone);
    };
    return {
        round: (due) => {
            if (reading === undefined || !on)
                return deps.checkEach(due);
            const groups = new Map();
            for (const entry of deps.waiting()) {
                const key = reading.key(entry.job);
                const group = groups.get(key) ?? { members: [], due: [] };
                group.members.push(entry);
                groups.set(key, group);
            }
            for (const entry of due)
                groups.get(reading.key(entry.job))?.due.push(entry);
            const reads = [...groups].filter(([, group]) => group.due.length > 0);
            return Promise.all(reads.map(([key, group]) => readGroup(reading, key, group.members, group.due)));
        }
    };
}

;// CONCATENATED MODULE: ./src/wait/engine/waitForJobs.ts
/**
 * Waits for jobs of one kind to end. No I/O of its own: AWS (through the kind), the clock and the log are passed
 * in, so tests drive it with a fake clock and never really wait. Each job is checked on its own schedule (see
 * schedule.ts); a kind that reads jobs in batches has a group read whenever one of its jobs is due (batchRounds.ts).
 * Verdicts and stops are left to the caller, which gets every job's last known status.
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
    const progress = new engine_progress/* ProgressLog */.qw(tracked);
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
        entry.memory = (0,engine_schedule/* recordCheck */.Y$)(entry.memory, status, nowMs);
        const settings = { pollIntervalSeconds: options.pollIntervalSeconds, random: options.random, deadlineMs };
        entry.nextAtMs = nowMs + (0,engine_schedule/* nextDelayMs */.j6)(entry.memory, nowMs, settings);
    };
    // A check abandoned for a cancellation or for the time being up is no failure of the job; and once the caller
    // has its result, late answers must not reach the log.
    const abandoned = () => stopped || abort.aborted() || timeUp.aborted();
    const check = async (entry) => {
        let status;
        try {
            status = await kind.describe(entry.job, options.timeUp);
        }
        catch (error) {
            if (abandoned())
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
        record(entry, status, clock.now());
    };
    /** Takes in a status AWS gave for the job at nowMs: a progress line if something changed, and its next check. */
    const record = (entry, status, nowMs) => {
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
        entry.status = (0,job/* laterStatus */.vI)(entry.status, status);
        entry.checked = true;
        entry.warned = false;
        entry.done = kind.isTerminal(status.state, entry.job);
        schedule(entry, status, nowMs);
        if (entry.done && options.followUps) {
            const more = options.followUps(entry.job, entry.status);
            followingUp.push(more.then((watched) => void tracked.push(...watched.map((w) => track(w, clock.now())))));
        }
    };
    // Follow-ups being started: a round ends only once they are, so their jobs are waited for from the next round on.
    const followingUp = [];
    const followUpsStarted = async () => {
        while (followingUp.length > 0)
            await Promise.all(followingUp.splice(0));
    };
    const checkEach = (entries) => (0,concurrency/* mapConcurrently */.X2)(entries, concurrency/* WAIT_CONCURRENCY */.GG, (entry) => (stopped || abort.aborted() ? Promise.resolve() : check(entry)));
    const batch = batchRounds(kind.batch, {
        waiting: () => tracked.filter((e) => !e.done),
        timeUp: options.timeUp,
        stopped: () => stopped,
        abandoned,
        now: () => clock.now(),
        log: options.log,
        isTransientError: (error) => kind.isTransientError(error),
        errorText: waitForJobs_errorText,
        record,
        failedCheck: (entry, nowMs) => schedule(entry, undefined, nowMs),
        checkEach
    });
    for (;;) {
        if (abort.aborted())
            return finish({ timedOut: false, cancelled: true });
        const nowMs = clock.now();
        const final = nowMs >= deadlineMs;
        // At the deadline, one last look at every job not already looked at since, so its status is current.
        const due = tracked.filter((e) => !e.done && (final ? (e.lastCheckAtMs ?? -Infinity) < deadlineMs : e.nextAtMs <= nowMs + COALESCE_MS));
        const round = batch.round(due).then(followUpsStarted);
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
            const message = (0,shared_escape/* oneLine */.TN)(`${why}: ${kind.label(job)} was still ${(0,engine_progress/* describeStatus */.Wn)(status)}; ${after}.`);
            const reason = (0,shared_escape/* oneLine */.TN)(`Still ${(0,engine_progress/* describeStatus */.Wn)(status)}; ${after}.`);
            verdicts.set(job, { verdict: 'failure', message, reason, cutShort: why });
        }
    }
    return result.jobs.map(({ job, status }) => ({ job, status, verdict: verdicts.get(job) }));
}


/***/ }),

/***/ 8577:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Wn: () => (/* binding */ describeStatus),
/* harmony export */   l9: () => (/* binding */ formatPercent),
/* harmony export */   qw: () => (/* binding */ ProgressLog)
/* harmony export */ });
/* unused harmony exports NOTE_REMINDER_MS, progressLine, formatChildCounts, COMPACT_ABOVE_JOBS */
/* harmony import */ var _shared_readableUnits_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7346);
/* harmony import */ var _shared_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6242);
/* harmony import */ var _shared_job_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6322);
/* harmony import */ var _schedule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6647);
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
    return (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(`${update.label}: ${facts}${explanation} [${(0,_shared_readableUnits_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(elapsedMs)}]`);
}
/** The facts of a status in one line: "RUNNING, 42% done, 1.2 GiB transferred, child jobs: 1 RUNNING — "message"". */
function describeStatus(status) {
    const parts = [status.state ? (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(status.state) : 'state unknown'];
    const percent = formatPercent(status.percentDone);
    if (percent !== undefined)
        parts.push(`${percent} done`);
    if (status.bytesTransferred !== undefined && status.bytesTransferred > 0)
        parts.push(`${(0,_shared_readableUnits_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(status.bytesTransferred)} transferred`);
    const children = formatChildCounts(status.childJobsInState);
    if (children)
        parts.push(`child jobs: ${children}`);
    const message = status.statusMessage ? ` — ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .quote */ .hD)(status.statusMessage, 200)}` : '';
    return `${parts.join(', ')}${message}`;
}
/** "42%", "42.5%" from PercentDone ("42.0", "42.54"); undefined when it is not a percentage. */
function formatPercent(percentDone) {
    const percent = (0,_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePercent */ .lo)(percentDone);
    return percent === undefined ? undefined : `${Number(percent.toFixed(1))}%`;
}
/** "3 RUNNING, 1 COMPLETED": the non-zero counts, in the order a job goes through its states. */
function formatChildCounts(counts) {
    const rank = (state) => {
        const index = _shared_job_js__WEBPACK_IMPORTED_MODULE_3__/* .JOB_STATES */ .RH.indexOf(state);
        return index === -1 ? _shared_job_js__WEBPACK_IMPORTED_MODULE_3__/* .JOB_STATES */ .RH.length : index;
    };
    return Object.entries(counts ?? {})
        .filter(([, count]) => Number.isFinite(count) && count > 0)
        .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
        .map(([state, count]) => `${count} ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(state)}`)
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
                lines.push((0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(`${pending.short ?? pending.label}: ${describeStatus(pending.next)}, ${pending.note} [${(0,_shared_readableUnits_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(elapsedMs)}]`));
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
        const percents = statuses.flatMap((s) => s?.state === 'RUNNING' && (0,_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePercent */ .lo)(s.percentDone) !== undefined ? [(0,_schedule_js__WEBPACK_IMPORTED_MODULE_2__/* .parsePercent */ .lo)(s.percentDone)] : []);
        const states = formatChildCounts(Object.fromEntries(counts)).replace(/(\d+ RUNNING)/, percents.length > 0 ? `$1 (${Number((percents.reduce((a, b) => a + b, 0) / percents.length).toFixed(1))}% done on average)` : '$1');
        // The first round shows every job as changed: the counts say it all.
        const first = changed.every((c) => c.previous === undefined);
        const named = changed.filter((c) => c.previous === undefined || c.previous.state !== c.next.state);
        const list = named.slice(0, NAMED_CHANGES).map((c) => `${c.short ?? c.label} ${describeStatus(c.next)}`);
        const more = named.length > NAMED_CHANGES ? `, and ${named.length - NAMED_CHANGES} more` : '';
        const changes = first || named.length === 0 ? '' : `; changed: ${list.join(', ')}${more}`;
        return (0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(`[${(0,_shared_readableUnits_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(elapsedMs)}] ${this.keys.length} jobs: ${states}${changes}`);
    }
}


/***/ }),

/***/ 6647:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y$: () => (/* binding */ recordCheck),
/* harmony export */   j6: () => (/* binding */ nextDelayMs),
/* harmony export */   lo: () => (/* binding */ parsePercent)
/* harmony export */ });
/* unused harmony exports NO_ESTIMATE_CAP_SECONDS, FAR_CAP_SECONDS, pollIntervalMs */
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


/***/ }),

/***/ 3487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ stopJobs)
/* harmony export */ });
/* harmony import */ var _shared_errorText_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3588);
/* harmony import */ var _shared_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6242);
/* harmony import */ var _shared_timers_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(407);
/* harmony import */ var _aws_networkErrors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(428);




/**
 * Asks AWS Backup to stop each job, at most `deadlineMs` in all, and says for each what happened. Every stop is sent
 * at once: after a cancellation the step has seconds, and stops queued behind slow ones would never be sent. At the
 * deadline the stops still in flight are abandoned, their retries included, so none is sent after the step said so.
 * Resource types AWS Backup cannot stop (RDS, Aurora, DocumentDB, Neptune, FSx, SAP HANA) get a clear line, not a crash.
 */
async function stopJobs(api, jobs, deadlineMs) {
    const deadline = (0,_shared_timers_js__WEBPACK_IMPORTED_MODULE_1__/* .timeoutSignal */ ._)(deadlineMs);
    return Promise.all(jobs.map((job) => stopOne(api, job, deadline, deadlineMs)));
}
async function stopOne(api, job, deadline, deadlineMs) {
    const label = `job ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(job.backupJobId)} for ${(0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .quote */ .hD)(job.resourceArn)}`;
    try {
        // The signal ends an attempt in flight; the race, one the SDK holds in its back-off between attempts.
        await Promise.race([api.stop(job, deadline), whenAborted(deadline)]);
        return { stopped: true, line: `Stopped ${label} (StopBackupJob accepted; it ends as ABORTED).` };
    }
    catch (error) {
        if (deadline.aborted) {
            return {
                stopped: false,
                line: `Could not stop ${label} within ${deadlineMs / 1000} s: AWS Backup had not answered; it may still be running.`
            };
        }
        if ((0,_shared_errorText_js__WEBPACK_IMPORTED_MODULE_3__/* .errorName */ .Is)(error) === 'InvalidRequestException') {
            // AWS says this both for resource types it cannot stop and for a job that ended a moment ago.
            const line = `Could not stop ${label}: AWS Backup refused (${(0,_shared_errorText_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutTrailingPeriod */ .Iq)((0,_shared_errorText_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error))}); jobs of some resource types (RDS, Aurora, DocumentDB, Neptune, FSx, SAP HANA) cannot be stopped, and a job that has just ended has nothing to stop.`;
            return { stopped: false, line };
        }
        if ((0,_aws_networkErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .isUnreachable */ .R0)(error)) {
            const fact = (0,_aws_networkErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .unreachableFact */ .BX)(`AWS Backup in ${job.region}`, 'StopBackupJob', error);
            return { stopped: false, line: `Could not stop ${label}: ${fact}; it may still be running.` };
        }
        return { stopped: false, line: `Could not stop ${label}: ${(0,_shared_errorText_js__WEBPACK_IMPORTED_MODULE_3__/* .withoutTrailingPeriod */ .Iq)((0,_shared_errorText_js__WEBPACK_IMPORTED_MODULE_3__/* .messageOf */ .bD)(error))}; it may still be running.` };
    }
}
function whenAborted(signal) {
    return new Promise((_, reject) => {
        if (signal.aborted)
            reject(signal.reason);
        else
            signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
}


/***/ })

};

//# sourceMappingURL=824.index.js.map