// My profile and preferences, my email address and my password.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { done, http, unwrap } from '../../../api/client';
import type { UpdateProfile } from '../../../api/types';
import { accountKeys } from '../../auth';
import { taskKeys } from '../../tasks';

/** A change of the profile; the task lists are read again, as the time zone decides what "today" is. */
export function useUpdateProfile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateProfile) => unwrap(http.PATCH('/api/v1/users/me', { body: changes })),
    onSuccess: (saved) => {
      client.setQueryData(accountKeys.me, saved);
      return client.invalidateQueries({ queryKey: taskKeys.all });
    },
  });
}

/** The address changes only when the link mailed to the new one is opened (that proves it is the user's). */
export const useChangeEmail = () =>
  useMutation({
    mutationFn: ({ newEmail, password }: { newEmail: string; password: string }) =>
      done(http.POST('/api/v1/users/me/email', { body: { newEmail, password } })),
  });

export const useChangePassword = () =>
  useMutation({
    mutationFn: ({ currentPassword, newPassword }: { currentPassword: string; newPassword: string }) =>
      done(http.POST('/api/v1/users/me/password', { body: { currentPassword, newPassword } })),
  });
