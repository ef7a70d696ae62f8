import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { findView, MAX_VIEW_NAME, normalizeViewName, viewNameError } from '../../lib/saved-views';
import type { SavedView } from '../../lib/saved-views';

/** Names the view; a name already in use is only taken over after the user says so. */
export function SaveViewForm({
  views,
  onSave,
  onCancel,
}: {
  views: readonly SavedView[];
  onSave: (name: string) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [replacing, setReplacing] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problem = viewNameError(name);
    setError(problem);
    if (problem) return;
    const existing = findView(views, name);
    if (existing && replacing !== existing.name) {
      setReplacing(existing.name);
      return;
    }
    onSave(normalizeViewName(name));
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label="View name"
          description={`Up to ${MAX_VIEW_NAME} characters`}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setError(null);
            setReplacing(null);
          }}
          error={error}
          required
          data-autofocus
        />
        {replacing && (
          <Alert color="yellow" title="This name is taken" role="alert">
            A view named “{replacing}” already exists. Replace it with this view?
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit">{replacing ? 'Replace view' : 'Save view'}</Button>
        </Group>
      </Stack>
    </form>
  );
}
