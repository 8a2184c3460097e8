/** How far a region's hospitals have reported: the map's colour bands, said in its legend too. */
export const PROGRESS_BANDS = ['none', 'started', 'half', 'done'] as const;
export type ProgressBand = (typeof PROGRESS_BANDS)[number];

/** The bands' colours, light to dark as more hospitals reported (one blue scale, colour-blind safe). */
export const BAND_COLOUR: Readonly<Record<ProgressBand | 'absent', string>> = {
  absent: '#ffffff',
  none: '#e4e6ea',
  started: '#9ecae1',
  half: '#4292c6',
  done: '#08519c',
};

/** none: nobody reported; started: under half; half: half or more; done: every hospital. */
export function progressBand(reporting: number, hospitals: number): ProgressBand {
  if (reporting === 0) return 'none';
  if (reporting >= hospitals) return 'done';
  return reporting * 2 >= hospitals ? 'half' : 'started';
}

/** Whole percent for the page (counts, not money: a JS number is exact here). */
export const percentOf = (part: number, whole: number) =>
  whole === 0 ? 0 : Math.floor((part * 100) / whole);
