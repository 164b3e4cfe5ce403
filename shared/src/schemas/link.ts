/**
 * A link as stored anywhere in the product (offers, resources; forms and imports alike): only
 * `http:`, `https:` and `mailto:`. Any other scheme — `javascript:`, `data:`, `vbscript:`,
 * `file:` — would run code or open local content when a colleague clicks it in the dashboard.
 */
import { z } from 'zod';

const LINK_PROTOCOL = /^(https?|mailto)$/;

export const linkSchema = z.url({
  protocol: LINK_PROTOCOL,
  error: 'Give a full web address starting http:// or https://, or mailto: and an email address.',
});

/** For rendering: whether a stored value may become a link (data stored before the rule is shown as text). */
export function isSafeLink(value: string): boolean {
  return linkSchema.safeParse(value).success;
}
