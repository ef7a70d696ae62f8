import { Table } from '@mantine/core';

// Body rows and cells of a striped, hover-highlighted Mantine Table as plain elements: Mantine's
// own classes and data attributes, without Table.Tr and Table.Td costing a few components each
// in lists that mount hundreds of cells at a time.

export const BODY_ROW_PROPS = {
  className: `${Table.classes.tr} mantine-Table-tr`,
  'data-striped': 'odd',
  'data-hover': true,
  'data-with-row-border': true,
} as const;

export const BODY_CELL_CLASS = `${Table.classes.td} mantine-Table-td`;
