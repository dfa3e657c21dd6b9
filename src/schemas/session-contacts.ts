/**
 * Who people at a session turn to: the safeguarding lead, a local support line, and who answers
 * questions about payment. The publisher sets them in src/settings.ts (`sessionContacts`); each is
 * optional. Where one is set, the safety section of every session pack, the safety template and the
 * expenses claim print it; where it is not, they print a blank line to write it in by hand, because
 * a trainer can always fill in their own lead but should never find a stranger's name printed.
 */
import { z } from 'astro/zod';
import { dialledNumber as phone } from './support-contact';

/** A named person or team, reachable by phone, email or both. */
const personSchema = z
	.object({
		/** The person's name, or a team's ("Safeguarding team"). */
		name: z.string().trim().min(2).max(60),
		/** Their job, if it helps people find them ("Head of involvement"). */
		role: z.string().trim().min(2).max(60).optional(),
		phone: phone.optional(),
		email: z.email().optional(),
	})
	.refine((p) => p.phone || p.email, { error: 'give a phone number or an email address, or both' });

export const sessionContactsSchema = z.strictObject({
	/** Who a facilitator tells about a safeguarding concern, the same day. */
	safeguardingLead: personSchema.optional(),
	/** A support line near the publisher, beside the national ones in `supportContacts`. */
	localSupportLine: z
		.strictObject({
			/** The service, as it names itself. */
			name: z.string().trim().min(2).max(60),
			phone,
			/** Who it serves: always the place or country ("People in Leeds"). */
			serves: z.string().trim().min(5).max(120),
			/** When it is open and what it costs, if checked ("Free, 9am to 5pm on weekdays"). */
			note: z.string().trim().max(120).optional(),
		})
		.optional(),
	/** Who answers questions about payment for time and expenses claims. */
	paymentContact: personSchema.optional(),
});

export type SessionContactsInput = z.input<typeof sessionContactsSchema>;
export type SessionContacts = z.output<typeof sessionContactsSchema>;
