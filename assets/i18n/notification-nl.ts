import type { NotificationMessages } from './types';

/** The notification of a pause in Dutch: all the background says. */
export const notificationMessages: NotificationMessages = {
  notificationTitle: 'Tijd voor een korte pauze',
  notificationTake: 'Pauze nemen',
  notificationLater: 'Later',
};
