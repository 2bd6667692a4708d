// Messages at the corner of the screen, read out by screen readers (aria-live).
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** A button in a toast (e.g. Undo): pressing it runs `run` and dismisses the toast. */
export type ToastAction = { label: string; run: () => void };
type Toast = { id: number; text: string; kind: 'error' | 'info'; action?: ToastAction };
type ToastApi = { error: (text: string) => void; info: (text: string, action?: ToastAction) => void };

const Context = createContext<ToastApi>({ error: () => undefined, info: () => undefined });
let next = 0;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const push = useCallback((text: string, kind: Toast['kind'], action?: ToastAction) => {
    const id = ++next;
    setToasts((t) => [...t.slice(-3), { id, text, kind, action }]);
    // A toast with a button stays long enough to reach it.
    const ms = kind === 'error' || action ? 8000 : 4000;
    window.setTimeout(() => setToasts((t) => t.filter((x) => x.id !== id)), ms);
  }, []);
  const value = useMemo(
    () => ({
      error: (t: string) => push(t, 'error'),
      info: (t: string, action?: ToastAction) => push(t, 'info', action),
    }),
    [push],
  );
  return (
    <Context.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.kind}`}>
            <span>{t.text}</span>
            {t.action && (
              <button
                type="button"
                className="toast-action"
                onClick={() => {
                  t.action?.run();
                  setToasts((all) => all.filter((x) => x.id !== t.id));
                }}
              >
                {t.action.label}
              </button>
            )}
            <button
              type="button"
              className="icon-button"
              aria-label="Dismiss"
              onClick={() => setToasts((all) => all.filter((x) => x.id !== t.id))}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </Context.Provider>
  );
}

export const useToast = () => useContext(Context);
