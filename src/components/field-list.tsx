import type { ReactNode } from 'react';
import { ActionIcon, CopyButton, Group, SimpleGrid, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

export interface FieldItem {
  label: string;
  /** The exact text that is copied. */
  value: string;
  /** Optional richer rendering (a relative time, a badge). */
  display?: ReactNode;
}

/** Every field labelled, each with a copy button naming what it copies. */
export function FieldList({ items }: { items: FieldItem[] }) {
  return (
    <SimpleGrid
      component="dl"
      cols={{ base: 1, sm: 2, lg: 3 }}
      spacing="md"
      verticalSpacing="sm"
      m={0}
    >
      {items.map((item) => (
        <div key={item.label}>
          <Text component="dt" size="xs" c="dimmed" fw={600}>
            {item.label}
          </Text>
          <Group component="dd" gap={4} m={0} wrap="nowrap">
            <Text size="sm" style={{ wordBreak: 'break-all' }}>
              {item.display ?? (item.value === '' ? '—' : item.value)}
            </Text>
            {item.value !== '' && (
              <CopyButton value={item.value}>
                {({ copied, copy }) => (
                  <ActionIcon
                    variant="subtle"
                    size="sm"
                    onClick={copy}
                    aria-label={`Copy ${item.label}`}
                    title={copied ? 'Copied' : `Copy ${item.label}`}
                    color={copied ? 'teal' : 'gray'}
                  >
                    {copied ? (
                      <IconCheck size={14} aria-hidden />
                    ) : (
                      <IconCopy size={14} aria-hidden />
                    )}
                  </ActionIcon>
                )}
              </CopyButton>
            )}
          </Group>
        </div>
      ))}
    </SimpleGrid>
  );
}
