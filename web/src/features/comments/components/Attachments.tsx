// A comment's files: an image shows its thumbnail; every file downloads under its own name; the uploader (or
// the project's owner or an admin) may remove one. And the uploads under way, each with its progress bar.
import type { Attachment } from '../../../api/types';
import { fileSize, useDownload, useThumbnail, type Upload } from '../api/attachments';

/** The thumbnail, fetched with the token (an <img> cannot send it). */
function Thumbnail({ attachment }: { attachment: Attachment }) {
  const { data: src, isError } = useThumbnail(attachment);
  if (isError) return <span className="thumbnail thumbnail-missing" aria-hidden="true" />;
  if (!src) return <span className="thumbnail" aria-busy="true" aria-label={`Loading preview of ${attachment.name}`} />;
  return <img src={src} className="thumbnail" alt={`Preview of ${attachment.name}`} />;
}

export function Attachments({
  attachments,
  canRemove,
  onRemove,
  onError,
}: {
  attachments: Attachment[];
  canRemove: (a: Attachment) => boolean;
  onRemove: (a: Attachment) => void;
  onError: (error: Error) => void;
}) {
  const download = useDownload();
  if (attachments.length === 0) return null;
  return (
    <ul className="attachments" aria-label="Attachments">
      {attachments.map((a) => (
        <li key={a.id} className="attachment">
          {a.image && a.thumbnailUrl && <Thumbnail attachment={a} />}
          <button
            type="button"
            className="link attachment-name"
            aria-label={`Download ${a.name}`}
            disabled={download.isPending && download.variables?.id === a.id}
            onClick={() => download.mutate(a, { onError: (e) => onError(new Error(`“${a.name}”: ${e.message}`)) })}
          >
            {a.name}
          </button>
          <span className="muted small">{fileSize(a.size)}</span>
          {canRemove(a) && (
            <button
              type="button"
              className="icon-button"
              aria-label={`Remove ${a.name}`}
              onClick={() => {
                if (confirm(`Remove “${a.name}”?`)) onRemove(a);
              }}
            >
              ×
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

export function Uploads({ uploads, onDismiss }: { uploads: Upload[]; onDismiss: (key: number) => void }) {
  if (uploads.length === 0) return null;
  return (
    <ul className="uploads" aria-label="Uploads">
      {uploads.map((u) => {
        const percent = u.progress.total ? Math.round((u.progress.loaded / u.progress.total) * 100) : 0;
        return (
          <li key={u.key} className={`upload ${u.error ? 'upload-failed' : ''}`}>
            {u.error ? (
              <>
                <span role="alert">{u.error}</span>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Dismiss ${u.file.name}`}
                  onClick={() => onDismiss(u.key)}
                >
                  ×
                </button>
              </>
            ) : (
              <>
                <span className="upload-name">{u.file.name}</span>
                <progress max={100} value={percent} aria-label={`Uploading ${u.file.name}`} />
                <span className="muted small">{percent}%</span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
