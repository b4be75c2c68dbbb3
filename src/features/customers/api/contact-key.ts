/** The query key of one contact in hand; kept apart so the realtime handler can write it without the API code. */
export const contactKey = (contactId: string) => ['contacts', contactId] as const;
