/** The languages the product speaks; Persian first. */
export type Language = 'fa' | 'en';
