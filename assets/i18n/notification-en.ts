import type { NotificationMessages } from './types';

/** The notification of a pause in English: all the background says. */
export const notificationMessages: NotificationMessages = {
  notificationTitle: 'Time for a short pause',
  notificationTake: 'Take a pause',
  notificationLater: 'Later',
};
