import { describe, expect, it } from 'vitest';
import {
  CUSTOMER_VIEW_PRIVILEGE,
  describeAbilities,
  RESTART_GATES_PRIVILEGE,
  STOP_BINDS_PRIVILEGE,
  SUPPLIER_VIEW_PRIVILEGE,
} from './privileges';

describe('describeAbilities', () => {
  it('says what each demo account may do', () => {
    expect(describeAbilities([CUSTOMER_VIEW_PRIVILEGE, STOP_BINDS_PRIVILEGE])).toBe(
      'Your account may see customer sessions and stop customer binds.',
    );
    expect(describeAbilities([SUPPLIER_VIEW_PRIVILEGE, CUSTOMER_VIEW_PRIVILEGE])).toBe(
      'Your account may see customer sessions and see supplier sessions.',
    );
    expect(
      describeAbilities([
        RESTART_GATES_PRIVILEGE,
        STOP_BINDS_PRIVILEGE,
        SUPPLIER_VIEW_PRIVILEGE,
        CUSTOMER_VIEW_PRIVILEGE,
      ]),
    ).toBe(
      'Your account may see customer sessions, see supplier sessions, stop customer binds and restart supplier gates.',
    );
  });
  it('ignores unknown privileges and says when there is nothing', () => {
    expect(describeAbilities(['other.scope'])).toBe(
      'Your account may not see or change anything in this console.',
    );
  });
});
