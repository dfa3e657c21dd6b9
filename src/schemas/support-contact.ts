/**
 * One support or advice contact: a crisis line, urgent health help, benefits advice or a carers'
 * organisation. The publisher keeps the list in src/settings.ts (`supportContacts`); the help page
 * and, later, the trainer's kit's safety section show it. Only facts someone has checked go in:
 * `source` and `checked` say where and when, so a reader (and the next editor) can check again.
 */
import { z } from 'astro/zod';

/** What a contact helps with; the help page has one section per topic, in this order. */
export const supportTopics = ['talk', 'health', 'benefits', 'carers'] as const;
export type SupportTopic = (typeof supportTopics)[number];

/** A phone number as people dial it ("116 123"): digits and spaces only. Session contacts use it too. */
export const dialledNumber = z.string().regex(/^[0-9 ]{3,20}$/, 'digits and spaces only, as people dial it');

export const supportContactSchema = z.object({
	/** The organisation or service, as it names itself ("Samaritans"). */
	name: z.string().min(2).max(60),
	/** Which section of the help page it goes in. */
	topic: z.enum(supportTopics),
	/** What it is for, in plain words for a reader at about age 11 (one or two short sentences). */
	for: z.string().min(10).max(200),
	/** Who it serves: always the country or countries ("People in England, Scotland and Wales"). */
	serves: z.string().min(5).max(120),
	/** A phone number only if it was checked; never guessed. */
	phone: z
		.object({
			/** As people dial it ("116 123"). */
			number: dialledNumber,
			/** When it is open and what it costs, if checked ("Free, 24 hours a day"). */
			note: z.string().max(120).optional(),
		})
		.optional(),
	/** Its own website (https only). */
	web: z.url({ protocol: /^https$/ }).optional(),
	/** Anything else a reader must know ("In an emergency, call 999."). */
	note: z.string().max(160).optional(),
	/** What the details were checked against. */
	source: z.string().min(5).max(160),
	/** When they were last checked (YYYY-MM-DD). */
	checked: z.iso.date(),
}).refine((contact) => contact.phone || contact.web, { error: 'give a phone number or a web address, or both' });

export type SupportContactInput = z.input<typeof supportContactSchema>;
export type SupportContact = z.output<typeof supportContactSchema>;
