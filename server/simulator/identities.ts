// Demo OAuth2 clients and users, and the four Session Manager privileges (scopes).
export const PRIVILEGES = {
  customerView: 'sms-session-manager.view',
  supplierView: 'sms-supplier-session-manager.view',
  customerManage: 'customer-connection-session-manager.manage',
  supplierManage: 'supplier-gate-session-manager.manage',
} as const;
export const ALL_PRIVILEGES: readonly string[] = Object.values(PRIVILEGES);

export interface DemoClient {
  id: string;
  secret: string;
  privileges: readonly string[];
}

export interface DemoUser {
  name: string;
  password: string;
  displayName: string;
  privileges: readonly string[];
  summary: string;
}

export const DEFAULT_REDIRECT_URIS = [
  'http://127.0.0.1:8080/auth/callback',
  'http://localhost:8080/auth/callback',
];

export const CLIENTS: readonly DemoClient[] = [
  { id: 'noc-demo', secret: 'noc-demo-secret', privileges: ALL_PRIVILEGES },
  {
    id: 'viewer-demo',
    secret: 'viewer-demo-secret',
    privileges: [PRIVILEGES.customerView, PRIVILEGES.supplierView],
  },
];

export const USERS: readonly DemoUser[] = [
  {
    name: 'noc',
    password: 'demo',
    displayName: 'NOC operator',
    privileges: ALL_PRIVILEGES,
    summary: 'views customer and supplier sessions, stops customer binds, restarts supplier gates',
  },
  {
    name: 'support',
    password: 'demo',
    displayName: 'Support agent',
    privileges: [PRIVILEGES.customerView, PRIVILEGES.customerManage],
    summary: 'views customer sessions and stops customer binds',
  },
  {
    name: 'manager',
    password: 'demo',
    displayName: 'Manager',
    privileges: [PRIVILEGES.customerView, PRIVILEGES.supplierView],
    summary: 'views customer and supplier sessions (read only)',
  },
];

export function findClient(id: string): DemoClient | undefined {
  return CLIENTS.find((c) => c.id === id);
}

export function findUser(name: string): DemoUser | undefined {
  return USERS.find((u) => u.name === name);
}
