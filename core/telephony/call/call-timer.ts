/** The timers a call flow starts; starting one again replaces it. */
export type CallTimer = 'input';
