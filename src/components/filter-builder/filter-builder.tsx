import { useState } from 'react';
import { Button, Group, Paper, Select, TagsInput, Text, TextInput } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import {
  describeFilter,
  FILTER_OPERATORS,
  OPERATOR_KIND,
  OPERATOR_LABEL,
  validateFilter,
  type Filter,
  type FilterField,
  type FilterOperator,
} from '../../lib/filter-grammar';

const OPERATOR_OPTIONS = FILTER_OPERATORS.map((op) => ({ value: op, label: OPERATOR_LABEL[op] }));

/**
 * Builds one filter at a time from the endpoint's documented attributes and the API's operators;
 * the inputs follow the operator (none, one value, a list, or a range) and nothing reaches the URL
 * unless the shared validator accepts it.
 */
export function FilterBuilder({
  fields,
  active,
  onAdd,
  onCancel,
}: {
  fields: readonly FilterField[];
  /** The filters in force: one with the same attribute and operator is replaced, and says so. */
  active: readonly Filter[];
  onAdd: (filter: Filter) => void;
  onCancel: () => void;
}) {
  const [fieldId, setFieldId] = useState<string>(fields[0]?.id ?? '');
  const [op, setOp] = useState<FilterOperator>('contains');
  const [value, setValue] = useState('');
  const [list, setList] = useState<string[]>([]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const kind = OPERATOR_KIND[op];
  const field = fields.find((f) => f.id === fieldId);
  const numeric = field?.type === 'integer';
  const replaced = active.find((f) => f.field === fieldId && f.op === op);

  const submit = () => {
    const values =
      kind === 'none' ? [] : kind === 'single' ? [value] : kind === 'list' ? list : [from, to];
    const result = validateFilter({ field: fieldId, op, values }, fields);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    onAdd(result.filter);
  };

  return (
    <Paper withBorder p="sm" radius="md">
      <form
        aria-label="New filter"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Group align="flex-start" gap="sm" wrap="wrap">
          <Select
            label="Attribute"
            data={fields.map((f) => ({ value: f.id, label: f.label }))}
            value={fieldId}
            onChange={(v) => v && setFieldId(v)}
            allowDeselect={false}
            w={170}
          />
          <Select
            label="Operator"
            data={OPERATOR_OPTIONS}
            value={op}
            onChange={(v) => {
              if (v) setOp(v as FilterOperator);
              setError(null);
            }}
            allowDeselect={false}
            maxDropdownHeight={320}
            w={170}
          />
          {kind === 'single' && (
            <TextInput
              label="Value"
              value={value}
              inputMode={numeric ? 'numeric' : undefined}
              onChange={(e) => setValue(e.currentTarget.value)}
              error={error}
              w={220}
              data-autofocus
            />
          )}
          {kind === 'list' && (
            <TagsInput
              label="Values"
              description="Press Enter or type a comma after each value"
              value={list}
              onChange={setList}
              // Not on spaces: names such as "Alpine SMS Hub AG" are one value.
              splitChars={[',']}
              error={error}
              w={280}
              clearable
              acceptValueOnBlur
            />
          )}
          {kind === 'range' && (
            <>
              <TextInput
                label="From"
                value={from}
                inputMode={numeric ? 'numeric' : undefined}
                onChange={(e) => setFrom(e.currentTarget.value)}
                error={error}
                w={150}
              />
              <TextInput
                label="To"
                value={to}
                inputMode={numeric ? 'numeric' : undefined}
                onChange={(e) => setTo(e.currentTarget.value)}
                w={150}
              />
            </>
          )}
          {kind === 'none' && error && (
            <Text c="red.8" size="sm" mt={28}>
              {error}
            </Text>
          )}
          <Group gap="xs" mt={25}>
            <Button type="submit" leftSection={<IconPlus size={16} aria-hidden />}>
              Apply filter
            </Button>
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          </Group>
        </Group>
        {replaced && (
          <Text size="sm" c="dimmed" mt="xs" role="note">
            Replaces “{describeFilter(replaced, fields)}”: the API takes one filter per attribute
            and operator.
          </Text>
        )}
      </form>
    </Paper>
  );
}
