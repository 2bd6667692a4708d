// The notifications feature's public face: the bell (with its panel), reminders for the task detail, the
// notification settings, the live stream the app listens to, and the inbox's cache keys.
export { notificationKeys } from './api/inbox';
export { reminderKeys } from './api/reminders';
export { NotificationBell } from './components/NotificationBell';
export { NotificationSettings } from './components/NotificationSettings';
export { TaskReminders } from './components/TaskReminders';
export { usePushNavigation } from './components/usePushNavigation';
export type { LiveChange, LiveEvent } from './live/liveStream';
export { useLiveEvents } from './live/useLiveEvents';
