// The roles a person can have: stored in the users table, granted permissions in app/auth/access.ts.
export const ROLES = ["admin", "legal", "procurement"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin",
  legal: "Legal",
  procurement: "Procurement",
};
