/** Administrators' user forms: create, change role or locality, deactivate. */
import { z } from 'zod';
import { LOCALITY_CODES, LOCALITY_ROLES, ROLES } from '../reference/index';

const localityRoles: readonly string[] = LOCALITY_ROLES;

/** Deans and academy leads belong to one locality; admin and national users to none. */
function checkLocalityForRole(value: { role: string; localityCode: string | null }, ctx: z.RefinementCtx): void {
  const needsLocality = localityRoles.includes(value.role);
  if (needsLocality && !value.localityCode) {
    ctx.addIssue({ code: 'custom', path: ['localityCode'], message: 'A dean or academy lead needs a locality.' });
  }
  if (!needsLocality && value.localityCode) {
    ctx.addIssue({ code: 'custom', path: ['localityCode'], message: 'Only deans and academy leads have a locality.' });
  }
}

const roleFields = {
  role: z.enum(ROLES),
  localityCode: z.enum(LOCALITY_CODES).nullable().default(null),
};

export const createUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email('Enter an email address.')),
    name: z.string().trim().min(1, 'Enter a name.').max(200),
    ...roleFields,
  })
  .superRefine(checkLocalityForRole);

export const updateUserSchema = z
  .object({
    id: z.number().int().positive(),
    name: z.string().trim().min(1, 'Enter a name.').max(200),
    ...roleFields,
    active: z.boolean(),
  })
  .superRefine(checkLocalityForRole);

export type CreateUserInput = z.input<typeof createUserSchema>;
export type UpdateUserInput = z.input<typeof updateUserSchema>;
