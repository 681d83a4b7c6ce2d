export const id = 674;
export const ids = [674];
export const modules = {

/***/ 4674:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  waitAndJudge: () => (/* binding */ waitAndJudge)
});

// UNUSED EXPORTS: TIME_UP_GRACE_MS, isTransientAwsError

// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
// EXTERNAL MODULE: ./src/escape.ts
var src_escape = __webpack_require__(2988);
// EXTERNAL MODULE: ./src/errorText.ts
var errorText = __webpack_require__(9306);
;// CONCATENATED MODULE: ./src/jobTypes.ts
/** The facts this action tracks about one backup job, whichever AWS call they came from. */
const TERMINAL_STATES = ['COMPLETED', 'FAILED', 'ABORTED', 'EXPIRED', 'PARTIAL'];
function isTerminal(state) {
    return TERMINAL_STATES.includes(state ?? '');
}

// EXTERNAL MODULE: ./src/concurrency.ts
var concurrency = __webpack_require__(1532);
// EXTERNAL MODULE: ./src/readableUnits.ts
var readableUnits = __webpack_require__(5224);
// EXTERNAL MODULE: ./src/waitSchedule.ts
var waitSchedule = __webpack_require__(159);
;// CONCATENATED MODULE: ./src/waitProgress.ts
/**
 * The log lines printed while waiting. Pure: the loop decides when to print them.
 * A line is printed only when something a user would care about changed, so a long job's log
 * stays short; a job stuck in CREATED gets a reminder that says why it may not have started.
 */



/** How often to repeat the "not started yet" line while a job stays CREATED. */
const CREATED_REMINDER_MS = 5 * 60_000;
const NOT_STARTED = 'not started yet: AWS Backup runs one backup job per resource at a time, so another backup of this resource may still be running, ' +
    'or its start window has not opened yet (AWS Backup retries the start at least every 10 minutes until the window closes)';
// Known states first, in the order a job goes through them; anything else after, by name.
const STATE_ORDER = ['CREATED', 'PENDING', 'RUNNING', 'ABORTING', 'COMPLETED', 'PARTIAL', 'FAILED', 'ABORTED', 'EXPIRED'];
/** The line to print for this check, or undefined when nothing worth a line changed. */
function progressLine(update) {
    const { previous, next, elapsedMs, lastLineElapsedMs } = update;
    const facts = describeStatus(next);
    const changed = previous === undefined || describeStatus(previous) !== facts;
    const stillCreated = next.state === 'CREATED' && (lastLineElapsedMs === undefined || elapsedMs - lastLineElapsedMs >= CREATED_REMINDER_MS);
    if (!changed && !stillCreated)
        return undefined;
    const explanation = next.state === 'CREATED' ? `, ${NOT_STARTED}` : '';
    // The whole line through oneLine: the facts hold AWS's state and numbers unquoted.
    return (0,src_escape/* oneLine */.TN)(`${jobLabel(update.job)}: ${facts}${explanation} [${(0,readableUnits/* formatDuration */.a)(elapsedMs)}]`);
}
/**
 * How a job is named at the start of a line. An ARN (which AWS accepted, so it starts with "arn:")
 * is shown as is, for readability; anything else is quoted so that it cannot start a runner command.
 */
