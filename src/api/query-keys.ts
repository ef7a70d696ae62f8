// One hierarchical key factory per resource: invalidating `all` reaches every list and detail,
// `lists()` every filtered list, and a `list(params)` one exact view.

export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

function resourceKeys<const R extends string>(resource: R) {
  const keys = {
    all: [resource] as const,
    lists: () => [...keys.all, 'list'] as const,
    list: (params: Record<string, unknown>) => [...keys.lists(), params] as const,
    details: () => [...keys.all, 'detail'] as const,
    detail: (id: string) => [...keys.details(), id] as const,
  };
  return keys;
}

export const customerSessionKeys = resourceKeys('customer-sessions');
export const supplierSessionKeys = resourceKeys('supplier-sessions');
