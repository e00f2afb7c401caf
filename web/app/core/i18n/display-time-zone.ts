/** Instants are shown on Tehran's wall clock in both languages: the organization's time, not the browser's. */
export const DISPLAY_TIME_ZONE = 'Asia/Tehran';
