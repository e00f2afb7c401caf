/** Line icons on a 24×24 grid, drawn with a 2-unit stroke; one path each. */
export const ICON_PATHS = {
  home: 'M3 11.5 12 4l9 7.5M5.5 9.5V20h5v-5.5h3V20h5V9.5',
  headset: 'M4 15v-3a8 8 0 0 1 16 0v3M4 14h3.5v6H5.5A1.5 1.5 0 0 1 4 18.5zM20 14h-3.5v6h2a1.5 1.5 0 0 0 1.5-1.5z',
  inbox: 'M4 13.5 6.5 5h11l2.5 8.5V19H4zM4 13.5h4.5l1.2 2.5h4.6l1.2-2.5H20',
  portal: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18zM3 12h18M12 3c2.5 2.6 3.6 5.6 3.6 9s-1.1 6.4-3.6 9M12 3c-2.5 2.6-3.6 5.6-3.6 9s1.1 6.4 3.6 9',
  designer: 'M3 4h7v5H3zM14 15h7v5h-7zM6.5 9v8.5H14M14 6.5h3.5V15',
  admin: 'M4 6h9M17 6h3M15 4v4M4 12h3M11 12h9M9 10v4M4 18h11M19 18h1M17 16v4',
  audit: 'M3.5 12a8.5 8.5 0 1 0 2.6-6.1M3.5 4v4.5H8M12 7.5V12l3 2',
  reports: 'M4 20h16M6.5 20v-7M11 20V5M15.5 20v-9.5M20 20v-4',
  status: 'M3 12h4l2.5-6.5 5 13L17 12h4',
  calendar: 'M4 6h16v14H4zM4 10.5h16M8.5 3.5v5M15.5 3.5v5',
  language: 'M4 5h9M8.5 3v2M6 5c.8 3.5 3 6.3 6 8M11 5c-.8 3.8-3.2 6.8-7 8.5M13 21l4-10 4 10M14.5 17.5h5',
  'chevron-start': 'M15 5.5 8.5 12l6.5 6.5',
  'chevron-end': 'M9 5.5 15.5 12 9 18.5',
  'double-chevron-start': 'M12 5.5 5.5 12l6.5 6.5M18.5 5.5 12 12l6.5 6.5',
  'double-chevron-end': 'M5.5 5.5 12 12l-6.5 6.5M12 5.5l6.5 6.5-6.5 6.5',
  refresh: 'M19.5 12a7.5 7.5 0 1 1-2.2-5.3M19.5 4v5h-5',
  ok: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18zM8 12.2l2.7 2.7L16 9.5',
  alert: 'M12 3a9 9 0 1 0 0 18 9 9 0 1 0 0-18zM12 7.5v6M12 16.5v.5',
  database: 'M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3zM4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3',
  engine: 'M12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 1 0 0-7zM12 2.5v3M12 18.5v3M2.5 12h3M18.5 12h3M5.3 5.3l2.1 2.1M16.6 16.6l2.1 2.1M5.3 18.7l2.1-2.1M16.6 7.4l2.1-2.1',
  hourglass: 'M6 3h12M6 21h12M7.5 3c0 5 9 5.5 9 9s-9 4-9 9M16.5 3c0 5-9 5.5-9 9s9 4 9 9',
  close: 'M6 6l12 12M18 6 6 18',
} as const;

export type IconName = keyof typeof ICON_PATHS;

/** Icons that point along the reading direction and are mirrored in right-to-left pages. */
export const DIRECTIONAL_ICONS: ReadonlySet<IconName> = new Set<IconName>(['chevron-start', 'chevron-end', 'double-chevron-start', 'double-chevron-end']);
