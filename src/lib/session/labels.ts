/**
 * The words of timetables: durations ("1 hour 15 minutes"), clock times past midnight
 * ("00:30 (next day)"), time into a module ("0:45") and the name of an unnamed break. One layer,
 * fed by the dictionary on the server (src/i18n/index.ts) and by the page's data-labels in the
 * browser, so a timetable reads the same wherever it is drawn.
 */
import type { Labels } from '../labels';
import type { Clock } from './clock';

/** The dictionary keys this layer reads; pages hand them to browser scripts that draw timetables. */
export const timeLabelKeys = ['time.hours.one', 'time.hours.other', 'time.minutes.one', 'time.minutes.other', 'time.hoursAndMinutes', 'session.nextDay', 'session.laterDay', 'session.break'] as const;

export interface TimeLabels {
	/** 75 → "1 hour 15 minutes"; 45 → "45 minutes"; 120 → "2 hours". */
	duration(minutes: number): string;
	/** "10:30", "00:30 (next day)", "09:00 (day 3)". */
	clock(clock: Clock): string;
	/** Minutes into a module or session as hours and minutes: 65 → "1:05". */
	elapsed(minutes: number): string;
	/** What a break without a label is called. */
	breakTitle: string;
}

export function timeLabels(labels: Pick<Labels, 't' | 'tn'>): TimeLabels {
	return {
		duration(total) {
			const hours = Math.floor(total / 60);
			const minutes = total % 60;
			if (!hours) return labels.tn('time.minutes', minutes);
			if (!minutes) return labels.tn('time.hours', hours);
			return labels.t('time.hoursAndMinutes', { hours: labels.tn('time.hours', hours), minutes: labels.tn('time.minutes', minutes) });
		},
		clock({ time, day }) {
			if (day === 0) return time;
			if (day === 1) return labels.t('session.nextDay', { time });
			return labels.t('session.laterDay', { time, day: day + 1 });
		},
		elapsed: (minutes) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`,
		breakTitle: labels.t('session.break'),
	};
}
