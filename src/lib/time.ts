/** Clock arithmetic for session timetables. */

/** "09:30" plus 75 minutes → "10:45". Wraps past midnight ("23:30" + 60 → "00:30"). */
export function clockTime(start: string, offsetMinutes: number): string {
	const match = /^(\d{2}):(\d{2})$/.exec(start);
	if (!match) throw new Error(`start time must be HH:MM, got ${JSON.stringify(start)}`);
	const total = (Number(match[1]) * 60 + Number(match[2]) + offsetMinutes) % (24 * 60);
	const minutes = (total + 24 * 60) % (24 * 60);
	return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Which day `offsetMinutes` after `start` ("HH:MM") falls on: 0 the same day, 1 the next… */
export function dayOffset(start: string, offsetMinutes: number): number {
	const [hours, minutes] = start.split(':').map(Number);
	return Math.floor((hours * 60 + minutes + offsetMinutes) / (24 * 60));
}
