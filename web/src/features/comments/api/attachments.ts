// Files on comments. Uploads go through XMLHttpRequest, the one browser API that reports an upload's progress,
// with the session's bearer token (and one refresh and retry on a 401, as every other call has). Thumbnails
// and downloads are fetched with the token as blobs: an <img> or a plain link cannot send the header.
// A download is handed to the browser through a temporary blob: object URL; a thumbnail through a data:
// address, because the app's Content-Security-Policy (the gateway's) lets images come from 'self' and data:.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query';
import { done, http, session, unwrap } from '../../../api/client';
import { ApiError, parseRetryAfter, problemOf } from '../../../api/problem';
import type { Attachment, Comment } from '../../../api/types';
import { commentKeys, type Thread } from './comments';

type Pages = InfiniteData<{ items: Comment[]; nextCursor: string | null }, string | undefined>;

export type Progress = { loaded: number; total: number };

function send(url: string, file: File, token: string | null, onProgress: (p: Progress) => void) {
  return new Promise<{ status: number; body: unknown; retryAfter: string | null }>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.upload.onprogress = (e) => onProgress({ loaded: e.loaded, total: e.lengthComputable ? e.total : file.size });
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        body = undefined;
      }
      resolve({ status: xhr.status, body, retryAfter: xhr.getResponseHeader('Retry-After') });
    };
    xhr.onerror = () => reject(new ApiError(0, { detail: 'The server could not be reached. Check your connection.' }));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** Uploads a file to a comment, reporting progress; answers the attachment or throws an ApiError. */
export async function uploadAttachment(
  commentId: string,
  file: File,
  onProgress: (p: Progress) => void,
): Promise<Attachment> {
  const url = `/api/v1/comments/${encodeURIComponent(commentId)}/attachments`;
  const token = await session.accessToken();
  let answer = await send(url, file, token, onProgress);
  if (answer.status === 401 && token) {
    const renewed = await session.refresh(token);
    if (renewed) answer = await send(url, file, renewed.accessToken, onProgress);
  }
  if (answer.status < 200 || answer.status >= 300) {
    throw new ApiError(answer.status, problemOf(answer.body), parseRetryAfter(answer.retryAfter));
  }
  return answer.body as Attachment;
}

const MB = 1024 * 1024;
export const fileSize = (bytes: number) =>
  bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;

/** Why a file was refused, in words that say what to do: too large (413), a kind not accepted (415). */
export function uploadError(error: Error, file: Pick<File, 'name' | 'size'>): string {
  if (error instanceof ApiError && error.status === 413)
    return `“${file.name}” (${fileSize(file.size)}) is too large to attach. Try a smaller file.`;
  if (error instanceof ApiError && error.status === 415)
    return `“${file.name}” cannot be attached: this kind of file is not accepted, or its content does not match its name.`;
  return `“${file.name}” was not attached: ${error.message}`;
}

export type Upload = { key: number; file: File; progress: Progress; error?: string };
let nextKey = 0;

/**
 * Uploads files to a comment one after another, with each one's progress and, if refused, why; a file that
 * arrived is added to the comment in the cached thread.
 */
export function useUploads(thread: Thread) {
  const client = useQueryClient();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const set = (key: number, change: Partial<Upload>) =>
    setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...change } : u)));
  const start = async (commentId: string, files: File[]) => {
    const started = files.map((file) => ({ key: ++nextKey, file, progress: { loaded: 0, total: file.size } }));
    setUploads((all) => [...all, ...started]);
    for (const upload of started) {
      try {
        const attachment = await uploadAttachment(commentId, upload.file, (progress) => set(upload.key, { progress }));
        client.setQueryData<Pages>(
          commentKeys.thread(thread),
          (d) =>
            d && {
              ...d,
              pages: d.pages.map((p) => ({
                ...p,
                items: p.items.map((c) =>
                  c.id === commentId ? { ...c, attachments: [...c.attachments, attachment] } : c,
                ),
              })),
            },
        );
        setUploads((all) => all.filter((u) => u.key !== upload.key));
      } catch (e) {
        set(upload.key, { error: uploadError(e instanceof Error ? e : new Error(String(e)), upload.file) });
      }
    }
    await client.invalidateQueries({ queryKey: commentKeys.thread(thread) });
  };
  const dismiss = (key: number) => setUploads((all) => all.filter((u) => u.key !== key));
  return { uploads, start, dismiss };
}

/**
 * A blob as a data: address. Thumbnails are shown this way, not as blob: object URLs: the gateway's
 * Content-Security-Policy allows images from 'self' and data: only (a thumbnail is at most 256 px, a few KB).
 */
export async function dataUrl(blob: Blob, fallbackType: string): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${blob.type || fallbackType};base64,${btoa(binary)}`;
}

/** An image attachment's thumbnail, fetched with the token, as a data: address (kept: a thumbnail never changes). */
export const useThumbnail = (attachment: Attachment) =>
  useQuery({
    queryKey: ['attachments', attachment.id, 'thumbnail'],
    queryFn: async () =>
      dataUrl(
        await unwrap(
          http.GET('/api/v1/attachments/{id}/thumbnail', { params: { path: { id: attachment.id } }, parseAs: 'blob' }),
        ),
        'image/png',
      ),
    enabled: attachment.image && !!attachment.thumbnailUrl,
    staleTime: Infinity,
  });

/** Saves an attachment under its name: fetched with the token, handed to the browser through a temporary link. */
export const useDownload = () =>
  useMutation({
    mutationFn: async (attachment: Attachment) => {
      const blob = await unwrap(
        http.GET('/api/v1/attachments/{id}/content', { params: { path: { id: attachment.id } }, parseAs: 'blob' }),
      );
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = attachment.name;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      // The browser has taken the file once the click is handled; the address is freed after that.
      window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
  });

export function useDeleteAttachment(thread: Thread) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (attachment: Attachment) =>
      done(http.DELETE('/api/v1/attachments/{id}', { params: { path: { id: attachment.id } } })),
    onSuccess: (_done, attachment) =>
      client.setQueryData<Pages>(
        commentKeys.thread(thread),
        (d) =>
          d && {
            ...d,
            pages: d.pages.map((p) => ({
              ...p,
              items: p.items.map((c) =>
                c.id === attachment.commentId
                  ? { ...c, attachments: c.attachments.filter((a) => a.id !== attachment.id) }
                  : c,
              ),
            })),
          },
      ),
    onSettled: () => client.invalidateQueries({ queryKey: commentKeys.thread(thread) }),
  });
}
