export const id = 970;
export const ids = [970];
export const modules = {

/***/ 2970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  waitForBackupJobs: () => (/* binding */ waitForBackupJobs)
});

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
    const { previous, next, note, elapsedMs, lastLineElapsedMs } = update;
    const facts = describeStatus(next);
    const changed = previous === undefined || describeStatus(previous) !== facts;
    const remind = note !== undefined && (lastLineElapsedMs === undefined || elapsedMs - lastLineElapsedMs >= NOTE_REMINDER_MS);
    if (!changed && !remind)
        return undefined;
    const explanation = note === undefined ? '' : `, ${note}`;
    // The whole line through oneLine: the facts hold AWS's state and numbers unquoted.
    return (0,shared_escape/* oneLine */.TN)(`${update.label}: ${facts}${explanation} [${(0,readableUnits/* formatDuration */.a)(elapsedMs)}]`);
}
/** The facts of a status in one line: "RUNNING, 42% done, 1.2 GiB transferred, child jobs: 1 RUNNING — "message"". */
function describeStatus(status) {
    const parts = [status.state ? (0,shared_escape/* oneLine */.TN)(status.state) : 'state unknown'];
    const percent = formatPercent(status.percentDone);
    if (percent !== undefined)
        parts.push(`${percent} done`);
    if (status.bytesTransferred !== undefined && status.bytesTransferred > 0)
        parts.push(`${(0,readableUnits/* formatBytes */.z)(status.bytesTransferred)} transferred`);
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

// EXTERNAL MODULE: ./src/shared/errorText.ts
var errorText = __webpack_require__(3588);
// EXTERNAL MODULE: ./src/shared/concurrency.ts
var concurrency = __webpack_require__(438);
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
    const tracked = jobs.map(({ job, status }) => ({
        job,
        status,
        checked: false,
        done: false,
        nextAtMs: startMs,
        warned: false
    }));
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
        const previous = entry.checked ? entry.status : undefined;
        const line = progressLine({
            label: kind.label(entry.job),
            previous,
            next: status,
            note: kind.note?.(status),
            elapsedMs,
            lastLineElapsedMs: entry.lastLineElapsedMs
        });
        if (line !== undefined) {
            options.log(line);
            entry.lastLineElapsedMs = elapsedMs;
        }
        entry.status = (0,shared_job/* laterStatus */.vI)(entry.status, status);
        entry.checked = true;
        entry.warned = false;
        entry.done = kind.isTerminal(status.state);
        schedule(entry, status, nowMs);
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
        const round = batch.round(due);
        const ended = await Promise.race([abort.race(round), timeUp.race(round).then((r) => (r === 'aborted' ? 'time up' : r))]);
        if (ended === 'aborted')
            return finish({ timedOut: false, cancelled: true });
        if (ended === 'time up')
            return finish({ timedOut: true, cancelled: false });
        const waiting = tracked.filter((e) => !e.done);
        if (waiting.length === 0)
            return finish({ timedOut: false, cancelled: false });
        if (final)
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
    const timeout = (0,readableUnits/* formatDuration */.a)(options.timeoutSeconds * 1000);
    deps.info(`Waiting for ${jobs.length} ${kind.noun}${jobs.length === 1 ? '' : 's'} to end (timeout ${timeout}, status checks at most every ${options.pollIntervalSeconds} s).`);
    const result = await waitForJobs(jobs, kind, deps, {
        pollIntervalSeconds: options.pollIntervalSeconds,
        timeoutSeconds: options.timeoutSeconds,
        signal: deps.signal,
        timeUp: deps.timeUp(options.timeoutSeconds * 1000 + TIME_UP_GRACE_MS),
        random: options.random,
        log: (line) => deps.info(line)
    });
    const verdicts = new Map();
    const unfinished = [];
    for (const { job, status, error } of result.jobs) {
        if (error !== undefined) {
            verdicts.set(job, { verdict: 'failure', message: kind.describeError(job, error) });
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
        const stops = options.stopOnTimeout && kind.stop
            ? await kind.stop(unfinished.map((u) => u.job), deadlineMs)
            : [];
        stops.forEach((stop) => deps.info(stop.line));
        const why = result.cancelled ? 'The run was cancelled while waiting' : `The wait timed out after ${timeout}`;
        for (const [i, { job, status }] of unfinished.entries()) {
            const stop = stops[i];
            const after = kind.stop === undefined
                ? `it goes on running in ${kind.service} (a ${kind.noun} cannot be stopped)`
                : stop === undefined
                    ? `it goes on running in ${kind.service} (stop-job-on-timeout is false)`
                    : stop.stopped
                        ? 'it was stopped'
                        : 'it could not be stopped (see the log) and may still be running';
            const message = (0,shared_escape/* oneLine */.TN)(`${why}: ${kind.label(job)} was still ${describeStatus(status)}; ${after}.`);
            verdicts.set(job, { verdict: 'failure', message });
        }
    }
    return result.jobs.map(({ job, status }) => ({ job, status, verdict: verdicts.get(job) }));
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
    return { verdict: outcome.verdict, message: (0,shared_escape/* oneLine */.TN)(outcome.message) };
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

;// CONCATENATED MODULE: ./src/wait/listedBackupJobs.ts
// The creation dates are AWS's, as are the filters it compares them with (strictly): a second either side keeps the
// first and the last job in, and lets in few jobs of other callers.
const MARGIN_MS = 1000;
/** One query per vault and region of these jobs, over their creation dates; none for jobs whose date is unknown. */
function listQueries(jobs) {
    const spans = new Map();
    for (const { job, status } of jobs) {
        const created = status.creationDate?.getTime();
        if (created === undefined || !Number.isFinite(created))
            continue;
        const key = JSON.stringify([job.region, job.backupVaultName]);
        const span = spans.get(key);
        if (span === undefined)
            spans.set(key, { region: job.region, backupVaultName: job.backupVaultName, first: created, last: created });
        else {
            span.first = Math.min(span.first, created);
            span.last = Math.max(span.last, created);
        }
    }
    return [...spans.values()].map(({ region, backupVaultName, first, last }) => ({
        region,
        backupVaultName,
        createdAfter: new Date(first - MARGIN_MS),
        createdBefore: new Date(last + MARGIN_MS)
    }));
}
/**
 * Each job's status as listed, in the order given; undefined for a job not listed (yet: a new job can take seconds
 * to appear) and for a parent job, whose child counts only DescribeBackupJob gives.
 */
function answersFrom(jobs, listed) {
    const byId = new Map(listed.map((item) => [item.backupJobId, item.status]));
    return jobs.map(({ job, status }) => {
        const found = byId.get(job.backupJobId);
        return found === undefined || found.isParent === true || status.isParent === true ? undefined : found;
    });
}

;// CONCATENATED MODULE: ./src/wait/backupJobKind.ts







const NOT_STARTED = 'not started yet: AWS Backup runs one backup job per resource at a time, so another backup of this resource may still be running, ' +
    'or its start window has not opened yet (AWS Backup retries the start at least every 10 minutes until the window closes)';
/**
 * How a job is named at the start of a line. An ARN (which AWS accepted, so it starts with "arn:")
 * is shown as is, for readability; anything else is quoted so that it cannot start a runner command.
 */
function jobLabel(job) {
    const arn = job.resourceArn.startsWith('arn:') ? job.resourceArn : (0,shared_escape/* quote */.hD)(job.resourceArn);
    return (0,shared_escape/* oneLine */.TN)(`${arn} (job ${job.backupJobId})`);
}
/** What the polling loop needs of a backup job, but for the call that reads it. */
const BACKUP_JOB_LOOKS = {
    isTerminal: shared_job/* isTerminal */.Hd,
    label: jobLabel,
    note: (status) => (status.state === 'CREATED' ? NOT_STARTED : undefined),
    isTransientError: isTransientAwsError
};
function backupJobKind(api, settings, log) {
    return {
        ...BACKUP_JOB_LOOKS,
        noun: 'backup job',
        service: 'AWS Backup',
        describe: (job, signal) => api.describe(job, signal),
        batch: {
            key: (job) => job.region,
            describeMany: async (jobs, signal) => {
                const listed = await Promise.all(listQueries(jobs).map((query) => api.listJobs(query, signal)));
                return answersFrom(jobs, listed.flat());
            },
            describeError: (region, error) => (0,awsErrors/* describeAwsError */.P)(error, {
                operation: 'ListBackupJobs',
                region,
                backupVaultName: settings.jobs[0]?.backupVaultName ?? '',
                iamRoleArn: settings.iamRoleArn
            })
        },
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

;// CONCATENATED MODULE: ./src/wait/waitForBackupJobs.ts



/**
 * Waits for every started job and judges each; a record whose job did not start passes through as it is.
 * On timeout or cancellation the unfinished jobs are stopped first when stop-job-on-timeout asks for it.
 */
async function waitForBackupJobs(settings, api, records, deps) {
    const started = records.flatMap((record) => {
        const job = (0,shared_job/* startedJob */.xQ)(record);
        return job ? [{ record, job, status: record.status ?? {} }] : [];
    });
    const awaited = await awaitJobs(started, backupJobKind(api, settings, deps), deps, {
        pollIntervalSeconds: settings.pollIntervalSeconds,
        timeoutSeconds: settings.waitTimeoutSeconds,
        stopOnTimeout: settings.stopJobOnTimeout
    });
    // awaitJobs answers in the order it was given.
    const judged = new Map(started.map(({ record }, i) => [record, awaited[i]]));
    return records.map((record) => {
        const done = judged.get(record);
        return done ? { ...record, status: done.status, verdict: done.verdict } : record;
    });
}


/***/ })

};

//# sourceMappingURL=970.index.js.map