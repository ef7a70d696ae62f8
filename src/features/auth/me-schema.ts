import * as z from 'zod/mini';

// Validated at the boundary: the rest of the app trusts this shape.
export const meSchema = z.object({
  user: z.object({ name: z.string(), id: z.string() }),
  privileges: z.array(z.string()),
  expiresAt: z.string(),
  csrfToken: z.string(),
  authMode: z.enum(['authorization_code', 'client_credentials']),
});

export type Me = z.infer<typeof meSchema>;
