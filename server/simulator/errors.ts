// The API's error shape {code, message}, and every code the simulator answers with.
export const ErrorCode = {
  unauthorized: 'UNAUTHORIZED',
  forbidden: 'FORBIDDEN',
  filterInvalid: 'SESSION_MANAGER_FILTER_INVALID',
  sortInvalid: 'SESSION_MANAGER_SORT_INVALID',
  pagingInvalid: 'SESSION_MANAGER_PAGING_INVALID',
  queryInvalid: 'SESSION_MANAGER_QUERY_INVALID',
  idInvalid: 'SESSION_MANAGER_ID_INVALID',
  notFound: 'SESSION_MANAGER_NOT_FOUND',
  authNameRequired: 'SESSION_MANAGER_AUTH_NAME_REQUIRED',
  cNameRequired: 'SESSION_MANAGER_CNAME_REQUIRED',
  actionNotSupported: 'SESSION_MANAGER_ACTION_NOT_SUPPORTED',
  bodyInvalid: 'SESSION_MANAGER_BODY_INVALID',
  routeNotFound: 'NOT_FOUND',
  badUrl: 'BAD_URL',
  uriTooLong: 'URI_TOO_LONG',
  unsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  payloadTooLarge: 'PAYLOAD_TOO_LARGE',
  badRequest: 'BAD_REQUEST',
  outage: 'SIMULATOR_OUTAGE',
  controlInvalid: 'SIMULATOR_BODY_INVALID',
  internal: 'INTERNAL_ERROR',
} as const;

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
  toBody(): { code: string; message: string } {
    return { code: this.code, message: this.message };
  }
}

/** Quotes a user-supplied value for an error message without letting it grow without bound. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}
