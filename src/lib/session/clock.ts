/**
 * The one clock type of the site: a time on a 24-hour clock and the day it falls on. Every
 * timetable (path pages, handouts, ready-made sessions, room views, the planner) works its times
 * out with these functions, so they agree to the minute.
 */

/** A moment in a session: the time on the clock and the day it falls on (0 the first day). */
export interface Clock {
	/** "09:30", 24-hour. */
	time: string;
	/** 0 on the day the session starts, 1 the next day… */
	day: number;
}

/** Where a session starts when nothing says otherwise: a group path without `startTime`, a new plan. */
export const defaultStartTime = '10:00';

export const dayMinutes = 24 * 60;

const startPattern = /^([01]\d|2[0-3]):?([0-5]\d)$/;

/** "0930" or "09:30" → "09:30"; undefined if it is not a 24-hour time of day. */
export function readStart(text: string): string | undefined {
	const match = startPattern.exec(text);
	return match ? `${match[1]}:${match[2]}` : undefined;
}

/** Minutes after midnight of a start time; throws, naming it, if it is not HH:MM. */
export function startMinutes(start: string): number {
	const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(start);
	if (!match) throw new Error(`start time must be HH:MM, got ${JSON.stringify(start)}`);
	return Number(match[1]) * 60 + Number(match[2]);
}

/** The clock time and day `offset` minutes after `start` ("23:30" + 60 → 00:30 on day 1). */
export function clockAt(start: string, offset: number): Clock {
	const total = startMinutes(start) + offset;
	const minutes = ((total % dayMinutes) + dayMinutes) % dayMinutes;
	return {
		time: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
		day: Math.floor(total / dayMinutes),
	};
}
