export { attachSubscriptions, rejectHttpSubscriptions, DEFAULT_TUNING, type SubscriptionServer, type SubscriptionServerOptions, type SubscriptionTuning, type SubscriptionStats } from './server';
export { CLOSE_CODES, CLOSE_REASONS } from './close-codes';
export { planPayload, type PayloadPlan } from './payload';
export { scopeKey } from './executor';
