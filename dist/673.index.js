export const id = 673;
export const ids = [673];
export const modules = {

/***/ 7673:
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
// EXTERNAL MODULE: ./src/wait/engine/awaitJobs.ts + 2 modules
var awaitJobs = __webpack_require__(6626);
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
        afterJudged: async (job, status) => on((k, j) => k.afterJudged?.(j, status), (k, j) => k.afterJudged?.(j, status))(job),
        batch: batchOfFirst(first, second)
    };
}
/**
 * The first kind's batch reads, for its jobs; the second kind's jobs are each a group of their own, read alone. A
 * group holds jobs of one kind only, since the keys differ.
 */
function batchOfFirst(first, second) {
    const batch = first.batch;
    if (batch === undefined)
        return undefined;
    const groups = new Set();
    return {
        key: (either) => {
            const key = either.kind === 'first' ? batch.key(either.job) : `the ${second.label(either.job)}`;
            if (either.kind === 'first')
                groups.add(key);
            return key;
        },
        describeMany: async (jobs, signal) => {
            const firsts = jobs.flatMap(({ job, status }) => (job.kind === 'first' ? [{ job: job.job, status }] : []));
            if (firsts.length < jobs.length)
                return jobs.map(() => undefined);
            return batch.describeMany(firsts, signal);
        },
        describeError: (key, error) => (groups.has(key) ? batch.describeError(key, error) : `${key}: ${String(error)}`)
    };
}

// EXTERNAL MODULE: ./src/aws/awsErrors.ts
var awsErrors = __webpack_require__(9555);
// EXTERNAL MODULE: ./node_modules/@smithy/core/dist-cjs/submodules/retry/index.js
var retry = __webpack_require__(3609);
// EXTERNAL MODULE: ./src/aws/credentials.ts + 1 modules
var credentials = __webpack_require__(7873);
// EXTERNAL MODULE: ./src/aws/malformedAnswers.ts
var malformedAnswers = __webpack_require__(7625);
// EXTERNAL MODULE: ./src/aws/networkErrors.ts
var networkErrors = __webpack_require__(428);
;// CONCATENATED MODULE: ./src/aws/transientErrors.ts
// Its own module: only the wait needs it, and @smithy/core then loads with the SDK rather than before the first request.




/**
 * Calls that failed this way may pass when tried again later: throttling, 5xx, the network. A credentials renewal
 * that failed (its own retries spent) counts too: a long wait may outlast a blip. So does an answer that was not
 * AWS's (an HTML page from a proxy or a load balancer, a garbled body): the next may be AWS's own.
 */
function isTransientAwsError(error) {
    if (!(error instanceof Error))
        return false;
    const e = error;
    return ((0,retry.isTransientError)(e) ||
        (0,retry.isThrottlingError)(e) ||
        (0,retry.isServerError)(e) ||
        (0,networkErrors/* isUnreachable */.R0)(error) ||
        error instanceof credentials/* CredentialsError */.lE ||
        error instanceof malformedAnswers/* MalformedAnswerError */.S);
}

// EXTERNAL MODULE: ./src/shared/resourceLabel.ts
var resourceLabel = __webpack_require__(1795);
// EXTERNAL MODULE: ./src/shared/readableUnits.ts
var readableUnits = __webpack_require__(7346);
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

// EXTERNAL MODULE: ./src/shared/errorText.ts
var errorText = __webpack_require__(3588);
// EXTERNAL MODULE: ./src/wait/engine/progress.ts
var engine_progress = __webpack_require__(8577);
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
        const percent = (0,engine_progress/* formatPercent */.l9)(status.percentDone);
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

// EXTERNAL MODULE: ./src/wait/stopBackupJobs.ts
var stopBackupJobs = __webpack_require__(3487);
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
        batch: {
            key: (job) => job.region,
            describeMany: async (jobs, signal) => {
                const listed = await Promise.all(listQueries(jobs).map((query) => api.listJobs(query, signal)));
                const answers = answersFrom(jobs, listed.flat());
                await Promise.all(jobs.map(({ job }, i) => (answers[i] === undefined ? undefined : notStarted.seen(job, answers[i]))));
                return answers;
            },
            describeError: (region, error) => (0,awsErrors/* describeAwsError */.P)(error, { operation: 'ListBackupJobs', region, backupVaultName: '', iamRoleArn: settings.iamRoleArn })
        },
        judge: (job, status) => judgeJob(job, status, { allowPartial: settings.allowPartial }),
        describeError: (job, error) => (0,awsErrors/* describeAwsError */.P)(error, { ...(0,awsErrors/* jobContext */.R)(settings, job), operation: 'DescribeBackupJob' }),
        stop: (jobs, deadlineMs) => (0,stopBackupJobs/* stopJobs */.n)(api, jobs, deadlineMs),
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

// EXTERNAL MODULE: ./src/shared/concurrency.ts
var concurrency = __webpack_require__(438);
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
    return (0,awsErrors/* describeAwsError */.P)(error, {
        operation: 'StartCopyJob',
        resourceArn: job.resourceArn,
        subject: `${(0,shared_escape/* quote */.hD)(job.resourceArn)} to ${(0,shared_escape/* quote */.hD)(destination)}`,
        backupVaultName: job.backupVaultName,
        region: job.region,
        hint: (code, message) => code === 'ResourceNotFoundException' && /vault/i.test(message)
            ? `the destination vault does not exist in ${region} of account ${account}: create it, or fix copy-to-backup-vault-arn.`
            : /CopyIntoBackupVault/.test(message)
                ? "the destination vault's access policy must allow backup:CopyIntoBackupVault from this account, and AWS Organizations must allow cross-account backup."
                : undefined
    });
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
    const awaited = await (0,awaitJobs/* awaitJobs */.Tt)(started, kind, deps, {
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

//# sourceMappingURL=673.index.js.map