function jobLabel(job) {
    const arn = job.resourceArn.startsWith('arn:') ? job.resourceArn : (0,src_escape/* quote */.hD)(job.resourceArn);
    return (0,src_escape/* oneLine */.TN)(`${arn} (job ${job.backupJobId})`);
}
/** The facts of a status in one line: "RUNNING, 42% done, 1.2 GiB transferred, child jobs: 1 RUNNING — "message"". */
function describeStatus(status) {
    const parts = [status.state ? (0,src_escape/* oneLine */.TN)(status.state) : 'state unknown'];
    const percent = formatPercent(status.percentDone);
    if (percent !== undefined)
        parts.push(`${percent} done`);
    if (status.bytesTransferred !== undefined && status.bytesTransferred > 0)
        parts.push(`${(0,readableUnits/* formatBytes */.z)(status.bytesTransferred)} transferred`);
    const children = formatChildCounts(status.childJobsInState);
    if (children)
        parts.push(`child jobs: ${children}`);
    const message = status.statusMessage ? ` — ${(0,src_escape/* quote */.hD)(status.statusMessage, 200)}` : '';
    return `${parts.join(', ')}${message}`;
}
/** "42%", "42.5%" from PercentDone ("42.0", "42.54"); undefined when it is not a percentage. */
function formatPercent(percentDone) {
    const percent = (0,waitSchedule/* parsePercent */.lo)(percentDone);
    return percent === undefined ? undefined : `${Number(percent.toFixed(1))}%`;
}
/** "3 RUNNING, 1 COMPLETED": the non-zero counts, in the order a job goes through its states. */
function formatChildCounts(counts) {
    const rank = (state) => {
        const index = STATE_ORDER.indexOf(state);
        return index === -1 ? STATE_ORDER.length : index;
    };
    return Object.entries(counts ?? {})
        .filter(([, count]) => Number.isFinite(count) && count > 0)
        .sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
        .map(([state, count]) => `${count} ${(0,src_escape/* oneLine */.TN)(state)}`)
        .join(', ');
}

;// CONCATENATED MODULE: ./src/waitForJobs.ts
/**
 * Waits for started backup jobs to end. No I/O of its own: AWS, the clock and the log are passed
 * in, so tests drive it with a fake clock and never really wait. Each job is checked on its own
 * schedule (see waitSchedule.ts); stopping jobs, listing child jobs and annotations are left to
 * the caller, which gets every job's last known status.
 */






