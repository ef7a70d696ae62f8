import type { NotificationData } from '@mantine/notifications';

// The notifications package (its store and transitions) is not needed to draw a page: it loads
// with the first message. Its host in the providers listens to the same store.
export function showNotification(data: NotificationData): void {
  void import('@mantine/notifications').then(({ notifications }) => notifications.show(data));
}
