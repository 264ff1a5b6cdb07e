import { z } from 'zod';

/** A role name. */
export const roleSchema = z.enum(['admin', 'director', 'officer', 'viewer', 'reporter']);
/** A province scope: two-digit codes, or '*' for every province. */
export const scopeSchema = z
  .array(z.string().regex(/^(\d{2}|\*)$/))
  .max(40)
  .describe('Province codes, or ["*"] for all');

/** Log-in body. */
export const loginSchema = z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(200) });
/** Preferences body. */
export const preferencesSchema = z.object({ language: z.enum(['vi', 'en']) });
/** New user body. */
export const createUserSchema = z.object({
  username: z
    .string()
    .regex(/^[a-z0-9._-]{3,64}$/)
    .describe('lowercase letters, digits, . _ -'),
  displayName: z.string().min(1).max(120),
  role: roleSchema,
  scope: scopeSchema,
  password: z.string().min(8).max(200),
  reporterFor: z
    .object({ kind: z.enum(['enterprise', 'cluster']), id: z.string().min(1).max(64) })
    .nullable()
    .optional(),
});
/** User change body. */
export const updateUserSchema = z.object({
  displayName: z.string().min(1).max(120).optional(),
  role: roleSchema.optional(),
  scope: scopeSchema.optional(),
  active: z.boolean().optional(),
  password: z.string().min(8).max(200).optional(),
});