// Jobs due this close together are checked in one round: fewer wake-ups, and checking early never adds lag.
const COALESCE_MS = 1000;
async function waitForJobs(jobs, source, clock, options) {
    const startMs = clock.now();
    const deadlineMs = startMs + Math.max(0, options.timeoutSeconds) * 1000;
    const tracked = jobs.map((job) => ({
        job,
        status: { isParent: job.isParent, creationDate: job.creationDate, recoveryPointArn: job.recoveryPointArn },
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
        entry.memory = (0,waitSchedule/* recordCheck */.Y$)(entry.memory, status, nowMs);
        const settings = { pollIntervalSeconds: options.pollIntervalSeconds, random: options.random, deadlineMs };
        entry.nextAtMs = nowMs + (0,waitSchedule/* nextDelayMs */.j6)(entry.memory, nowMs, settings);
    };
    const check = async (entry) => {
        let status;
        try {
            status = await source.describe(entry.job, options.timeUp);
        }
        catch (error) {
            // A check abandoned for a cancellation or for the time being up is no failure of the job; and once the caller
            // has its result, late answers must not reach the log.
            if (stopped || abort.aborted() || timeUp.aborted())
                return;
            const nowMs = clock.now();
            if (options.isTransientError(error)) {
                if (!entry.warned)
                    options.log(`Warning: ${jobLabel(entry.job)}: status check failed (${waitForJobs_errorText(error)}); checking again later.`);
                entry.warned = true;
                schedule(entry, undefined, nowMs);
            }
            else {
                options.log(`${jobLabel(entry.job)}: status check failed (${waitForJobs_errorText(error)}); no longer waiting for this job.`);
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
        const previous = entry.checked ? entry.status : undefined;
        const line = progressLine({ job: entry.job, previous, next: status, elapsedMs, lastLineElapsedMs: entry.lastLineElapsedMs });
        if (line !== undefined) {
            options.log(line);
            entry.lastLineElapsedMs = elapsedMs;
        }
        entry.status = status;
        entry.checked = true;
        entry.warned = false;
        entry.done = isTerminal(status.state);
        schedule(entry, status, nowMs);
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
    return `${(0,errorText/* namePrefix */.w8)(error)}${(0,src_escape/* quote */.hD)(error instanceof Error ? error.message : String(error), 300)}`;
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

;// CONCATENATED MODULE: ./src/jobOutcome.ts
/**
 * The verdict on a job once the wait is over. Pure: one sentence per verdict, naming the resource,
 * for the log, the annotation and the step summary.
 */




const FAILED_CHILD_STATES = new Set(['FAILED', 'ABORTED', 'EXPIRED']);
// Status messages explain failures: keep more of them than quote's default.
const MESSAGE_LENGTH = 500;
function judgeJob(job, status, options) {
    const outcome = verdictOn(job, status, options);
    // The whole sentence on one line: the state and the job id come from AWS unquoted.
    return { verdict: outcome.verdict, message: (0,src_escape/* oneLine */.TN)(outcome.message) };
}
function verdictOn(job, status, options) {
    const subject = `Backup of ${(0,src_escape/* quote */.hD)(job.resourceArn)} (job ${(0,src_escape/* oneLine */.TN)(job.backupJobId)})`;
    // AWS's messages end with a period, and the sentence goes on after them.
    const reason = status.statusMessage ? `: ${(0,src_escape/* quote */.hD)((0,errorText/* withoutTrailingPeriod */.Iq)(status.statusMessage), MESSAGE_LENGTH)}` : '';
    const state = status.state;
    if (!isTerminal(state)) {
        const percent = formatPercent(status.percentDone);
        const progress = percent === undefined ? '' : `, ${percent} done`;
        return unfinished(`${subject} had not finished when the wait ended (state ${state ? (0,src_escape/* oneLine */.TN)(state) : 'unknown'}${progress}).`);
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
        const message = `${subject} completed with issues (message category ${(0,src_escape/* quote */.hD)(category)})${reason}.`;
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
    if (counts.length === 0 || !counts.every(([childState]) => FAILED_CHILD_STATES.has(childState)))
        return undefined;
    return counts.map(([childState, count]) => `${count} ${childState}`).join(', ');
}
function failure(message) {
    return { verdict: 'failure', message };
}
function unfinished(message) {
    return { verdict: 'unfinished', message };
}

;// CONCATENATED MODULE: ./src/stopJobs.ts



// A cancelled run must exit within seconds of the runner's first signal, stopped or not.
const STOP_DEADLINE_MS = 3_000;
// After a timeout nothing hurries the step: a throttled stop gets the time its retries need.
const STOP_AFTER_TIMEOUT_MS = 60_000;
/**
 * Asks AWS Backup to stop each job, at most `deadlineMs` in all, and says for each what happened.
 * Resource types AWS Backup cannot stop (RDS, Aurora, DocumentDB, Neptune, FSx, SAP HANA) get a clear line, not a crash.
 */
async function stopJobs(api, jobs, deadlineMs = STOP_DEADLINE_MS) {
    const results = jobs.map((job) => ({
        stopped: false,
        line: `Could not stop job ${(0,src_escape/* oneLine */.TN)(job.backupJobId)} for ${(0,src_escape/* quote */.hD)(job.resourceArn)} within ${deadlineMs / 1000} s; it may still be running.`
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
    const label = `job ${(0,src_escape/* oneLine */.TN)(job.backupJobId)} for ${(0,src_escape/* quote */.hD)(job.resourceArn)}`;
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

// EXTERNAL MODULE: ./src/awsErrors.ts
var awsErrors = __webpack_require__(9905);
// EXTERNAL MODULE: ./src/networkErrors.ts
var networkErrors = __webpack_require__(4310);
// EXTERNAL MODULE: ./src/credentials.ts
var credentials = __webpack_require__(3029);
;// CONCATENATED MODULE: ./src/waitAndJudge.ts










// The last look at the deadline gets this long; a check still retrying after it is abandoned, so the step keeps to
// wait-timeout-minutes even when AWS answers slowly.
const TIME_UP_GRACE_MS = 5_000;
/**
 * Status checks that failed this way are tried again at the next poll; anything else ends the wait for that job.
 * A credentials renewal that failed (its own retries spent) is tried again too: a long wait may outlast a blip.
 */
function isTransientAwsError(error) {
    if (!(error instanceof Error))
        return false;
    const e = error;
    return (0,retry.isTransientError)(e) || (0,retry.isThrottlingError)(e) || (0,retry.isServerError)(e) || (0,networkErrors/* isUnreachable */.R0)(error) || error instanceof credentials/* CredentialsError */.lE;
}
/**
 * Waits for every started job, then judges each: the facts for the report and what failed.
 * On timeout or cancellation the unfinished jobs are stopped first when stop-job-on-timeout asks for it.
 */
async function waitAndJudge(settings, api, outcomes, rt) {
    const started = outcomes.flatMap((outcome) => (outcome.job ? [outcome.job] : []));
    rt.info(`Waiting for ${started.length} backup job${started.length === 1 ? '' : 's'} to end (timeout ${(0,readableUnits/* formatDuration */.a)(settings.waitTimeoutSeconds * 1000)}, status checks at most every ${settings.pollIntervalSeconds} s).`);
    const result = await waitForJobs(started, api, rt, {
        pollIntervalSeconds: settings.pollIntervalSeconds,
        timeoutSeconds: settings.waitTimeoutSeconds,
        signal: rt.signal,
        timeUp: rt.timeUp(settings.waitTimeoutSeconds * 1000 + TIME_UP_GRACE_MS),
        log: (line) => rt.info(line),
        isTransientError: isTransientAwsError
    });
    const statusOf = new Map(result.jobs.map((r) => [r.job, r.status]));
    const facts = outcomes.map((outcome) => (outcome.job ? { outcome, status: statusOf.get(outcome.job) } : { outcome }));
    const failures = [];
    const unfinished = [];
    for (const { job, status, error } of result.jobs) {
        if (error !== undefined) {
            const message = (0,awsErrors/* describeAwsError */.P)(error, { ...(0,awsErrors/* jobContext */.R)(settings, job), operation: 'DescribeBackupJob' });
            failures.push({ resourceArn: job.resourceArn, message });
            continue;
        }
        const verdict = judgeJob(job, status, { allowPartial: settings.allowPartial });
        if (verdict.verdict === 'failure')
            failures.push({ resourceArn: job.resourceArn, message: verdict.message });
        if (verdict.verdict === 'warning')
            rt.warning(verdict.message);
        if (verdict.verdict === 'success')
            rt.info(verdict.message);
        if (verdict.verdict === 'unfinished')
            unfinished.push(job);
        if (status.isParent && !rt.signal.aborted)
            await logChildren(api, settings, job, rt);
    }
    if (unfinished.length > 0) {
        // A cancelled run has seconds before the runner kills it; a timed-out one can let the stops finish.
        const stopDeadlineMs = result.cancelled ? STOP_DEADLINE_MS : STOP_AFTER_TIMEOUT_MS;
        const stops = settings.stopJobOnTimeout ? await stopJobs(api, unfinished, stopDeadlineMs) : [];
        stops.forEach((stop) => rt.info(stop.line));
        const why = result.cancelled
            ? 'The run was cancelled while waiting'
            : `The wait timed out after ${(0,readableUnits/* formatDuration */.a)(settings.waitTimeoutSeconds * 1000)}`;
        for (const [i, job] of unfinished.entries()) {
            const status = statusOf.get(job) ?? {};
            const stop = stops[i];
            const after = stop === undefined
                ? 'it goes on running in AWS Backup (stop-job-on-timeout is false)'
                : stop.stopped
                    ? 'it was stopped'
                    : 'it could not be stopped (see the log) and may still be running';
            failures.push({
                resourceArn: job.resourceArn,
                message: (0,src_escape/* oneLine */.TN)(`${why}: ${jobLabel(job)} was still ${describeStatus(status)}; ${after}.`)
            });
        }
    }
    return { facts, failures };
}
/** A composite job's children, listed once it ends, so a user sees which resources failed. */
async function logChildren(api, settings, job, rt) {
    try {
        const children = await api.listChildren(job);
        rt.info(`${jobLabel(job)} has ${children.length} child job${children.length === 1 ? '' : 's'}:`);
        for (const child of children) {
            const message = child.statusMessage ? ` - ${child.statusMessage}` : '';
            rt.info((0,src_escape/* oneLine */.TN)(`  ${child.backupJobId} ${child.resourceArn ?? ''}: ${child.state ?? 'unknown'}${message}`));
        }
    }
    catch (error) {
        rt.warning((0,awsErrors/* describeAwsError */.P)(error, { ...(0,awsErrors/* jobContext */.R)(settings, job), operation: 'ListBackupJobs' }));
    }
}


/***/ })

};

//# sourceMappingURL=674.index.js.map