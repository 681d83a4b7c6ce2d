export const id = 659;
export const ids = [659];
export const modules = {

/***/ 8040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   stopLateStarts: () => (/* binding */ stopLateStarts)
/* harmony export */ });
/* unused harmony export LATE_ANSWER_MS */
/* harmony import */ var _aws_awsErrors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9555);
/* harmony import */ var _shared_escape_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6242);
/* harmony import */ var _shared_timers_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(407);
/* harmony import */ var _engine_awaitJobs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6626);
/* harmony import */ var _stopBackupJobs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3487);





/**
 * How long after the report a late start still gets to answer: with the grace period before it and the stop after
 * it, the step ends about 8 s after the runner's first signal, before the runner kills it (about 10 s).
 */
const LATE_ANSWER_MS = 3_000;
async function stopLateStarts(api, settings, starts, log) {
    await Promise.all(starts.map(async ({ request, answer }) => {
        const outcome = await withinMs(answer, LATE_ANSWER_MS);
        if (outcome === 'no answer') {
            log.info((0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(`The start for ${request.resourceArn} had still not answered ${LATE_ANSWER_MS / 1000} s later; if it made a backup job, idempotency token ${request.idempotencyToken} finds it.`));
        }
        else if ('error' in outcome) {
            const context = { ...(0,_aws_awsErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .jobContext */ .R)(settings, request), operation: 'StartBackupJob', idempotencyToken: request.idempotencyToken };
            log.info((0,_aws_awsErrors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeAwsError */ .P)(outcome.error, context));
        }
        else {
            const { backupJobId } = outcome.answer;
            log.info((0,_shared_escape_js__WEBPACK_IMPORTED_MODULE_2__/* .oneLine */ .TN)(`The start for ${request.resourceArn} answered after the run was cancelled: job ${backupJobId}; stopping it.`));
            const [stop] = await (0,_stopBackupJobs_js__WEBPACK_IMPORTED_MODULE_1__/* .stopJobs */ .n)(api, [{ ...request, backupJobId }], _engine_awaitJobs_js__WEBPACK_IMPORTED_MODULE_3__/* .STOP_DEADLINE_MS */ .lz);
            if (stop)
                log.info(stop.line);
        }
    }));
}
async function withinMs(answer, ms) {
    let cancel = () => undefined;
    const timeUp = new Promise((resolve) => (cancel = (0,_shared_timers_js__WEBPACK_IMPORTED_MODULE_4__/* .afterDelay */ .U5)(ms, () => resolve('no answer'))));
    try {
        return await Promise.race([
            answer.then((a) => ({ answer: a }), (error) => ({ error })),
            timeUp
        ]);
    }
    finally {
        cancel();
    }
}


/***/ })

};

//# sourceMappingURL=659.index.js.map