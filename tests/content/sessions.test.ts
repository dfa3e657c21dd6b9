/**
 * The ready-made sessions as trainers run them, timed through the real session model from the
 * real content: the three-hour induction fits its morning, with one welcome and one close.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/content-files';
import { indexById } from '../../src/lib/derive';
import { pathSession } from '../../src/lib/session';
import { time } from '../../src/i18n';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { content } = loadContentFromDisk(`${root}content`, root);
const modules = indexById(content.modules.flatMap((m) => (m.data ? [{ id: m.id, data: m.data }] : [])));
const path = (id: string) => {
	const found = content.paths.find((p) => p.id === id)?.data;
	if (!found) throw new Error(`no path ${id}`);
	return found;
};

describe('the three-hour induction (content/paths/induction-day.md)', () => {
	const session = pathSession(path('induction-day'), modules);
	const activities = session.rows.flatMap((r) => (r.kind === 'activity' ? [r.activity] : []));

	it('runs from 10:00 to 13:00, 3 hours in all', () => {
		expect([session.start, time.clock(session.end), session.totalMinutes, time.duration(session.totalMinutes)]).toEqual(['10:00', '13:00', 180, '3 hours']);
	});

	it('has one break, near the middle', () => {
		const breaks = session.rows.filter((r) => r.kind === 'break');
		expect(breaks).toHaveLength(1);
		expect(breaks[0].startsAt).toBeGreaterThanOrEqual(60);
		expect(breaks[0].startsAt + breaks[0].minutes).toBeLessThanOrEqual(120);
	});

	it('welcomes once, at the start, and closes once, at the end', () => {
		const types = activities.map((a) => a.type);
		expect(types.filter((type) => type === 'welcome')).toHaveLength(1);
		expect(types.filter((type) => type === 'closing')).toHaveLength(1);
		expect([types[0], types.at(-1)]).toEqual(['welcome', 'closing']);
	});

	it('is built on the module "Running an induction"', () => {
		expect(session.modules[0].id).toBe('running-an-induction');
		const fromIt = activities.filter((a) => modules.get('running-an-induction')!.data.activities.includes(a));
		expect(fromIt.length).toBeGreaterThan(activities.length / 2);
	});
});

describe('the World Café (content/paths/world-cafe-on-the-four-roles.md)', () => {
	const session = pathSession(path('world-cafe-on-the-four-roles'), modules);
	const cafe = modules.get('running-a-world-cafe-on-the-four-roles')!.data;

	it('takes the whole group part of its module, with one break after the second round', () => {
		expect(session.learningMinutes).toBe(cafe.format.group);
		const rows = session.rows.map((r) => (r.kind === 'break' ? 'break' : r.activity.id));
		expect(rows.filter((r) => r === 'break')).toHaveLength(1);
		expect(rows.indexOf('break')).toBe(rows.indexOf('round-two') + 1);
		expect([time.clock(session.end), session.totalMinutes]).toEqual(['16:15', 135]);
	});

	it('puts every table question on the room view, and the harvest question on the harvest slide', () => {
		const body = content.modules.find((m) => m.id === 'running-a-world-cafe-on-the-four-roles')!.body;
		const questions = [...body.matchAll(/^- \*\*(.+?):\*\* (.+)$/gm)].map(([, label, text]) => ({ label, text }));
		expect(questions.map((q) => q.label)).toEqual(['Community builder', 'Improvement expert', 'Disruptor or advocate', 'Citizen leader', 'Harvest']);
		const steps = (id: string) => cafe.activities.find((a) => a.id === id)!.instructions.join('\n');
		for (const q of questions.slice(0, 4)) expect(steps('round-one')).toContain(`${q.label}: ${q.text}`);
		expect(steps('harvest')).toContain(`The harvest question: ${questions[4].text}`);
		expect(cafe.worldCafeHarvest).toBe('harvest');
	});
});
