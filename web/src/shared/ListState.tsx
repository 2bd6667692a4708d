// The loading, error and empty states every list has, around the list itself.
import type { ReactNode } from 'react';

export function ListState({
  loading,
  error,
  empty,
  emptyText,
  children,
}: {
  loading: boolean;
  error: Error | null;
  empty: boolean;
  emptyText: ReactNode;
  children?: ReactNode;
}) {
  if (loading)
    return (
      <p className="state state-loading" aria-busy="true">
        Loading…
      </p>
    );
  if (error)
    return (
      <p className="state state-error" role="alert">
        {error.message}
      </p>
    );
  if (empty) return <div className="state state-empty">{emptyText}</div>;
  return <>{children}</>;
}
