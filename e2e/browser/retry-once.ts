/**
 * Browser tests run a real Chromium against the whole platform on a 2-core machine, two files at a time: a
 * click can land while a list re-renders, or a chart can still be settling, and the step times out although
 * nothing is wrong. Such a test runs once more, with the first failure printed in full so that flakes stay
 * visible in the log. A real fault fails both runs, and so the suite.
 */
jest.retryTimes(1, { logErrorsBeforeRetry: true });
